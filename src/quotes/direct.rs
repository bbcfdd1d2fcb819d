//! Direct quotations: which quotations are speech, and who said them.
//!
//! A quotation's attribution is looked for after it (`"...," Rogozin said`, `"...," said
//! Rogozin`, `"..." - Rogozin`), then before it (`Rogozin said: "..."`, `in the words of X,
//! "..."`). A quotation without one joins the quote before it when only the attribution stands
//! between them (`"A," he said. "B."`), or takes the speaker of the nearest report before it in
//! its paragraph, or that of the quotation before it.

use std::ops::Range;

use super::marks::{self, Quoted};
use super::speaker::{confidence, Speaker, Speakers};
use super::{cues, sentence_of, token_range, words_in, QuoteDraft};
use crate::analysis::QuoteKind;
use crate::text::{ByteSpan, Case, Document, TokenKind};

/// An attribution: the cue ("said", "according to", "in the words of") and the phrases that
/// may name the speaker, nearest first.
struct Attribution {
    cue: Range<usize>,
    chunks: Vec<Range<usize>>,
}

/// Direct quotations with their attributions.
pub(super) fn direct(doc: &Document, speakers: &Speakers) -> Vec<QuoteDraft> {
    let speech = speech_quotations(doc);
    let mut out: Vec<QuoteDraft> = Vec::new();
    // Where the byline of a pull quote ends: a quotation right after it is the title of the
    // piece it comes from (`"..." Anonymous blogger, "Title of the post"`).
    let mut byline_end = None;
    for (q, next_quote) in &speech {
        let (q, next_quote) = (q, *next_quote);
        if byline_end == Some(q.tokens.start) {
            continue;
        }
        if continues_previous(doc, &mut out, q) {
            continue;
        }
        // An attribution already used by the quotation before is not this one's.
        let prev_end = out.last().map_or(0, |p| p.last_token.max(p.attribution_end));
        let mut colon_speaker = None;
        let mut attribution_end = q.tokens.end;
        let attribution = match attribution_after(doc, q, next_quote) {
            Some((a, end)) => {
                attribution_end = end;
                Some(a)
            }
            None => match byline(doc, q) {
                Some((phrase, end)) => {
                    byline_end = Some(end);
                    Some(Attribution { cue: phrase.start..phrase.start, chunks: vec![phrase] })
                }
                None => {
                    let (a, colon) = attribution_before(doc, speakers, q, prev_end);
                    colon_speaker = colon;
                    a
                }
            },
        };
        let mut f = QuoteDraft {
            kind: QuoteKind::Direct,
            fragments: vec![doc.byte_span(q.tokens.clone())],
            speaker: Speaker::default(),
            cue: None,
            attributed: attribution.is_some(),
            paragraph: q.paragraph(),
            open_ended: q.open_ended,
            attribution_end,
            last_token: q.tokens.end,
        };
        if let Some(a) = attribution {
            if a.cue.end > a.cue.start {
                f.cue = Some(doc.byte_span(a.cue.clone()));
            }
            f.speaker = speaker_of(speakers, &a.chunks, f.fragments[0]);
            if let Some(start) = that_clause(doc, &a, q) {
                f.kind = QuoteKind::Mixed;
                f.fragments[0].start = doc.tokens[start].start();
            }
        } else {
            if joins_split_quote(doc, &mut out, q) {
                continue;
            }
            f.speaker = colon_speaker
                .or_else(|| {
                    reported_before(doc, speakers, q, prev_end)
                        .map(|s| s.at_most(confidence::REPORT_BEFORE))
                })
                .or_else(|| {
                    out.last()
                        .filter(|p| {
                            p.paragraph == q.paragraph() || p.paragraph + 1 == q.paragraph()
                        })
                        .map(|p| {
                            p.speaker.clone().at_most(if p.paragraph == q.paragraph() {
                                confidence::QUOTE_BEFORE
                            } else {
                                confidence::QUOTE_BEFORE_PARAGRAPH
                            })
                        })
                })
                .unwrap_or_default();
        }
        out.push(f);
    }
    out
}

/// The quotations that are speech, each with where the next quotation (speech or not) starts
/// (`usize::MAX` for the last): only these are kept, as a text of quotation marks has one
/// quotation for every two bytes.
fn speech_quotations(doc: &Document) -> Vec<(Quoted, usize)> {
    let mut speech = Vec::new();
    let mut previous: Option<Quoted> = None;
    let mut keep = |q: Quoted, next_start: usize| {
        if is_speech(doc, &q) {
            speech.push((q, next_start));
        }
    };
    marks::each_quoted(doc, |q| {
        let start = q.tokens.start;
        if let Some(p) = previous.replace(q) {
            keep(p, start);
        }
    });
    if let Some(p) = previous {
        keep(p, usize::MAX);
    }
    speech
}

