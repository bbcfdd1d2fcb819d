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
    let mut found = direct(doc, &speakers);
    // Sorted by position (quotations come in text order), disjoint.
    let speech_tokens: Vec<Range<usize>> = found.iter().map(|f| token_range(doc, f.fragments[0].0, f.fragments.last().unwrap().1)).collect();
    let reported = reported(doc, &speakers, &speech_tokens);
    // A quotation inside a mixed quote is part of it, not a quote of its own.
    let mixed: Vec<(usize, usize)> = reported.iter().filter(|f| f.kind == QuoteKind::Mixed).map(|f| f.fragments[0]).collect();
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

/// Direct quotations with their attributions.
fn direct(doc: &Document, speakers: &Speakers) -> Vec<Found> {
    let quoted = marks::quoted(doc);
    let mut out: Vec<Found> = Vec::new();
    for (qi, q) in quoted.iter().enumerate() {
        let inner = q.tokens.start + usize::from(!q.continued)..if q.open_ended { q.tokens.end } else { q.tokens.end - 1 };
        let words = words_in(doc, inner.clone());
        let own_punct = inner.clone().last().is_some_and(|i| doc.tokens[i].kind == TokenKind::Punct && matches!(doc.token_text(i), "," | "." | "?" | "!" | "…" | "..."));
        // A title ("The Long Road Home", "Scientology vs. the Internet, part XVII"): most
        // words capitalised, no sentence punctuation of its own.
        let word_tokens: Vec<usize> = inner.clone().filter(|&i| doc.tokens[i].is_word()).collect();
        let capitalised = word_tokens.iter().filter(|&&i| matches!(doc.tokens[i].case, Case::Capitalized | Case::Upper)).count();
        let title_case = !own_punct && words <= 12 && capitalised * 2 > word_tokens.len();
        // A quotation inside a clause ("they are "provocative" and "excessive by nature."")
        // belongs to the reported clause around it: a mixed quote.
        let embedded = q.tokens.start > 0 && {
            let p = q.tokens.start - 1;
            let t = &doc.tokens[p];
            (t.kind == TokenKind::Word && t.case == Case::Lower && !cues::is_verb_at(doc, p)) || t.kind == TokenKind::Number
        };
        let speech = q.continued || (!embedded && ((words >= 4 && !title_case) || (own_punct && words >= 2)));
        if !speech {
            continue;
        }
        let next_quote = quoted.get(qi + 1).map_or(usize::MAX, |n| n.tokens.start);
        let prev_quote_end = out.last().map_or(0, |p| p.last_token);
        // A quotation that goes on from the previous paragraph without a new opening mark
        // (the line break came inside it) is the same quote: one more fragment. One that
        // reopens with a mark, as news does paragraph by paragraph, is a quote of its own
        // by the same speaker (below).
        if let Some(prev) = out.last_mut() {
            if prev.open_ended && prev.paragraph + 1 == q.paragraph && q.continued {
                prev.fragments.push((doc.tokens[q.tokens.start].start, doc.tokens[q.tokens.end - 1].end));
                prev.paragraph = q.paragraph;
                prev.open_ended = q.open_ended;
                prev.last_token = q.tokens.end;
                continue;
            }
        }
        let (attribution, attribution_end, colon_speaker) = match attribution_after(doc, q, next_quote) {
            Some((a, end)) => (Some(a), end, None),
            None => {
                let (a, colon) = attribution_before(doc, speakers, q, prev_quote_end);
                (a, q.tokens.end, colon)
            }
        };
        let paragraph = q.paragraph;
        let mut f = Found {
            kind: QuoteKind::Direct,
            fragments: vec![(doc.tokens[q.tokens.start].start, doc.tokens[q.tokens.end - 1].end)],
            speaker: Speaker::default(),
            cue: None,
            attributed: attribution.is_some(),
            paragraph,
            open_ended: q.open_ended,
            attribution_end,
            last_token: q.tokens.end,
        };
        if let Some((v, chunks)) = attribution {
            let cue_end = if cues::is_according_to(doc, v) { doc.tokens[v + 1].end } else { doc.tokens[v].end };
            f.cue = Some((doc.tokens[v].start, cue_end));
            f.speaker = speakers.resolve_subject(&chunks);
        }
        if !f.attributed {
            if let Some(prev) = out.last_mut() {
                // "A," he said. "B." — one quote, two fragments: the quotation goes on right
                // after the attribution, or opens the sentence after it.
                let after_attribution = prev.attributed
                    && prev.attribution_end <= q.tokens.start
                    && (words_in(doc, prev.attribution_end..q.tokens.start) == 0 || {
                        let s = sentence_of(doc, prev.attribution_end - 1);
                        doc.sentences.get(s + 1).is_some_and(|n| n.tokens.start == q.tokens.start)
                    });
                if prev.paragraph == paragraph && after_attribution && prev.last_token <= prev.attribution_end {
                    prev.fragments.push(f.fragments[0]);
                    prev.last_token = q.tokens.end;
                    continue;
                }
            }
            // Else the speaker of a reported sentence right before, in the same paragraph
            // ("Heald noted the findings ... . "An air-quality cleanup ...""), or of the
            // quotation before, in this paragraph or the one before.
            let si = sentence_of(doc, q.tokens.start);
            let reported_before = (si > 0 && doc.paragraphs[q.paragraph].sentences.contains(&(si - 1)))
                .then(|| {
                    let s = &doc.sentences[si - 1];
                    let start = s.tokens.start.max(prev_quote_end);
                    let v = (start..s.tokens.end).find(|&i| cues::is_verb_at(doc, i) && !cues::is_request(doc, i))?;
                    let chunks = cues::subject_chunks(doc, v, start);
                    chunks.iter().any(|c| cues::names_someone(doc, c.clone())).then(|| speakers.resolve_subject(&chunks))
                })
                .flatten()
                .filter(|sp| sp.name.is_some());
            if let Some(sp) = colon_speaker.or(reported_before) {
                f.speaker = sp;
            } else if let Some(prev) = out.last() {
                if prev.paragraph == paragraph || prev.paragraph + 1 == paragraph {
                    f.speaker = prev.speaker.clone();
                }
            }
        }
        out.push(f);
    }
    out
}

