// @ts-check
// The side panels for people/organisations/places and quotes. Entities are grouped by kind
// and ordered by prominence (computed here: mentions + 2 × quotes, then first appearance);
// quotes are grouped by speaker, each card linking back to its place in the article.

import { h, plural } from './util.js';
import { ENTITY_KINDS, quoteKindLabel } from './render.js';

function emptyState(message) {
  return h('p', { class: 'empty' }, message);
}

/** Quotes per speaking entity id. */
export function quoteCounts(analysis) {
  const counts = new Map();
  for (const q of analysis?.quotes ?? []) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return counts;
}

/**
 * The entities with `mentions`, `quotes`, `first` (offset of the first mention) and
 * `prominence`, most prominent first.
 */
export function rankEntities(analysis) {
  const quotes = quoteCounts(analysis);
  return (analysis?.entities ?? [])
    .map((entity) => {
      const mentions = entity.mentions?.length ?? 0;
      const quoted = quotes.get(entity.id) ?? 0;
      const first = Math.min(...(entity.mentions ?? []).map((m) => m.start), Infinity);
      return { entity, mentions, quotes: quoted, first, prominence: mentions + 2 * quoted };
    })
    .sort((a, b) => b.prominence - a.prominence || a.first - b.first);
}

/** Entities shown per kind before "Show all" (the most prominent ones). */
export const ENTITY_LIMIT = 30;

/**
 * The "✎" button that opens an item's corrections (js/correct.js, loaded on first use), named
 * for screen readers by what it corrects.
 * @param {string} id @param {string} what
 */
export const fixButton = (id, what) => h('button', { type: 'button', class: 'button button-small fix', 'aria-label': `Correct ${what}`, dataset: { fix: id } }, '✎');

/** What the reader corrected of an item, in words ('' for none; also the Markdown's). @param {{corrected?: string[]}} item */
export const correctedWords = (item) => (item.corrected
  ? item.corrected.includes('added') ? 'added by the reader' : `corrected: ${item.corrected.join(', ')}` : '');

/** The mark of a corrected item: words, not a colour only. @param {{corrected?: string[]}} item */
export const fixedBadge = (item) => (item.corrected ? h('span', { class: 'badge fixed' }, correctedWords(item)) : null);

function entityItem({ entity, mentions, quotes }) {
  return h('li', { dataset: { id: entity.id, kind: entity.kind } },
    h('button', { type: 'button', class: 'entity', 'aria-pressed': 'false', dataset: { select: entity.id, kind: entity.kind } },
      h('span', { class: 'entity-name' }, entity.name),
      entity.titles?.length ? h('span', { class: 'entity-titles' }, entity.titles.join(', ')) : null,
      fixedBadge(entity),
      h('span', { class: 'entity-counts' },
        h('span', { class: 'mentions' }, plural(mentions, 'mention', 'mentions')),
        quotes ? h('span', { class: 'quotes' }, plural(quotes, 'quote', 'quotes')) : null)),
    fixButton(entity.id, `“${entity.name}”`));
}

/**
 * The entities panel as parts, one per kind: `{key, build}`, where `key` says all that the
 * part shows, so that a part whose key is unchanged keeps its nodes (`diffChildren`, util.js):
 * typing a name rebuilds its kind's list only.
 */
export function entityParts(analysis, { limit = ENTITY_LIMIT } = {}) {
  const ranked = rankEntities(analysis);
  if (!ranked.length) return [{ key: 'empty', build: () => emptyState('No people, organisations or places found.') }];
  return ENTITY_KINDS.map(({ kind, many }) => {
    const group = ranked.filter((r) => r.entity.kind === kind);
    if (!group.length) return null;
    return {
      key: JSON.stringify([kind, limit, group.map(({ entity, mentions, quotes }) => [entity.id, entity.name, entity.titles, mentions, quotes, entity.corrected])]),
      build: () => entityGroup(kind, many, group, limit),
    };
  }).filter(Boolean);
}

