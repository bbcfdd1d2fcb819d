//! Quotes: who said what — direct, mixed and reported speech, attributed to speakers.
//!
//! 1. [`marks`] pairs quotation marks into quotations, paragraph by paragraph.
//! 2. A quotation of four words or more, or one with its own punctuation (`"...deal,"`), is
//!    speech; shorter ones are scare quotes or titles (`"provocative"`), which make a
//!    reported clause *mixed*. Title-case quotations (`"The Internet Explorer Countdown"`)
//!    are names, not speech.
//! 3. A direct quotation's attribution is looked for after it (`"...," Rogozin said`,
//!    `"...," said Rogozin`), then before it (`Rogozin said: "..."`). A quotation without one
//!    continues the speaker of the one before it in the same or the previous paragraph, and
//!    joins it as a second fragment when only the attribution stands between them
//!    (`"A," he said. "B."`).
//! 4. Reported speech: `X said (that) ...`, `X told reporters ...`, `..., X said.`,
//!    `according to X, ...`, `..., according to X.`
//! 5. [`speaker`] resolves the phrase that names the speaker: an entity in it, a pronoun's
//!    antecedent (recency and gender), a role's holder ("the minister"), or the phrase itself
//!    for an unnamed source ("officials").

pub mod cues;
mod direct;
pub mod marks;
pub mod speaker;

use std::ops::Range;

use crate::analysis::{Entity, Quote, QuoteKind};
use crate::text::{Case, Document, TokenKind};
use speaker::{Speaker, Speakers};

/// A quote under construction (byte offsets).
#[derive(Debug, Clone)]
struct Found {
    kind: QuoteKind,
    fragments: Vec<(usize, usize)>,
    speaker: Speaker,
    cue: Option<(usize, usize)>,
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
    // Sorted by position (quotations come in text order), disjoint.
    let speech_tokens: Vec<Range<usize>> = found.iter().map(|f| token_range(doc, f.fragments[0].0, f.fragments.last().unwrap().1)).collect();
    let all_quoted: Vec<Range<usize>> = marks::quoted(doc).into_iter().map(|q| q.tokens).collect();
    let reported = reported(doc, &speakers, &speech_tokens, &all_quoted);
    // A quotation inside a mixed quote is part of it, not a quote of its own.
    let mixed: Vec<(usize, usize)> = reported.iter().filter(|f| f.kind != QuoteKind::Indirect).map(|f| f.fragments[0]).collect();
    found.retain(|f| !mixed.iter().any(|&(s, e)| s <= f.fragments[0].0 && f.fragments.last().unwrap().1 <= e));
    found.extend(reported);
    found.sort_by_key(|f| f.fragments[0].0);
    found
        .into_iter()
        .enumerate()
        .map(|(n, f)| {
            let (start, end) = (f.fragments[0].0, f.fragments.last().unwrap().1);
            Quote {
                id: format!("q{}", n + 1),
                kind: f.kind,
                start,
                end,
                text: doc.slice(start, end).to_string(),
                fragments: f.fragments.iter().map(|&s| doc.span(s)).collect(),
                speaker: f.speaker.entity.map(|e| entities[e].id.clone()),
                speaker_name: f.speaker.name.clone(),
                speaker_mention: f.speaker.mention.map(|s| doc.span(s)),
                cue: f.cue.map(|s| doc.span(s)),
            }
        })
        .collect()
}

/// The tokens covering bytes `start..end`.
fn token_range(doc: &Document, start: usize, end: usize) -> Range<usize> {
    let a = doc.tokens.partition_point(|t| t.start < start);
    let b = doc.tokens.partition_point(|t| t.start < end);
    a..b
}

/// The sentence holding token `i`.
fn sentence_of(doc: &Document, i: usize) -> usize {
    doc.sentences.partition_point(|s| s.tokens.end <= i).min(doc.sentences.len().saturating_sub(1))
}