/// Who the attribution's phrases name. A pronoun ("He said, "Andy Warhol was ..."") does not
/// stand for someone the quotation itself talks about by name: people rarely speak of
/// themselves in the third person.
fn speaker_of(speakers: &Speakers, chunks: &[Range<usize>], quote: ByteSpan) -> Speaker {
    let sp = speakers.resolve_subject(chunks);
    match sp.entity {
        Some(e) if speakers.by_pronoun(&sp) && speakers.named_in(quote).contains(&e) => {
            let near = sp.mention.map_or(0, |m| m.start);
            let other = speakers.excluding(&speakers.named_in(quote), near).resolve_subject(chunks);
            if other.entity.is_some() {
                other
            } else {
                sp
            }
        }
        _ => sp,
    }
}

/// `X told the court that, over the last months, "..."`, `X asserted that officials, "..."`:
/// a quotation inside a reported "that" clause is a mixed quote, which opens after "that".
fn that_clause(doc: &Document, a: &Attribution, q: &Quoted) -> Option<usize> {
    if a.cue.start >= q.tokens.start {
        return None;
    }
    let that = (a.cue.end..q.tokens.start).find(|&i| doc.lower(i) == "that")?;
    if (a.cue.end..q.tokens.start).any(|i| doc.tokens[i].is_quote()) {
        return None;
    }
    let start = (that + 1..q.tokens.start)
        .find(|&i| doc.tokens[i].kind != TokenKind::Punct)
        .unwrap_or(q.tokens.start);
    (start < q.tokens.start).then_some(start)
}

/// Whether a quotation is speech. One of four words or more, or one with its own punctuation
/// (`"...deal,"`), is; shorter ones are scare quotes or titles (`"provocative"`). Title-case
/// quotations (`"The Internet Explorer Countdown"`) are names. A short quotation inside a
/// clause (`they are "provocative" and "excessive by nature."`) belongs to the reported clause
/// around it; a long one that ends a sentence of its own is still speech (`writing in a blog
/// post "I have myself ... every now and again."`).
fn is_speech(doc: &Document, q: &Quoted) -> bool {
    if q.continued {
        return true;
    }
    let inner = q.tokens.start + 1..if q.open_ended {
        q.tokens.end
    } else {
        q.tokens.end.saturating_sub(1)
    };
    let words = words_in(doc, inner.clone());
    let last = inner
        .clone()
        .last()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Punct)
        .map(|i| doc.token_text(i));
    let own_punct = last.is_some_and(|p| matches!(p, "," | "." | "?" | "!" | "…" | "..."));
    let ends_sentence = last.is_some_and(|p| matches!(p, "." | "?" | "!" | "…" | "..."));
    let word_tokens: Vec<usize> = inner.filter(|&i| doc.tokens[i].is_word()).collect();
    let capitalised = word_tokens
        .iter()
        .filter(|&&i| matches!(doc.tokens[i].case, Case::Capitalized | Case::Upper))
        .count();
    let title_case = !own_punct && words <= 12 && capitalised * 2 > word_tokens.len();
    let embedded = q.tokens.start > 0 && {
        let p = q.tokens.start - 1;
        let t = &doc.tokens[p];
        (t.kind == TokenKind::Word && t.case == Case::Lower && !cues::is_verb_at(doc, p))
            || t.kind == TokenKind::Number
    };
    let statement = ends_sentence && words >= 8;
    // One word with its own punctuation is speech when a speech verb follows at once
    // ("'Amazing,' responded Weber", "'No!' Weber shouted"): elsewhere it is a scare quote.
    let said_next = !q.open_ended
        && (q.tokens.end..(q.tokens.end + 3).min(doc.tokens.len()))
            .any(|i| cues::is_verb_at(doc, i));
    // A title with its comma or stop inside the marks (`his memoir, "Open Waters," tells`,
    // `on NBC's "Morning Edition."`): every longer word capitalised, no exclamation or
    // question ("Lock Them Up!" is chanted), and no verb of saying on either side.
    let titled = matches!(last, Some("," | "."))
        && (2..=12).contains(&words)
        && !said_next
        && word_tokens
            .iter()
            .all(|&i| doc.tokens[i].case != Case::Lower || doc.token_text(i).chars().count() < 4)
        && !(q.tokens.start.saturating_sub(6)..q.tokens.start)
            .any(|i| cues::is_verb_at(doc, i) || doc.token_text(i) == ":");
    (!embedded || statement)
        && !titled
        && ((words >= 4 && !title_case)
            || (own_punct && words >= 2)
            || (own_punct && words == 1 && said_next))
}

