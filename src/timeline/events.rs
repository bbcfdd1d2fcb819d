//! Timeline entries: each dated expression with the event it dates.
//!
//! The event is the clause the expression is in, trimmed to read as an event:
//!
//! * a trailing attribution (", ITAR-Tass reported on Tuesday.") is its own clause: a date
//!   inside it dates the report ("ITAR-Tass reported"), a date outside it dates the rest;
//! * a leading "According to X," and a reporting frame ("Antonov confirmed that ...") go;
//! * the date itself goes, with its preposition, when it opens or closes the clause
//!   ("On Friday, fishermen rescued ..." → "fishermen rescued ...");
//! * final punctuation and quotation marks go.
//!
//! A sentence with no date of its own that goes on about the same actor right after a dated
//! one ("... Donilon argued for new talks on Monday. The White House adviser gave Putin a
//! letter ...") is an event of the same date. The entities of an entry are those mentioned
//! in its event.
//!
//! Entries are sorted by the start of their range, then by position. An entry whose date and
//! event repeat an earlier one (a repeated paragraph) is left out, as is a date with no event
//! around it (the date line).

use rustc_hash::FxHashSet as HashSet;

use super::ResolvedTimex;
use crate::analysis::{DateRange, Entity, Id, TimelineEntry};
use crate::lexicon::{self, SpeechUses};
use crate::text::{ByteSpan, Document, TokenKind, TokenRange};

/// Whether `lower` is a verb of saying that makes a clause an attribution or a reporting frame
/// (`data/speech_verbs.txt`, use `frame`).
fn frames_attribution(lower: &str) -> bool {
    lexicon::speech_verb(lower).has(SpeechUses::FRAME)
}

/// How far, in tokens, an event reaches from its date (or, for a sentence that continues a
/// dated one, from the sentence's start). News clauses are far shorter; the bound keeps a
/// runaway "sentence" (a pasted table, a list with no periods) linear in time and output.
const EVENT_REACH: usize = 80;

/// Prepositions that go with a date at the edge of a clause.
const DATE_PREPOSITIONS: &[&str] =
    &["on", "in", "at", "by", "during", "since", "until", "from", "before", "after", "as", "of"];

/// The timeline of `found` (byte offsets), each entry with the entities mentioned in its
/// event.
pub fn timeline(
    doc: &Document,
    found: &[ResolvedTimex],
    entities: &[Entity],
) -> Vec<TimelineEntry> {
    // (position in the text, index into `found`, entry)
    let mut entries: Vec<(usize, usize, TimelineEntry)> = Vec::new();
    let mut seen = HashSet::default();
    let index = mention_index(entities);
    for (fi, f) in found.iter().enumerate() {
        let Some((from, to)) = f.range else { continue };
        let Some(event) = event_span(doc, f) else {
            continue;
        };
        // Repeated paragraphs may differ in spacing (a space for a no-break space).
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        if !seen.insert((from, to, words(event.of(doc.text())), words(f.text(doc.text())))) {
            continue;
        }
        entries.push((
            f.start,
            fi,
            TimelineEntry {
                timex: ResolvedTimex::id(fi),
                range: DateRange { from, to },
                event: Some(doc.span(event)),
                entities: entities_in(entities, &index, event),
            },
        ));
    }
    // A sentence with no date of its own that goes on about the same actor ("He", "The White
    // House adviser") right after a dated one happened then too.
    let dated: HashSet<usize> = found.iter().map(|f| f.sentence).collect();
    let mut continued = Vec::new();
    let paragraph_of = |s: usize| doc.paragraphs.partition_point(|p| p.sentences.end <= s);
    for (pos, fi, entry) in &entries {
        let f = &found[*fi];
        let next = f.sentence + 1;
        let same_paragraph =
            next < doc.sentences.len() && paragraph_of(f.sentence) == paragraph_of(next);
        if !same_paragraph || dated.contains(&next) || !continues_actor(doc, next) {
            continue;
        }
        let s = &doc.sentences[next];
        let Some(event) = clause_without_attribution(doc, s.tokens.clone()) else {
            continue;
        };
        let mut e = entry.clone();
        e.event = Some(doc.span(event));
        e.entities = entities_in(entities, &index, event);
        continued.push((*pos, *fi, e));
    }
    entries.extend(continued);
    // By date, then place in the text, then the event's start (none first).
    crate::sort::by_key(&mut entries, |(pos, _, e)| {
        let from = e.range.from;
        let day = (from.year() as usize) << 16 | (from.month() as usize) << 8 | from.day() as usize;
        crate::sort::key3(day, *pos, e.event.as_ref().map_or(0, |ev| ev.start + 1))
    });
    entries.into_iter().map(|(_, _, e)| e).collect()
}

/// Every entity mention as (start, end, entity index), sorted.
fn mention_index(entities: &[Entity]) -> Vec<(usize, usize, usize)> {
    let mut all: Vec<_> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
        .collect();
    crate::sort::by_key(&mut all, |&(s, e, i)| crate::sort::key3(s, e, i));
    all
}