fn words_in(doc: &Document, r: Range<usize>) -> usize {
    r.filter(|&i| doc.tokens[i].is_word() || doc.tokens[i].kind == TokenKind::Number).count()
}

/// Reported speech in sentences that are not mostly direct quotation.
/// `quoted` holds every quotation, speech or not: a verb inside one ("Anon declares war",
/// a title) reports nothing.
fn reported(doc: &Document, speakers: &Speakers, speech: &[Range<usize>], quoted: &[Range<usize>]) -> Vec<Found> {
    let mut out = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let r = s.tokens.clone();
        // The speech quotations that reach into this sentence (they are sorted and disjoint).
        let first_q = speech.partition_point(|q| q.end <= r.start);
        let here = &speech[first_q..speech[first_q..].partition_point(|q| q.start < r.end) + first_q];
        let speech_len: usize = here.iter().map(|q| q.start.max(r.start)..q.end.min(r.end)).map(|x| x.len()).sum();
        if speech_len * 2 >= r.len() {
            continue;
        }
        // Final punctuation is no part of the content.
        let mut end = r.end;
        while end > r.start && matches!(doc.tokens[end - 1].kind, TokenKind::Punct) && matches!(doc.token_text(end - 1), "." | "!" | "?" | "…") {
            end -= 1;
        }
        let paragraph = doc.paragraphs.partition_point(|p| p.sentences.end <= si);
        let lower = |i: usize| doc.lower(i);
        let mut push = |content: Range<usize>, verb: Range<usize>, np: Vec<Range<usize>>| {
            let content = trim_content(doc, content);
            if words_in(doc, content.clone()) < 3 {
                return;
            }
            let kind = content_kind(doc, content.clone());
            out.push(Found {
                kind,
                fragments: vec![(doc.tokens[content.start].start, doc.tokens[content.end - 1].end)],
                speaker: speakers.resolve_subject(&np),
                cue: Some((doc.tokens[verb.start].start, doc.tokens[verb.end - 1].end)),
                attributed: true,
                paragraph,
                open_ended: false,
                attribution_end: 0,
                last_token: content.end,
            });
        };
        // "According to X, ..." / "..., according to X."
        if let Some(a) = r.clone().find(|&i| cues::is_according_to(doc, i)) {
            let comma_after = (a + 2..end).find(|&i| doc.token_text(i) == ",");
            if a <= r.start + 1 {
                if let Some(c) = comma_after {
                    push(c + 1..end, a..a + 2, vec![a + 2..c]);
                    continue;
                }
            } else if a >= 2 && doc.token_text(a - 1) == "," {
                push(r.start..a - 1, a..a + 2, vec![a + 2..comma_after.unwrap_or(end)]);
                continue;
            }
        }
        // "..., X said." / "..., said X."
        if let Some(c) = (r.start + 3..end).rev().take(10).find(|&i| doc.token_text(i) == ",") {
            if let Some(v) = cues::find_verb(doc, c + 1..end) {
                let tail_words = words_in(doc, c + 1..end);
                let np = if words_in(doc, c + 1..v) > 0 { c + 1..v } else { v + 1..end };
                if tail_words <= 7 && !(c + 1..end).any(|i| lower(i) == "that") && !takes_object(doc, c + 1..v, v, r.end) {
                    push(r.start..c, v..v + 1, vec![np]);
                    // The reported clause may itself report speech: "X said Y, Z reported."
                    end = c;
                }
            }
        }
        // "X said (that) ...", "X told reporters (that) ..."
        let in_quote = |i: usize| quoted.get(quoted.partition_point(|q| q.end <= i)).is_some_and(|q| q.contains(&i));
        if let Some(v) = (r.start + 1..end).find(|&i| cues::is_verb_at(doc, i) && !in_quote(i)) {
            let np = cues::subject_chunks(doc, v, r.start);
            let mut c = v + 1;
            if let Some(that) = (v + 1..(v + 7).min(end)).find(|&i| lower(i) == "that") {
                c = that + 1;
            } else if cues::is_tell_verb(&lower(v)) {
                // Skip the hearer: "told reporters", "told the BBC", "urged the government to".
                while c < end && c < v + 5 && lower(c) != "to" && (doc.tokens[c].case != Case::Lower || matches!(lower(c), "the" | "reporters" | "journalists" | "a" | "an" | "him" | "her" | "them" | "us" | "with" | "government" | "people")) && !matches!(lower(c), "he" | "she" | "they" | "it" | "we") {
                    c += 1;
                }
            } else if c < end && matches!(lower(c), "in" | "at" | "on" | "to" | "by" | "of" | "for" | "with" | "from" | "about" | "during" | "after" | "before") && !(lower(c) == "to" && cues::INFINITIVE_VERBS.contains(&lower(v))) {
                // "said in a statement." with no clause after it.
                continue;
            }
            // Verbs with other senses ("denied visas", "tweeted support", "estimated at a
            // cost") report speech only before "that" or a clause that opens with a subject:
            // a determiner, a pronoun, a name or a number.
            let after_that = c > v + 1 && lower(c - 1) == "that";
            let opens_clause = c < end && {
                let t = &doc.tokens[c];
                let w = lower(c);
                let function_word = crate::lexicon::get().is_function_word(&w) && !is_preposition(&w);
                t.case != Case::Lower || t.kind == TokenKind::Number || t.is_quote() || function_word || matches!(w, "there" | "his" | "her" | "their" | "its" | "our")
            };
            // An indefinite or demonstrative after such a verb opens its object ("maintained a
            // policy", "denied these allegations").
            let object = c < end && matches!(lower(c), "a" | "an" | "this" | "these" | "those");
            if cues::is_ambiguous(&lower(v)) && !after_that && (!opens_clause || object) {
                continue;
            }
            // The clause ends where another report begins: "..., but he replied "..."".
            let stop = (c..end).find(|&k| doc.token_text(k) == "," && (k + 1..(k + 5).min(end)).any(|j| cues::is_verb_at(doc, j))).unwrap_or(end);
            push(c..stop, v..v + 1, np);
        }
    }
    out
}

