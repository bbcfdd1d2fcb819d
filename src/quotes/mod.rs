//! Quotes: who said what — direct, mixed and reported speech, attributed to speakers.
//!
//! 1. [`marks`] pairs quotation marks into quotations, paragraph by paragraph.
//! 2. `direct` decides which quotations are speech (four words or more, or their own
//!    punctuation; not titles, not scare quotes inside a clause) and finds each one's
//!    attribution: after it (`"...," Rogozin said`, `"..." - Rogozin`), before it (`Rogozin
//!    said: "..."`, `in the words of X, "..."`), or none — then it joins the quote before it
//!    (`"A," he said. "B."`) or takes the speaker of the report or quote before it.
//! 3. `reported` finds reported speech: `X said (that) ...`, `X told reporters ...`,
//!    `..., X said.`, `..., said X, ...`, `according to X, ...`, `X called for ...`, `X
//!    described Y as Z`, `asking X to ...`, and statements set out after a colon without
//!    quotation marks. A report holding a quotation is *mixed*.
//! 4. [`speaker`] resolves the phrase that names the speaker: an entity in it, a pronoun's
//!    antecedent (recency and gender, never someone the quote itself talks about), a role's
//!    holder ("the minister"), or the phrase itself for an unnamed source ("officials").
//!
//! [`cues`] holds the verbs of saying and tells them from their other uses ("the claims",
//! "was reported", "maintained a policy").

pub mod cues;
mod direct;
pub mod marks;
mod reported;
pub mod speaker;

use std::ops::Range;

use crate::analysis::{Confidence, Entity, Id, Quote, QuoteKind};
use crate::text::{ByteSpan, Document, TokenKind};
use speaker::{Speaker, Speakers};

/// A quote under construction (byte offsets).
#[derive(Debug, Clone)]
struct QuoteDraft {
    kind: QuoteKind,
    fragments: Vec<ByteSpan>,
    speaker: Speaker,
    cue: Option<ByteSpan>,
    /// The quotation had an attribution of its own.
    attributed: bool,
    paragraph: usize,
    /// The quotation runs on into the next paragraph.
    open_ended: bool,
    /// Token range of the attribution, for joining split quotations.
    attribution_end: usize,
    last_token: usize,
}

/// The quotes of `doc` (byte offsets), in text order, with ids `q1`, `q2`, ...
pub fn quotes(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let speakers = Speakers::new(doc, entities);
    let mut found = direct::direct(doc, &speakers);
    // Whether each token is inside a quotation: a byte a token, where the quotations
    // themselves would take 16 bytes each (a text of quotation marks has one every two bytes).
    let mut in_quotation = vec![false; doc.tokens.len()];
    marks::each_quoted(doc, |q| in_quotation[q.tokens].fill(true));
    let reported = reported::reported(doc, &speakers, &found, &in_quotation);
    // A quotation inside a mixed quote is part of it, not a quote of its own — unless its own
    // attribution is inside too ("... all they get is a message stating, "..."").
    let mixed: Vec<ByteSpan> =
        reported.iter().filter(|f| f.kind != QuoteKind::Indirect).map(|f| f.fragments[0]).collect();
    let inside = |f: &QuoteDraft, m: &ByteSpan| {
        let own_cue = f.attributed && f.cue.is_some_and(|c| m.contains(c));
        m.start <= f.fragments[0].start
            && f.fragments.last().map_or(m.end, |l| l.end) <= m.end
            && !own_cue
    };
    found.retain(|f| !mixed.iter().any(|m| inside(f, m)));
    found.extend(reported);
    crate::sort::by_key(&mut found, |f| f.fragments[0].start as u128);
    // Built from the back of `found`, which gives its memory back as it empties: a text of
    // quotes would otherwise hold every quote twice at the peak, found and built.
    found.reverse();
    let mut quotes = Vec::with_capacity(found.len());
    while let Some(f) = found.pop() {
        if found.capacity() > 2 * found.len() + 64 {
            found.shrink_to_fit();
        }
        let (start, end) = (f.fragments[0].start, f.fragments.last().unwrap().end);
        quotes.push(Quote {
            id: Id::quote(quotes.len()),
            kind: f.kind,
            start,
            end,
            text: doc.slice(start, end).to_string(),
            fragments: f.fragments.iter().map(|&s| doc.span(s)).collect(),
            speaker: f.speaker.entity.map(|e| entities[e].id),
            speaker_confidence: f
                .speaker
                .entity
                .map(|_| Confidence::from_percent(f.speaker.confidence)),
            speaker_name: f.speaker.name,
            speaker_mention: f.speaker.mention.map(|s| doc.span(s)),
            cue: f.cue.map(|s| doc.span(s)),
        });
    }
    quotes
}

/// The tokens covering bytes `start..end`.
fn token_range(doc: &Document, start: usize, end: usize) -> Range<usize> {
    let a = doc.tokens.partition_point(|t| t.start() < start);
    let b = doc.tokens.partition_point(|t| t.start() < end);
    a..b
}

/// The sentence holding token `i`.
fn sentence_of(doc: &Document, i: usize) -> usize {
    doc.sentences.partition_point(|s| s.tokens.end <= i).min(doc.sentences.len().saturating_sub(1))
}

fn words_in(doc: &Document, r: Range<usize>) -> usize {
    r.filter(|&i| doc.tokens[i].is_word() || doc.tokens[i].kind == TokenKind::Number).count()
}