/// A quotation that goes on from the previous paragraph without a new opening mark (the line
/// break came inside it) is the same quote: one more fragment. One that reopens with a mark,
/// as news does paragraph by paragraph, is a quote of its own by the same speaker.
fn continues_previous(doc: &Document, out: &mut [QuoteDraft], q: &Quoted) -> bool {
    let Some(prev) = out.last_mut() else {
        return false;
    };
    if !(prev.open_ended && prev.paragraph + 1 == q.paragraph() && q.continued) {
        return false;
    }
    prev.fragments.push(doc.byte_span(q.tokens.clone()));
    prev.paragraph = q.paragraph();
    prev.open_ended = q.open_ended;
    prev.last_token = q.tokens.end;
    true
}

/// `"A," he said. "B."` and `"A," she told the press, "b."`: one quote, two fragments — the
/// quotation goes on right after the attribution, or opens the sentence after it.
fn joins_split_quote(doc: &Document, out: &mut [QuoteDraft], q: &Quoted) -> bool {
    let Some(prev) = out.last_mut() else {
        return false;
    };
    let after_attribution = prev.attributed
        && prev.attribution_end <= q.tokens.start
        && (words_in(doc, prev.attribution_end..q.tokens.start) == 0 || {
            let s = sentence_of(doc, prev.attribution_end.saturating_sub(1));
            doc.sentences.get(s + 1).is_some_and(|n| n.tokens.start == q.tokens.start)
        });
    if prev.paragraph != q.paragraph()
        || !after_attribution
        || prev.last_token > prev.attribution_end
    {
        return false;
    }
    prev.fragments.push(doc.byte_span(q.tokens.clone()));
    prev.last_token = q.tokens.end;
    true
}

/// The speaker of reported speech before an unattributed quotation in its paragraph, nearest
/// first ("Heald noted the findings ... . "An air-quality cleanup ...""; "Perkins admitted
/// she ... . Why? "It's ...""), no further back than the quotation before.
fn reported_before(
    doc: &Document,
    speakers: &Speakers,
    q: &Quoted,
    prev_end: usize,
) -> Option<Speaker> {
    let si = sentence_of(doc, q.tokens.start);
    let para = doc.paragraphs.get(q.paragraph())?;
    (para.sentences.start..si).rev().take(4).find_map(|k| {
        let s = doc.sentences.get(k)?;
        let start = s.tokens.start.max(prev_end);
        if start >= s.tokens.end {
            return None;
        }
        let v = (start..s.tokens.end)
            .find(|&i| cues::is_verb_at(doc, i) && !cues::is_request(doc, i))?;
        let chunks = cues::subject_chunks(doc, v, start);
        chunks
            .iter()
            .any(|c| cues::names_someone(doc, c.clone()))
            .then(|| speakers.resolve_subject(&chunks))
            .filter(|sp| sp.name.is_some())
    })
}

/// An attribution after a quotation, in its sentence: `"...," Rogozin said`, `"...," said
/// Rogozin`, `"...," according to X`. With it, where the attribution ends: past the rest of
/// its clause when a quotation follows right after it (`"A," she told the press, "b."`).
fn attribution_after(
    doc: &Document,
    q: &Quoted,
    next_quote: usize,
) -> Option<(Attribution, usize)> {
    if q.open_ended {
        return None;
    }
    let mut s = doc.sentences.get(sentence_of(doc, q.tokens.end - 1))?;
    // `"... fun!" Weber tweeted.`: the quotation ended its sentence, and the next is only
    // its attribution, in the same paragraph (a new one is someone else's: a byline).
    if s.tokens.end == q.tokens.end {
        let next = sentence_of(doc, q.tokens.end);
        let same_paragraph =
            doc.paragraphs.get(q.paragraph()).is_some_and(|p| p.sentences.contains(&next));
        s = doc.sentences.get(next).filter(|n| {
            same_paragraph
                && n.tokens.start == q.tokens.end
                && is_only_an_attribution(doc, n.tokens.clone())
        })?;
    }
    let region_end = s.tokens.end.min(next_quote);
    // Room for an apposition of a dozen words ("X, the chief economist of ... in Y, said").
    let region = q.tokens.end..region_end.min(q.tokens.end + 20);
    let (a, end) = if let Some(v) = cues::find_verb(doc, region.clone()) {
        let subject = q.tokens.end..v;
        // '"We will see," when asked ...': a clause about when, not who said it.
        if cues::opens_with_subordinator(doc, subject.clone()) {
            return None;
        }
        let np = if cues::names_someone(doc, subject.clone()) {
            subject
        } else {
            cues::subject_after(doc, v, region_end)
        };
        let end = np.end.max(v + 1);
        (Attribution { cue: v..v + 1, chunks: vec![np] }, end)
    } else {
        let a = region.clone().find(|&i| cues::is_according_to(doc, i))?;
        let np = cues::subject_after(doc, a + 1, region_end);
        (Attribution { cue: a..a + 2, chunks: vec![np.clone()] }, np.end)
    };
    // "told the press," / "said on Tuesday," and the quotation goes on.
    let rest = end..next_quote.min(s.tokens.end);
    let leads_on = next_quote < s.tokens.end
        && rest.len() <= 8
        && !rest.clone().any(|i| matches!(doc.lower(i), ";" | "and" | "but" | "then" | "later"))
        && rest.clone().last().is_some_and(|i| matches!(doc.token_text(i), "," | ":" | "—" | "–"));
    Some((a, if leads_on { next_quote } else { end }))
}