/// The ids of the entities mentioned in `event`, in order of entity.
fn entities_in(entities: &[Entity], index: &[(usize, usize, usize)], event: ByteSpan) -> Vec<Id> {
    let ByteSpan { start, end } = event;
    let first = index.partition_point(|m| m.0 < start);
    let mut ids: Vec<usize> = index[first..]
        .iter()
        .take_while(|m| m.0 < end)
        .filter(|m| m.1 <= end)
        .map(|m| m.2)
        .collect();
    crate::sort::by_key(&mut ids, |&i| i as u128);
    ids.dedup();
    ids.into_iter().map(|i| entities[i].id).collect()
}

/// Whether sentence `s` opens with a pronoun or a definite role ("The White House adviser"):
/// an actor already named.
fn continues_actor(doc: &Document, s: usize) -> bool {
    let toks = doc.sentences[s].tokens.clone();
    let Some(first) = toks.clone().next() else {
        return false;
    };
    let w = doc.lower(first);
    if matches!(w, "he" | "she" | "they") {
        return true;
    }
    let names = &crate::lexicon::get().names;
    w == "the"
        && toks.skip(1).take(5).any(|i| {
            doc.tokens[i].case == crate::text::Case::Lower
                && names.title(doc.token_text(i)) == Some(crate::lexicon::TitleKind::Person)
        })
}

/// The end of the clause in tokens `r` (absolute indices) without its final punctuation,
/// and the comma that opens a trailing attribution (", ITAR-Tass reported") if it has one:
/// the last comma in its last eight tokens with a verb of saying after it.
fn clause_end(doc: &Document, r: TokenRange) -> (usize, Option<usize>) {
    let lower = |i: usize| doc.lower(i);
    let mut last = r.end;
    while last > r.start
        && matches!(doc.tokens[last - 1].kind, TokenKind::Punct | TokenKind::Quote { .. })
    {
        last -= 1;
    }
    let comma = (r.start..last)
        .rev()
        .take(8)
        .find(|&i| lower(i) == ",")
        .filter(|&c| (c + 1..last).any(|i| frames_attribution(lower(i))));
    (last, comma)
}

/// A whole sentence as an event: without final punctuation and a trailing attribution.
fn clause_without_attribution(doc: &Document, r: TokenRange) -> Option<ByteSpan> {
    let first = r.start;
    let (last, comma) = clause_end(doc, r);
    let last = comma.unwrap_or(last).min(first + EVENT_REACH);
    (first < last).then(|| doc.byte_span(first..last))
}

/// The bytes of the event `f` dates, or `None` when nothing but the date is there.
fn event_span(doc: &Document, f: &ResolvedTimex) -> Option<ByteSpan> {
    let s = &doc.sentences[f.sentence];
    let toks = &doc.tokens[s.tokens.clone()];
    let lower = |i: usize| doc.lower(s.tokens.start + i);
    let is_saying = |i: usize| frames_attribution(lower(i));
    // The date's tokens, relative to the sentence.
    let first_t = toks.partition_point(|t| t.start() < f.start);
    let end_t = toks.partition_point(|t| t.end() <= f.end);
    if toks.get(first_t)?.start() != f.start || end_t == 0 || toks[end_t - 1].end() != f.end {
        return None;
    }

    let mut first = first_t.saturating_sub(EVENT_REACH);
    // A trailing attribution dates the report when the date is in it, else it goes.
    let base = s.tokens.start;
    let (end, comma) = clause_end(doc, s.tokens.clone());
    let mut last = (end - base).min(end_t + EVENT_REACH);
    if let Some(comma) = comma.map(|c| c - base) {
        if first_t > comma {
            first = comma + 1;
        } else {
            last = comma.min(last);
        }
    }
    // "According to X, ..."
    if lower(first) == "according" {
        if let Some(comma) = (first..last).take(10).find(|&i| lower(i) == ",") {
            if first_t > comma {
                first = comma + 1;
            }
        }
    }
    // "X confirmed that ...": start after the "that" of a reporting frame before the date.
    if let Some(that) =
        (first..first_t.min(last)).find(|&i| lower(i) == "that" && i > first && is_saying(i - 1))
    {
        first = that + 1;
    }
    // The date (and its preposition) at either edge.
    if (first..=first + 1).contains(&first_t)
        && (first_t == first || DATE_PREPOSITIONS.contains(&lower(first)))
    {
        first = end_t;
        if first < last && lower(first) == "," {
            first += 1;
        }
    } else if end_t == last {
        last = first_t;
        if last > first && DATE_PREPOSITIONS.contains(&lower(last - 1)) {
            last -= 1;
        }
    }
    while last > first && matches!(toks[last - 1].kind, TokenKind::Punct) {
        last -= 1;
    }
    (first < last).then(|| doc.byte_span(base + first..base + last))
}
