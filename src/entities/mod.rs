//! Entities: the people, organisations, places and other named things of an article, each
//! with its mentions and titles.
//!
//! 1. [`runs`] finds the stretches of capitalised tokens, sentence by sentence.
//! 2. [`mention`] turns each run into mentions: a sentence-opening common word goes
//!    ("Senior U.S. officials" → "U.S."), a nationality or a place before a title is split
//!    off, a title is taken off the front ("Russian | Deputy Defense Minister | Anatoly
//!    Antonov"), and the name is classified by the word lists of `data/` (places, given
//!    names and surnames, organisations and their words, demonyms).
//! 3. [`cluster`] groups mentions into entities ("Antonov" → "Anatoly Antonov", "U.S." →
//!    "United States") and decides the kind of names the lists do not know.
//!
//! A mention is the name alone: no leading "the", no title, no possessive "'s" (the
//! tokenizer splits it off, so a run never includes it).

pub mod cluster;
pub mod mention;
pub mod runs;

use crate::analysis::{Entity, EntityKind, Id};
use crate::text::{language, ByteSpan, Document};

/// In a sports report, countries are teams: the listed places named in a sentence with a
/// score ("Sweden defeated South Korea 1 – 0"), when the article gives two scores or more.
fn teams(doc: &Document, mentions: &[mention::Mention]) -> rustc_hash::FxHashSet<&'static str> {
    use crate::text::TokenKind;
    let is_score = |i: usize| {
        let t = &doc.tokens;
        let small = |k: usize| t[k].kind == TokenKind::Number && doc.token_text(k).len() <= 2;
        i + 2 < t.len()
            && small(i)
            && matches!(doc.token_text(i + 1), "–" | "-" | "—")
            && small(i + 2)
    };
    let score_sentences: Vec<&crate::text::Sentence> =
        doc.sentences.iter().filter(|s| s.tokens.clone().any(is_score)).collect();
    let mut teams = rustc_hash::FxHashSet::default();
    if score_sentences.len() < 2 {
        return teams;
    }
    for m in mentions {
        if m.kind == Some(EntityKind::Place)
            && score_sentences.iter().any(|s| s.tokens.contains(&m.tokens.start))
        {
            // Countries, and nations such as England and Scotland (listed as regions).
            let nation = |c: &&str| {
                crate::lexicon::get().names.place(c).is_some_and(|p| {
                    matches!(
                        p.kind,
                        crate::lexicon::PlaceKind::Country | crate::lexicon::PlaceKind::Region
                    )
                })
            };
            if let Some(c) = m.canonical.filter(nation) {
                teams.insert(c);
            }
        }
    }
    teams
}

/// A title in apposition to a person's name: "the State Department's top arms control
/// official, Rose Gottemoeller" or "Jeff Rathke, the State Department spokesperson," — the
/// phrase after "the"/"a" up to the role word that ends it.
fn apposition_title(
    doc: &Document,
    name: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let names = &crate::lexicon::get().names;
    let is_role =
        |i: usize| names.title(doc.token_text(i)) == Some(crate::lexicon::TitleKind::Person);
    let is_det = |i: usize| {
        matches!(doc.token_text(i), "the" | "a" | "an" | "its" | "his" | "her" | "their")
    };
    // Before: "<the ... role>, NAME"
    if name.start >= 3 && doc.token_text(name.start - 1) == "," && is_role(name.start - 2) {
        let role = name.start - 2;
        if let Some(det) = (role.saturating_sub(8)..role).rev().find(|&i| is_det(i)) {
            if (det + 1..role).all(|i| doc.tokens[i].kind != crate::text::TokenKind::Punct) {
                return Some(det + 1..role + 1);
            }
        }
    }
    // After: "NAME, the ... role," / "NAME, the ... role."
    if name.end + 2 < doc.tokens.len() && doc.token_text(name.end) == "," && is_det(name.end + 1) {
        let start = name.end + 2;
        let end = (start..(start + 8).min(doc.tokens.len()))
            .find(|&i| doc.tokens[i].kind == crate::text::TokenKind::Punct)?;
        if end > start && is_role(end - 1) {
            return Some(start..end);
        }
    }
    None
}

/// The entities of `doc` (byte offsets), in order of first mention, with ids `e1`, `e2`, ...
pub fn entities(doc: &Document) -> Vec<Entity> {
    let cx = mention::Context::new(doc);
    let mut mentions = Vec::new();
    // Only the article's first paragraph can be its headline; title-case lines further down
    // are captions and lists, whose names count.
    let first_paragraph = doc.paragraphs.first().map_or(0..0, |p| p.sentences.clone());
    for (n, s) in doc.sentences.iter().enumerate() {
        let headline = first_paragraph.contains(&n) && runs::is_headline(doc, s.tokens.clone());
        for run in runs::runs(doc, s.tokens.clone()) {
            let found = cx.mentions(run, Some(s.tokens.start), headline);
            // One endless run (50,000 capitalised words) must not be held twice.
            if mentions.is_empty() {
                mentions = found;
            } else {
                mentions.extend(found);
            }
        }
    }
    // In text that is not English the shapes that make a name here ("Le ministre", "Viele
    // Bürger") mean nothing: keep only the names the lists know (Berlin, Paris, UNESCO).
    if !language::reads_as_english(doc) {
        mentions
            .retain(|m| m.canonical.is_some() && m.kind.is_some_and(|k| k != EntityKind::Person));
    }
    let teams = teams(doc, &mentions);
    let clusters = cluster::cluster(doc, &mut mentions, &teams, &cx.seen_lower);
    clusters
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let spans: Vec<ByteSpan> =
                c.mentions.iter().map(|&i| doc.byte_span(mentions[i].tokens.clone())).collect();
            let longest = spans
                .iter()
                .max_by_key(|s| (s.end - s.start, std::cmp::Reverse(s.start)))
                .map(|s| s.of(doc.text()))
                .unwrap_or_default();
            // Places by their listed name ("United States" for "U.S."); organisations by the
            // listed name only when the article writes one of its names ("U.N."), else as
            // the article writes them ("ITAR-Tass", not "TASS").
            let names = &crate::lexicon::get().names;
            let name = match (c.kind, c.canonical) {
                (EntityKind::Place, Some(canonical)) => canonical.to_string(),
                // An acronym ("U.N.", "WHO") reads better expanded; a full name stays as
                // the article spells it ("World Health Organisation").
                (EntityKind::Organization, Some(canonical))
                    if names.organization(longest) == Some(canonical)
                        && !longest.chars().any(char::is_lowercase) =>
                {
                    canonical.to_string()
                }
                _ => longest.to_string(),
            };
            let mut titles: Vec<String> = Vec::new();
            for &i in &c.mentions {
                let apposition = (c.kind == EntityKind::Person)
                    .then(|| apposition_title(doc, mentions[i].tokens.clone()))
                    .flatten();
                if let Some(t) = mentions[i].title.as_ref().or(apposition.as_ref()) {
                    let title = doc.range_text(t.clone()).to_string();
                    if !titles.iter().any(|x| x.eq_ignore_ascii_case(&title)) {
                        titles.push(title);
                    }
                }
            }
            Entity {
                id: Id::entity(n),
                kind: c.kind,
                name,
                titles,
                mentions: spans.into_iter().map(|s| doc.span(s)).collect(),
            }
        })
        .collect()
}