/// Whether a sentence is nothing but an attribution: a few words, a speech verb, and after
/// it nothing, a circumstance, a name or a hearer ("Weber tweeted.", "He said on Tuesday.",
/// "Said Weber.", "She told reporters."), and a participle's clause after a comma only says
/// how ("He said, waving a flag."); not "Weber said nothing." nor a sentence with a quotation
/// of its own.
fn is_only_an_attribution(doc: &Document, mut r: Range<usize>) -> bool {
    if r.clone().any(|i| doc.tokens[i].is_quote()) {
        return false;
    }
    let participle =
        (r.start + 2..r.end.saturating_sub(1)).find(|&i| cues::opens_participle(doc, i));
    if let Some(c) = participle {
        r.end = c;
    }
    if r.len() > 10 {
        return false;
    }
    let Some(v) = cues::find_verb(doc, r.clone()) else {
        return false;
    };
    let words_after = (v + 1..r.end).filter(|&i| doc.tokens[i].is_word()).count();
    // (Before a participle, at most a short circumstance: not "They went on to ..., saying".)
    if participle.is_some() && words_after > 3 {
        return false;
    }
    // ("Berg told reporters on Monday.": a verb of telling names its hearer.)
    words_after == 0
        || cues::is_circumstance(doc, v + 1)
        || doc.tokens[v + 1].case != Case::Lower
        || (cues::is_tell_verb(doc.lower(v)) && words_after <= 6)
}

/// The byline of a pull quote: a quotation that opens its paragraph followed by nothing but
/// a short name, after a dash or not (`"..." - Matthew Ingram`), and perhaps the title of the
/// piece quoted (`"..." Anonymous blogger, "Title"`). The name phrase, and where it ends.
fn byline(doc: &Document, q: &Quoted) -> Option<(Range<usize>, usize)> {
    let para = doc.paragraphs.get(q.paragraph())?;
    let first = doc.sentences.get(para.sentences.start)?.tokens.start;
    let end = doc.sentences.get(para.sentences.end.checked_sub(1)?)?.tokens.end;
    if q.open_ended || q.tokens.start != first || q.tokens.end >= end {
        return None;
    }
    let mut a = q.tokens.end;
    if matches!(doc.token_text(a), "-" | "—" | "–" | "--") {
        a += 1;
    }
    let b = (a..end).find(|&i| !doc.tokens[i].is_word()).unwrap_or(end);
    let words = b - a;
    let capitalised = doc.tokens.get(a).is_some_and(|t| t.case != Case::Lower);
    if !(1..=5).contains(&words) || !capitalised || (a..b).any(|i| cues::is_verb_at(doc, i)) {
        return None;
    }
    // Nothing after the name, or a comma and a quotation to the end of the paragraph.
    let titled = b < end
        && doc.token_text(b) == ","
        && doc.tokens.get(b + 1).is_some_and(|t| t.is_quote())
        && doc.tokens.get(end - 1).is_some_and(|t| t.is_quote());
    (b == end || titled).then_some((a..b, b + 1))
}

/// Where a phrase that names a source opens: "according to X", "in the words of X".
fn source_phrase(doc: &Document, region: Range<usize>) -> Option<Range<usize>> {
    region.clone().find_map(|i| {
        if cues::is_according_to(doc, i) {
            return Some(i..i + 2);
        }
        let words_of = i >= 2
            && doc.lower(i) == "words"
            && i + 1 < region.end
            && doc.lower(i + 1) == "of"
            && doc.lower(i - 1) == "the"
            && doc.lower(i - 2) == "in";
        words_of.then(|| i - 2..i + 2)
    })
}