/// The verb of an attribution and the phrases that may name the speaker, nearest first.
type Attribution = (usize, Vec<Range<usize>>);

/// An attribution after a quotation, in its sentence: `"...," Rogozin said`, `"...," said
/// Rogozin`, `"...," according to X`. With it, where the attribution ends.
fn attribution_after(doc: &Document, q: &marks::Quoted, next_quote: usize) -> Option<(Attribution, usize)> {
    if q.open_ended {
        return None;
    }
    let s = &doc.sentences[sentence_of(doc, q.tokens.end - 1)];
    let region_end = s.tokens.end.min(next_quote);
    let region = q.tokens.end..region_end.min(q.tokens.end + 12);
    if let Some(v) = cues::find_verb(doc, region.clone()) {
        let subject = q.tokens.end..v;
        let np = if cues::names_someone(doc, subject.clone()) { subject } else { cues::subject_after(doc, v, region_end) };
        return Some(((v, vec![np.clone()]), np.end.max(v + 1)));
    }
    let a = region.clone().find(|&i| cues::is_according_to(doc, i))?;
    let np = cues::subject_after(doc, a + 1, region_end);
    Some(((a, vec![np.clone()]), np.end))
}

/// An attribution before a quotation: `Rogozin said: "..."`, `He told reporters, "..."` — in
/// its sentence, or in the sentence before when that ends with a colon (a quotation on a
/// line of its own). Failing a verb of saying, a colon before the quotation names its
/// clause's subject as the speaker ("Sunak defended the record: "..."").
fn attribution_before(doc: &Document, speakers: &Speakers, q: &marks::Quoted, prev_quote_end: usize) -> (Option<Attribution>, Option<Speaker>) {
    let si = sentence_of(doc, q.tokens.start);
    let s = &doc.sentences[si];
    let mut region = s.tokens.start.max(prev_quote_end)..q.tokens.start;
    if region.is_empty() && si > 0 {
        let before = &doc.sentences[si - 1];
        if before.tokens.end > before.tokens.start && doc.token_text(before.tokens.end - 1) == ":" {
            region = before.tokens.start.max(prev_quote_end)..before.tokens.end;
        }
    }
    if let Some(v) = region.clone().rev().find(|&i| cues::is_verb_at(doc, i) && !cues::is_request(doc, i)) {
        let chunks = cues::subject_chunks(doc, v, region.start);
        let chunks = if chunks.iter().any(|c| cues::names_someone(doc, c.clone())) { chunks } else { vec![cues::subject_after(doc, v, region.end)] };
        return (Some((v, chunks)), None);
    }
    if region.end > region.start && doc.token_text(region.end - 1) == ":" {
        // The subject is the phrase before the clause's first lowercase word.
        let subject_end = (region.start..region.end).find(|&i| doc.tokens[i].case == Case::Lower && !matches!(doc.token_text(i), "the" | "of")).unwrap_or(region.end);
        let sp = speakers.resolve(region.start..subject_end);
        if sp.entity.is_some() {
            return (None, Some(sp));
        }
    }
    (None, None)
}

/// Reported speech in sentences that are not mostly direct quotation.
fn reported(doc: &Document, speakers: &Speakers, speech: &[Range<usize>]) -> Vec<Found> {
    let mut out = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let r = s.tokens.clone();
        // The speech quotations that reach into this sentence (they are sorted and disjoint).
        let first_q = speech.partition_point(|q| q.end <= r.start);
        let here = &speech[first_q..speech[first_q..].partition_point(|q| q.start < r.end) + first_q];
        let quoted: usize = here.iter().map(|q| q.start.max(r.start)..q.end.min(r.end)).map(|x| x.len()).sum();
        if quoted * 2 >= r.len() {
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
            let kind = if content.clone().any(|i| doc.tokens[i].is_quote()) { QuoteKind::Mixed } else { QuoteKind::Indirect };
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
                if tail_words <= 7 && !(c + 1..end).any(|i| lower(i) == "that") {
                    push(r.start..c, v..v + 1, vec![np]);
                    // The reported clause may itself report speech: "X said Y, Z reported."
                    end = c;
                }
            }
        }
        // "X said (that) ...", "X told reporters (that) ..."
        let in_quote = |i: usize| here.iter().any(|q| q.contains(&i));
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
                t.case != Case::Lower || t.kind == TokenKind::Number || t.is_quote() || crate::lexicon::get().is_function_word(&w) || matches!(w, "there" | "his" | "her" | "their" | "its" | "our")
            };
            if cues::is_ambiguous(&lower(v)) && !after_that && !opens_clause {
                continue;
            }
            // The clause ends where another report begins: "..., but he replied "..."".
            let stop = (c..end).find(|&k| doc.token_text(k) == "," && (k + 1..(k + 5).min(end)).any(|j| cues::is_verb_at(doc, j))).unwrap_or(end);
            push(c..stop, v..v + 1, np);
        }
    }
    out
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