function entityGroup(kind, many, group, limit) {
  const headingId = `entities-${kind}`;
  const list = h('ul', { class: 'entity-list' }, group.slice(0, limit).map(entityItem));
  let more = null;
  if (group.length > limit) {
    // The rest on demand: a long article can name hundreds.
    more = h('button', { type: 'button', class: 'button button-small more' }, `Show all ${group.length} ${many.toLowerCase()}`);
    more.addEventListener('click', () => {
      list.append(...group.slice(limit).map(entityItem));
      more.remove();
      list.dispatchEvent(new CustomEvent('panel-expanded', { bubbles: true }));
      list.children[limit]?.querySelector('button')?.focus();
    });
  }
  return h('section', { class: 'group', dataset: { kind }, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, h('span', { class: 'swatch', dataset: { kind } }), `${many} `,
      h('span', { class: 'count' }, String(group.length))),
    list, more);
}

/**
 * Quotes by speaker: `[{key, name, title, entityId, quotes}]`, speakers with more quotes
 * first (then by first quote), unattributed quotes last.
 */
export function groupQuotes(analysis) {
  const entities = new Map((analysis?.entities ?? []).map((e) => [e.id, e]));
  const groups = new Map();
  for (const quote of analysis?.quotes ?? []) {
    const entity = quote.speaker ? entities.get(quote.speaker) : null;
    const key = entity ? `e:${entity.id}` : quote.speaker_name ? `n:${quote.speaker_name.toLowerCase()}` : 'none';
    if (!groups.has(key)) {
      groups.set(key, {
        key,
        name: entity?.name ?? quote.speaker_name ?? null,
        title: entity?.titles?.[0] ?? null,
        entityId: entity?.id ?? null,
        quotes: [],
      });
    }
    groups.get(key).quotes.push(quote);
  }
  return [...groups.values()].sort((a, b) =>
    Number(a.key === 'none') - Number(b.key === 'none') || b.quotes.length - a.quotes.length || a.quotes[0].start - b.quotes[0].start);
}

/** What a quote card shows: its fragments joined with an ellipsis (the attribution left out). */
export function quoteText(quote) {
  const parts = quote.fragments?.length ? quote.fragments : [quote];
  return parts.map((p) => p.text).join(' … ');
}

/** The quotes panel as parts (see `entityParts`), one per speaker. */
export function quoteParts(analysis) {
  const groups = groupQuotes(analysis);
  if (!groups.length) return [{ key: 'empty', build: () => emptyState('No quotes found.') }];
  return groups.map((group, index) => ({
    key: JSON.stringify([index, group.key, group.name, group.title, group.entityId,
      group.quotes.map((q) => [q.id, q.kind, q.speaker_name, isUncertain(q), quoteText(q), q.corrected])]),
    build: () => speakerGroup(group, index),
  }));
}

/** Below this, an attribution is shown as uncertain: it came from a pronoun, a role or the quote
 * before rather than a name in the attribution (see the schema's `speaker_confidence`). */
export const UNCERTAIN_BELOW = 0.7;

/** @param {{speaker: string | null, speaker_confidence?: number | null}} quote */
export function isUncertain(quote) {
  return quote.speaker != null && quote.speaker_confidence != null && quote.speaker_confidence < UNCERTAIN_BELOW;
}

function speakerGroup(group, index) {
  const headingId = `speaker-${index}`;
  return h('section', { class: 'speaker-group', 'aria-labelledby': headingId, dataset: { speaker: group.entityId } },
    h('h3', { id: headingId, class: 'speaker' },
      h('span', { class: 'speaker-name' }, group.name ?? 'Unattributed'),
      group.title ? h('span', { class: 'speaker-title' }, group.title) : null,
      h('span', { class: 'count', title: plural(group.quotes.length, 'quote', 'quotes') }, String(group.quotes.length))),
    h('ol', { class: 'quote-list' }, group.quotes.map((quote) =>
      h('li', { class: 'quote', dataset: { id: quote.id, kind: quote.kind } },
        h('blockquote', {}, quoteText(quote)),
        h('p', { class: 'quote-meta' },
          h('span', { class: 'badge', dataset: { kind: quote.kind } }, quoteKindLabel(quote.kind)),
          quote.speaker_name && group.name !== quote.speaker_name
            ? h('span', { class: 'as-named' }, `as “${quote.speaker_name}”`) : null,
          isUncertain(quote)
            ? h('span', { class: 'uncertain', title: 'The speaker was worked out from the text around the quote (a pronoun, the quote before): check it.' }, 'speaker uncertain')
            : null,
          fixedBadge(quote),
          h('a', { href: `#mark-${quote.id}`, class: 'goto', dataset: { goto: quote.id } }, 'Show in article'),
          fixButton(quote.id, 'this quote'))))));
}