/// A report's content is indirect speech, mixed when it holds a quotation, and direct when
/// it is nothing but one quotation (`The poster wrote that "..."`).
fn content_kind(doc: &Document, content: Range<usize>) -> QuoteKind {
    let marks: Vec<usize> = content.clone().filter(|&i| doc.tokens[i].is_quote()).collect();
    match marks.as_slice() {
        [] => QuoteKind::Indirect,
        [a, b] if *a == content.start && *b + 1 == content.end => QuoteKind::Direct,
        _ => QuoteKind::Mixed,
    }
}

/// In `..., the Church denied these allegations:` the verb has an object (a determiner after
/// it) or introduces what follows (a colon): the clause before the comma is not its report.
fn takes_object(doc: &Document, subject: Range<usize>, v: usize, sentence_end: usize) -> bool {
    let colon = sentence_end > 0 && doc.token_text(sentence_end - 1) == ":";
    let object = words_in(doc, subject) > 0 && !cues::is_tell_verb(doc.lower(v)) && v + 1 < sentence_end && matches!(doc.lower(v + 1), "the" | "a" | "an" | "these" | "those" | "this" | "its" | "their");
    colon || object
}

/// A preposition: after a verb it opens a phrase ("requested in arrears"), not a clause.
fn is_preposition(w: &str) -> bool {
    matches!(w, "in" | "on" | "at" | "for" | "by" | "with" | "from" | "as" | "into" | "over" | "under" | "about" | "between" | "through" | "during" | "until" | "than" | "to" | "of")
}

/// A reported clause without edge punctuation and a trailing ", X said".
fn trim_content(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && matches!(doc.tokens[r.start].kind, TokenKind::Punct) {
        r.start += 1;
    }
    while r.end > r.start && matches!(doc.tokens[r.end - 1].kind, TokenKind::Punct) {
        r.end -= 1;
    }
    r
}