/// The comma-separated phrases of `r`, nearest the quotation (last) first.
fn chunks_between_commas(doc: &Document, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = r.start;
    for i in r.clone() {
        if doc.token_text(i) == "," {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..r.end);
    out.retain(|c| !c.is_empty());
    out.reverse();
    out
}

/// An attribution before a quotation: `Rogozin said: "..."`, `He told reporters, "..."`,
/// `in the words of the prosecutor, Mark Tedeschi, "..."` — in its sentence, or in the sentence
/// before when that ends with a colon or a comma (a quotation on a line of its own, after
/// `Rathbun stated,`). Failing a verb of saying, a colon before the quotation names its
/// clause's subject as the speaker (`Sunak defended the record: "..."`).
fn attribution_before(
    doc: &Document,
    speakers: &Speakers,
    q: &Quoted,
    prev_end: usize,
) -> (Option<Attribution>, Option<Speaker>) {
    let si = sentence_of(doc, q.tokens.start);
    let Some(s) = doc.sentences.get(si) else {
        return (None, None);
    };
    let mut region = s.tokens.start.max(prev_end)..q.tokens.start;
    if region.is_empty() && si > 0 {
        let before = &doc.sentences[si - 1];
        if before.tokens.end > before.tokens.start
            && matches!(doc.token_text(before.tokens.end - 1), ":" | ",")
        {
            region = before.tokens.start.max(prev_end)..before.tokens.end;
        }
    }
    if region.is_empty() {
        return (None, None);
    }
    if let Some(v) =
        region.clone().rev().find(|&i| cues::is_verb_at(doc, i) && !cues::is_request(doc, i))
    {
        // A participle ("..., saying:", "... on the radio writing,", "while adding") shares
        // the subject of its sentence's main clause: the first person named in it who may be
        // a subject; unless a name right before it is its own ("with Lund stating:").
        let participle = doc.lower(v).ends_with("ing")
            && v > region.start
            && !matches!(doc.lower(v - 1), "is" | "was" | "were" | "are" | "am" | "be" | "been")
            && !(doc.tokens[v - 1].is_word() && doc.tokens[v - 1].case != Case::Lower);
        if let Some(m) = participle
            .then(|| speakers.first_subject_person(region.start..v))
            .flatten()
            .and_then(|sp| sp.mention)
        {
            let chunks = vec![token_range(doc, m.start, m.end)];
            return (Some(Attribution { cue: v..v + 1, chunks }), None);
        }
        let chunks = cues::subject_chunks(doc, v, region.start);
        let chunks = if chunks.iter().any(|c| cues::names_someone(doc, c.clone())) {
            chunks
        } else {
            vec![cues::subject_after(doc, v, region.end)]
        };
        return (Some(Attribution { cue: v..v + 1, chunks }), None);
    }
    if let Some(cue) = source_phrase(doc, region.clone()) {
        let chunks = chunks_between_commas(doc, cue.end..region.end);
        if chunks.iter().any(|c| cues::names_someone(doc, c.clone())) {
            return (Some(Attribution { cue, chunks }), None);
        }
    }
    if doc.token_text(region.end - 1) == ":" {
        return (None, colon_subject(doc, speakers, region));
    }
    (None, None)
}

/// The speaker of a clause that introduces a quotation with a colon: the first person it
/// names ("The secretary general of CEI, Nunzio Galantino, has called the sentence
/// "dangerous":"), else the phrase before its first lowercase word ("Sunak defended ...").
fn colon_subject(doc: &Document, speakers: &Speakers, region: Range<usize>) -> Option<Speaker> {
    if let Some(sp) = speakers.first_person(region.clone()) {
        return Some(sp);
    }
    let subject_end = region
        .clone()
        .find(|&i| doc.tokens[i].case == Case::Lower && !matches!(doc.token_text(i), "the" | "of"))
        .unwrap_or(region.end);
    let sp = speakers.resolve(region.start..subject_end);
    sp.entity.is_some().then_some(sp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Entity;
    use crate::quotes::speaker::testing::{first, last, org, person};

    fn quotations(doc: &Document) -> Vec<Quoted> {
        let mut out = Vec::new();
        marks::each_quoted(doc, |q| out.push(q));
        out
    }

    /// The text of tokens `r`.
    fn words(doc: &Document, r: Range<usize>) -> String {
        r.map(|i| doc.token_text(i)).collect::<Vec<_>>().join(" ")
    }

    /// A quote's kind, fragments, speaker and cue.
    type Summary = (QuoteKind, Vec<String>, Option<String>, Option<String>);

    /// Each direct quote of `text`, summed up.
    fn direct_quotes(text: &str, entities: &[Entity]) -> Vec<Summary> {
        let doc = Document::new(text);
        let speakers = Speakers::new(&doc, entities);
        direct(&doc, &speakers)
            .into_iter()
            .map(|f| {
                (
                    f.kind,
                    f.fragments.iter().map(|s| s.of(doc.text()).to_string()).collect(),
                    f.speaker.name,
                    f.cue.map(|c| c.of(doc.text()).to_string()),
                )
            })
            .collect()
    }

    fn speech(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        quotations(&doc)
            .iter()
            .filter(|q| is_speech(&doc, q))
            .map(|q| words(&doc, q.tokens.clone()))
            .collect()
    }

    #[test]
    fn speech_has_four_words_or_its_own_punctuation() {
        assert_eq!(speech("\"Not this year,\" Anna Weber said.").len(), 1);
        assert_eq!(speech("\"We will sail again\" is the motto.").len(), 1);
        assert!(speech("\"Never\" is the motto.").is_empty(), "one word");
        assert!(speech("\"Never again\" is the motto.").is_empty(), "two, no punctuation");
    }

    #[test]
    fn titles_and_quotations_inside_a_clause_are_not_speech() {
        assert!(
            speech("\"The Long Harbour Winter Story\" opened in Oslo.").is_empty(),
            "title case"
        );
        assert!(
            speech("Critics said the plan was \"a gift to the trawler lobby\" again.").is_empty(),
            "inside a clause"
        );
        // A long one that ends a sentence is speech even inside a clause.
        assert_eq!(
            speech("She wrote in a post \"I have kept every net my grandfather ever mended.\"")
                .len(),
            1
        );
        // After a speech verb it is no part of a clause.
        assert_eq!(speech("Anna Weber said \"the quota is too low\".").len(), 1);
        // A title with its comma or stop inside the marks, no verb of saying near.
        assert!(
            speech("Her memoir, \"Salt and Open Water,\" sold well.").is_empty(),
            "a title before a comma"
        );
        assert!(speech("He spoke on the radio show \"Morning at the Harbour.\"").is_empty());
        // Speech in title case has its verb, or ends in an exclamation or a question.
        assert_eq!(speech("\"Never Again,\" said Anna Weber.").len(), 1);
        assert_eq!(speech("The crowd rose. \"Sell The Harbour Now!\" The boats left.").len(), 1);
    }

    #[test]
    fn speech_quotations_know_where_the_next_quotation_starts() {
        let text = "\"We will not sell the harbour,\" Weber said, calling the plan \"theft\". \
                    \"The fleet stays here,\" she added.";
        let doc = Document::new(text);
        let all = quotations(&doc);
        assert_eq!(all.len(), 3);
        let speech = speech_quotations(&doc);
        assert_eq!(speech.len(), 2, "not the scare quote");
        assert_eq!(speech[0].0, all[0]);
        assert_eq!(speech[0].1, all[1].tokens.start);
        assert_eq!((speech[1].0.clone(), speech[1].1), (all[2].clone(), usize::MAX));
    }

    #[test]
    fn an_attribution_after_the_quotation() {
        let text = "\"We will not sell the harbour,\" Anna Weber said. \"The quota is too low,\" \
                    said Tom Berger, who chairs the union. \"It cannot last,\" according to the \
                    union.";
        let doc = Document::new(text);
        let qs = quotations(&doc);
        let after = |q: &Quoted| {
            attribution_after(&doc, q, usize::MAX)
                .map(|(a, _)| (words(&doc, a.cue), words(&doc, a.chunks[0].clone())))
        };
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(after(&qs[0]), pair("said", "Anna Weber"));
        assert_eq!(after(&qs[1]), pair("said", "Tom Berger"));
        assert_eq!(after(&qs[2]), pair("according to", "the union"));
        // Nothing after a quotation that ends its sentence with no cue.
        let doc = Document::new("\"We will not sell the harbour.\" The boats left.");
        assert!(attribution_after(&doc, &quotations(&doc)[0], usize::MAX).is_none());
    }

    #[test]
    fn an_attribution_that_leads_on_into_the_rest_of_the_quotation() {
        let text = "\"We will stay,\" she told the press, \"and we will fish.\"";
        let doc = Document::new(text);
        let qs = quotations(&doc);
        let (a, end) = attribution_after(&doc, &qs[0], qs[1].tokens.start).unwrap();
        assert_eq!(words(&doc, a.cue), "told");
        assert_eq!(end, qs[1].tokens.start, "the attribution runs up to the next quotation");
        // Not when the sentence goes on with something else first.
        let text = "\"We will stay,\" she told the press and then the crowd, \"and we will fish.\"";
        let doc = Document::new(text);
        let qs = quotations(&doc);
        let (_, end) = attribution_after(&doc, &qs[0], qs[1].tokens.start).unwrap();
        assert!(end < qs[1].tokens.start);
    }

    #[test]
    fn a_byline_after_a_pull_quote() {
        let text =
            "\"Fish do not vote, but fishermen do.\" - Anna Weber\n\n\"The harbour is ours, \
                    and it stays ours.\" Anna Weber said so.";
        let doc = Document::new(text);
        let qs = quotations(&doc);
        let (name, _) = byline(&doc, &qs[0]).unwrap();
        assert_eq!(words(&doc, name), "Anna Weber");
        assert!(byline(&doc, &qs[1]).is_none(), "a verb: an attribution, not a byline");
    }

    #[test]
    fn a_pull_quote_titled_after_its_byline_is_one_quote() {
        let text = "\"Fish do not vote, but fishermen do.\" Anonymous skipper, \"Why I still mend \
                    my own nets\"";
        let q = direct_quotes(text, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("Anonymous skipper"));
        assert_eq!(q[0].3, None, "a byline has no cue");
    }

    #[test]
    fn an_attribution_before_the_quotation() {
        let text = "Anna Weber said: \"We will not sell the harbour.\"";
        let doc = Document::new(text);
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let speakers = Speakers::new(&doc, &es);
        let (a, colon) = attribution_before(&doc, &speakers, &quotations(&doc)[0], 0);
        let a = a.unwrap();
        assert_eq!(
            (words(&doc, a.cue), words(&doc, a.chunks[0].clone())),
            ("said".to_string(), "Anna Weber".to_string())
        );
        assert_eq!(colon, None);
        // In the sentence before, when it ends with a colon: a quotation on a line of its own.
        let text = "Anna Weber stated:\n\n\"We will not sell the harbour.\"";
        let doc = Document::new(text);
        let speakers = Speakers::new(&doc, &[]);
        let (a, _) = attribution_before(&doc, &speakers, &quotations(&doc)[0], 0);
        assert_eq!(words(&doc, a.unwrap().cue), "stated");
        // Not one used by the quotation before (`prev_end`).
        let text = "Anna Weber said: \"We will not sell the harbour.\"";
        let doc = Document::new(text);
        let q = &quotations(&doc)[0];
        let (a, _) = attribution_before(&doc, &speakers, q, q.tokens.start);
        assert!(a.is_none());
    }

    #[test]
    fn a_source_phrase_before_the_quotation() {
        let text = "In the words of the mayor, Tom Berger, \"the harbour is not for sale.\"";
        let doc = Document::new(text);
        let region = 0..first(&doc, "\"the").start;
        let cue = source_phrase(&doc, region.clone()).unwrap();
        assert_eq!(words(&doc, cue.clone()), "In the words of");
        let chunks: Vec<String> = chunks_between_commas(&doc, cue.end..region.end)
            .into_iter()
            .map(|c| words(&doc, c))
            .collect();
        assert_eq!(chunks, ["Tom Berger", "the mayor"], "nearest the quotation first");
        let es = [person(text, "Tom Berger", &["Tom Berger"])];
        let q = direct_quotes(text, &es);
        assert_eq!(q[0].2.as_deref(), Some("Tom Berger"));
        assert_eq!(q[0].3.as_deref(), Some("In the words of"));

        let doc = Document::new("According to the mayor, it will rain.");
        let cue = source_phrase(&doc, 0..doc.tokens.len()).unwrap();
        assert_eq!(words(&doc, cue), "According to");
        let doc = Document::new("The words of the mayor were kind.");
        assert_eq!(source_phrase(&doc, 0..doc.tokens.len()), None);
    }

    #[test]
    fn a_colon_names_the_subject_of_its_clause() {
        let text = "The Ministry of Fisheries defended the quota: \"It keeps the fleet alive for \
                    another decade.\"";
        let doc = Document::new(text);
        let es = [org(text, "Ministry of Fisheries", &["Ministry of Fisheries"])];
        let speakers = Speakers::new(&doc, &es);
        let region = 0..first(&doc, "\"It").start;
        let sp = colon_subject(&doc, &speakers, region.clone()).unwrap();
        assert_eq!(sp.name.as_deref(), Some("Ministry of Fisheries"));
        let (a, colon) = attribution_before(&doc, &speakers, &quotations(&doc)[0], 0);
        assert!(a.is_none());
        assert_eq!(colon, Some(sp));
        // A person named anywhere in the clause comes first.
        let text = "The head of the union, Anna Weber, called the quota \"a death sentence\":";
        let doc = Document::new(text);
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let speakers = Speakers::new(&doc, &es);
        let sp = colon_subject(&doc, &speakers, 0..doc.tokens.len()).unwrap();
        assert_eq!(sp.name.as_deref(), Some("Anna Weber"));
        // The clause's subject must be an entity.
        let doc = Document::new("Several skippers defended the quota:");
        let speakers = Speakers::new(&doc, &[]);
        assert_eq!(colon_subject(&doc, &speakers, 0..doc.tokens.len()), None);
    }

    #[test]
    fn a_pronoun_is_not_someone_the_quotation_names() {
        let text = "Tom Berger met Jonas Lund. He said, \"Tom Berger was right about the quota.\"";
        let doc = Document::new(text);
        let es = [
            person(text, "Jonas Lund", &["Jonas Lund"]),
            person(text, "Tom Berger", &["Tom Berger"]),
        ];
        let speakers = Speakers::new(&doc, &es);
        let chunks = cues::subject_chunks(&doc, first(&doc, "said").start, 0);
        let q = &quotations(&doc)[0];
        let bytes = doc.byte_span(q.tokens.clone());
        // "He" alone would be Tom Berger, the subject of the sentence before.
        assert_eq!(speakers.resolve_subject(&chunks).name.as_deref(), Some("Tom Berger"));
        let sp = speaker_of(&speakers, &chunks, bytes);
        assert_eq!(
            (sp.name.as_deref(), sp.mention.map(|m| m.of(doc.text()))),
            (Some("Jonas Lund"), Some("He"))
        );
    }

    #[test]
    fn a_quotation_in_a_that_clause_is_mixed() {
        let text = "Anna Weber told the court that, over the last months, \"the fleet has shrunk \
                    by half.\"";
        let doc = Document::new(text);
        let q = &quotations(&doc)[0];
        let a = Attribution { cue: first(&doc, "told"), chunks: vec![first(&doc, "Anna Weber")] };
        assert_eq!(that_clause(&doc, &a, q), Some(first(&doc, "over").start));
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let found = direct_quotes(text, &es);
        assert_eq!(found[0].0, QuoteKind::Mixed);
        assert!(found[0].1[0].starts_with("over the last months"), "{found:?}");
        // Without "that", direct.
        let text = "Anna Weber told the court: \"the fleet has shrunk by half.\"";
        let doc = Document::new(text);
        let a = Attribution { cue: first(&doc, "told"), chunks: vec![first(&doc, "Anna Weber")] };
        assert_eq!(that_clause(&doc, &a, &quotations(&doc)[0]), None);
    }

    #[test]
    fn a_quotation_that_goes_on_into_the_next_paragraph_is_one_quote() {
        let text = "Anna Weber said: \"The fleet will stay in the harbour all winter,\n\nand it \
                    will sail again in spring.\"";
        let q = direct_quotes(text, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.len(), 2);
        assert_eq!(q[0].1[1], "and it will sail again in spring.\"");
        // One that reopens with a mark is a quote of its own, by the same speaker.
        let text =
            "Anna Weber said: \"The fleet will stay in the harbour all winter.\n\n\"It will \
                    sail again in spring.\"";
        let q = direct_quotes(text, &[]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("Anna Weber"));
    }

    #[test]
    fn a_quotation_right_after_the_attribution_continues_the_quote() {
        let text = "\"We will not sell the harbour,\" Anna Weber said. \"The fleet stays here.\"";
        let doc = Document::new(text);
        let speakers = Speakers::new(&doc, &[]);
        let qs = quotations(&doc);
        let mut out = direct(&doc, &speakers);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].fragments.len(), 2);
        // The second quotation joins the first by itself.
        out[0].fragments.pop();
        out[0].last_token = qs[0].tokens.end;
        assert!(joins_split_quote(&doc, &mut out, &qs[1]));
        assert_eq!(out[0].fragments.len(), 2);
        // Not when the sentence between is no attribution.
        let text = "\"We will not sell the harbour,\" Anna Weber said. The boats left the \
                    harbour at dawn. Then came more. \"The fleet stays here.\"";
        let q = direct_quotes(text, &[]);
        assert_eq!(q.len(), 2, "{q:?}");
    }

    #[test]
    fn an_unattributed_quotation_takes_the_speaker_of_the_report_before() {
        let text =
            "Anna Weber noted the quota had been cut twice. \"It cannot go on like this for \
                    the fleet.\"";
        let doc = Document::new(text);
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let speakers = Speakers::new(&doc, &es);
        let q = &quotations(&doc)[0];
        let sp = reported_before(&doc, &speakers, q, 0).unwrap();
        assert_eq!(sp.name.as_deref(), Some("Anna Weber"));
        assert_eq!(direct_quotes(text, &es)[0].2.as_deref(), Some("Anna Weber"));
        // No further back than the quotation before.
        assert_eq!(reported_before(&doc, &speakers, q, last(&doc, "twice").end), None);
        // Nor from a request ("asked them to").
        let text = "Anna Weber asked the skippers to wait. \"It cannot go on like this for the \
                    fleet.\"";
        let doc = Document::new(text);
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let speakers = Speakers::new(&doc, &es);
        assert_eq!(reported_before(&doc, &speakers, &quotations(&doc)[0], 0), None);
    }

    #[test]
    fn direct_attributes_after_before_or_by_the_quote_before() {
        let text = "\"We will not sell the harbour,\" Anna Weber said on Monday.\n\nTom Berger \
                    replied: \"Nobody asked you to sell it.\"\n\n\"And nobody will,\" he added \
                    later. The boats left. \"Not this year, not ever.\"";
        let es = [
            person(text, "Anna Weber", &["Anna Weber"]),
            person(text, "Tom Berger", &["Tom Berger"]),
        ];
        let q = direct_quotes(text, &es);
        let who: Vec<(Option<&str>, Option<&str>)> =
            q.iter().map(|q| (q.2.as_deref(), q.3.as_deref())).collect();
        assert_eq!(
            who,
            [
                (Some("Anna Weber"), Some("said")),
                (Some("Tom Berger"), Some("replied")),
                (Some("Tom Berger"), Some("added")),
                (Some("Tom Berger"), None),
            ]
        );
        assert!(q.iter().all(|q| q.0 == QuoteKind::Direct));
    }
}
