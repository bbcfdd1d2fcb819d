//! Reported speech: `X said (that) ...`, `X told reporters ...`, `..., X said.`,
//! `..., said X, ...`, `according to X, ...`, `..., according to X.`, `X called for ...`.

use std::ops::Range;

use super::speaker::{Speaker, Speakers};
use super::{cues, token_range, words_in, QuoteDraft};
use crate::analysis::QuoteKind;
use crate::text::{ByteSpan, Case, Document, TokenKind};

/// A report found in a sentence: its content, its cue and the phrases that may name the
/// speaker, nearest first.
struct Report {
    content: Range<usize>,
    cue: Range<usize>,
    chunks: Vec<Range<usize>>,
    /// An unmarked block quotation: direct speech.
    block: bool,
}

/// Reported speech in sentences that are not mostly direct quotation. `speech` holds the
/// direct quotations; `in_quotation` tells, token by token, whether it is inside a quotation,
/// speech or not: a verb inside one ("Anon declares war", a title) reports nothing.
pub(super) fn reported(
    doc: &Document,
    speakers: &Speakers,
    direct: &[QuoteDraft],
    in_quotation: &[bool],
) -> Vec<QuoteDraft> {
    // Sorted by position (quotations come in text order), disjoint.
    let speech: Vec<Range<usize>> = direct
        .iter()
        .map(|f| {
            token_range(
                doc,
                f.fragments[0].start,
                f.fragments.last().map_or(f.fragments[0].end, |l| l.end),
            )
        })
        .collect();
    // The cues after their direct quote, and whether right after it: "'We disagree,' said
    // Rep. Vance, a Democrat" reports the quotation, and what follows its "said" is its
    // speaker, not more speech; nor does '"...," Weber, a lawyer for them, said.' report what
    // comes before its "said" again. (A cue before its quotation may cue a report too: 'X
    // said his plan was "bold"'; and one after it that goes on, 'Montalvo "walked in", and
    // told the police he ...', reports what follows.)
    let direct_cues: Vec<(usize, bool)> = direct
        .iter()
        .filter_map(|d| {
            let end = d.fragments.last()?.end;
            let cue = d.cue?.start;
            let between = doc.text().get(end..cue)?;
            let adjacent = between
                .chars()
                .all(|ch| ch.is_whitespace() || matches!(ch, ',' | '\u{2014}' | '-'));
            Some((cue, adjacent))
        })
        .collect();
    let mut out: Vec<QuoteDraft> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let r = s.tokens.clone();
        if mostly_speech(r.clone(), &speech) {
            continue;
        }
        let paragraph = doc.paragraphs.partition_point(|p| p.sentences.end <= si);
        let mut reports = sentence_reports(doc, speakers, r, in_quotation);
        if let Some(block) = block_quote(doc, si) {
            reports.insert(0, block);
        }
        for rep in reports {
            let cue_start = doc.byte_span(rep.cue.clone()).start;
            // After a quotation's cue, what says when, where or how is no more speech
            // ('"...," Vance said Tuesday in Oslo.', '..., he said over the phone.').
            let circumstance = rep.cue.end < doc.tokens.len()
                && rep.content.start >= rep.cue.end
                && (cues::is_circumstance(doc, rep.cue.end)
                    || matches!(doc.lower(rep.cue.end), "aboard" | "outside" | "inside")
                    || doc.lower(rep.cue.end).ends_with("ly"));
            if direct_cues.iter().any(|&(c, adjacent)| {
                c == cue_start && (adjacent || rep.content.start < rep.cue.start || circumstance)
            }) {
                continue;
            }
            let content = trim_content(doc, rep.content);
            // Content that opens inside a quotation is part of that quotation, already a
            // direct quote ('told Reuters, "I like ..."': not a report of "like ..."); so is
            // content that is the quotation, or cut short inside it, or the quotation and a
            // clause of when ('said, "We will see," when asked ...').
            let opens_inside = speech.iter().any(|q| {
                (q.start < content.start && content.start < q.end)
                    || (q.start == content.start
                        && (content.end <= q.end
                            || cues::opens_with_subordinator(doc, q.end..content.end)))
            });
            if words_in(doc, content.clone()) < 3 || opens_inside {
                continue;
            }
            let mut speaker = speakers.resolve_subject(&rep.chunks);
            // "He described Montalvo as ...": the pronoun is not the person the report is about.
            if speaker.entity.is_some_and(|e| {
                speakers.is_person(e)
                    && speakers.by_pronoun(&speaker)
                    && speakers.named_in(doc.byte_span(content.clone())).contains(&e)
            }) {
                let other = speakers
                    .excluding(
                        &speakers.named_in(doc.byte_span(content.clone())),
                        speaker.mention.map_or(0, |m| m.start),
                    )
                    .resolve_subject(&rep.chunks);
                if other.entity.is_some() {
                    speaker = other;
                }
            }
            if speaker.name.is_none() && first_person(doc, &rep.chunks) {
                speaker =
                    unmarked_speaker(doc, speakers, paragraph, direct, &out).unwrap_or_default();
            }
            if !rep.block {
                speaker = speaker.at_most(super::speaker::confidence::REPORTED);
            }
            out.push(QuoteDraft {
                kind: if rep.block {
                    QuoteKind::Direct
                } else {
                    content_kind(doc, content.clone())
                },
                fragments: vec![doc.byte_span(content.clone())],
                speaker,
                cue: Some(doc.byte_span(rep.cue.clone())),
                attributed: true,
                paragraph,
                open_ended: false,
                attribution_end: 0,
                last_token: content.end,
            });
        }
    }
    out
}

/// Whether the speaker phrase is "I" or "we": speech in the first person outside quotation
/// marks is a quotation that lost its marks (a pull quote copied as text).
fn first_person(doc: &Document, chunks: &[Range<usize>]) -> bool {
    chunks
        .first()
        .and_then(|c| c.clone().find(|&i| doc.tokens[i].is_word()))
        .is_some_and(|i| matches!(doc.lower(i), "i" | "we"))
}

/// Who speaks in an unmarked first-person quotation in `paragraph`: the person named alone
/// at its end (a pull quote's byline, "... she was suppressive. Valeska Paris"), else the
/// speaker of the quote just before, in this paragraph or the one before.
fn unmarked_speaker(
    doc: &Document,
    speakers: &Speakers,
    paragraph: usize,
    direct: &[QuoteDraft],
    reported: &[QuoteDraft],
) -> Option<Speaker> {
    let para = doc.paragraphs.get(paragraph)?;
    let last = doc.sentences.get(para.sentences.end.checked_sub(1)?)?;
    let words = last.tokens.clone().filter(|&i| doc.tokens[i].is_word()).count();
    if let Some(sp) = speakers.first_person(last.tokens.clone()) {
        let ByteSpan { start: s, end: e } = sp.mention?;
        let covered = last
            .tokens
            .clone()
            .filter(|&i| {
                doc.tokens[i].is_word() && doc.tokens[i].start() >= s && doc.tokens[i].end() <= e
            })
            .count();
        if covered == words {
            return Some(sp);
        }
    }
    let start = para.start;
    let before = |f: &&QuoteDraft| {
        f.fragments[0].start < start && f.paragraph + 1 >= paragraph && f.speaker.name.is_some()
    };
    let d = direct.iter().rfind(before);
    let r = reported.iter().rfind(before);
    let latest = match (d, r) {
        (Some(a), Some(b)) => Some(if a.fragments[0].start > b.fragments[0].start { a } else { b }),
        (a, b) => a.or(b),
    };
    latest.map(|f| f.speaker.clone().at_most(super::speaker::confidence::QUOTE_BEFORE))
}

/// A statement set out after a colon in a paragraph of its own, without quotation marks:
/// "In a statement, the Church denied these allegations:" then "She certainly wasn't ...".
/// It runs from the paragraph's first sentence `si` up to the first sentence that reports
/// speech again ("They also claimed ...").
fn block_quote(doc: &Document, si: usize) -> Option<Report> {
    let p = doc.paragraphs.partition_point(|p| p.sentences.end <= si);
    let para = doc.paragraphs.get(p)?;
    if para.sentences.start != si || p == 0 {
        return None;
    }
    let intro = doc.sentences.get(doc.paragraphs.get(p - 1)?.sentences.end.checked_sub(1)?)?;
    let intro_end = intro.tokens.end.checked_sub(1)?;
    if doc.token_text(intro_end) != ":" {
        return None;
    }
    let v = (intro.tokens.start..intro_end).rev().find(|&i| cues::is_verb_at(doc, i))?;
    let first = doc.sentences.get(si)?;
    if doc.tokens.get(first.tokens.start).is_some_and(|t| t.is_quote()) {
        return None;
    }
    let reports_again = |k: usize| {
        doc.sentences.get(k).is_some_and(|s| s.tokens.clone().any(|i| cues::is_verb_at(doc, i)))
    };
    let last = (si..para.sentences.end).take_while(|&k| !reports_again(k)).last()?;
    let end = doc.sentences.get(last)?.tokens.end;
    Some(Report {
        content: first.tokens.start..end,
        cue: v..v + 1,
        chunks: cues::subject_chunks(doc, v, intro.tokens.start),
        block: true,
    })
}

/// Whether direct quotations (sorted, disjoint) cover half the tokens of `r` or more.
fn mostly_speech(r: Range<usize>, speech: &[Range<usize>]) -> bool {
    let first = speech.partition_point(|q| q.end <= r.start);
    let here = speech.get(first..).unwrap_or_default();
    let covered: usize = here
        .iter()
        .take_while(|q| q.start < r.end)
        .map(|q| q.end.min(r.end).saturating_sub(q.start.max(r.start)))
        .sum();
    covered * 2 >= r.len()
}

/// The reports of the sentence `r`.
fn sentence_reports(
    doc: &Document,
    speakers: &Speakers,
    r: Range<usize>,
    in_quotation: &[bool],
) -> Vec<Report> {
    // Final punctuation is no part of the content.
    let mut end = r.end;
    while end > r.start
        && doc.tokens[end - 1].kind == TokenKind::Punct
        && matches!(doc.token_text(end - 1), "." | "!" | "?" | "…")
    {
        end -= 1;
    }
    if let Some(rep) = according_to(doc, r.clone(), end) {
        return vec![rep];
    }
    if let Some(rep) = parenthetical(doc, r.clone(), end) {
        return vec![rep];
    }
    let mut out = Vec::new();
    if let Some(rep) = said_after(doc, r.clone(), end) {
        // The reported clause may itself report speech: "X said Y, Z reported."
        end = rep.content.end;
        out.push(rep);
    }
    // "X theorized that ..., and wrote that ...": one report after another.
    let mut from = r.start + 1;
    while let Some(rep) = (from..end)
        .filter(|&i| !in_quotation[i])
        .find_map(|v| said_before(doc, speakers, r.start, v, end))
    {
        from = rep.content.end.max(rep.cue.end);
        out.push(rep);
    }
    out
}

/// "According to X, ...", "According to X the ...", "Wikinews has learned that according to
/// X, ...", "... which, according to X, the UN criticised", "..., according to X."
/// "According to X, quoting Y, ...": X is the source of what follows.
fn according_to(doc: &Document, r: Range<usize>, end: usize) -> Option<Report> {
    let a = r.clone().find(|&i| cues::is_according_to(doc, i))?;
    let cue = a..a + 2;
    // A comma far on belongs to the clause, not to the source ("According to the Ministry
    // over 345 pilgrims have been killed near Mecca, Saudi Arabia").
    let comma_after = (a + 2..end.min(a + 14)).find(|&i| doc.token_text(i) == ",");
    let opens = a <= r.start + 1
        || matches!(doc.lower(a - 1), "that" | "which" | "who" | "and" | "but")
        || (a >= 2
            && doc.token_text(a - 1) == ","
            && matches!(doc.lower(a - 2), "which" | "that" | "who"));
    if opens {
        let (source, content_start) = match comma_after {
            Some(c) => (a + 2..c, c + 1),
            None => {
                let e = name_end(doc, a + 2, end);
                (a + 2..e, e)
            }
        };
        // "According to the team's coach, Alireza Mehraban, ...": the name in apposition.
        let role = source.clone().last().is_some_and(|i| doc.tokens[i].case == Case::Lower);
        let apposition = (content_start + 1..end.min(content_start + 6))
            .find(|&i| doc.token_text(i) == ",")
            .filter(|&c2| {
                role && (content_start..c2)
                    .all(|i| doc.tokens[i].is_word() && doc.tokens[i].case != Case::Lower)
            });
        if let Some(c2) = apposition {
            return Some(Report {
                content: c2 + 1..end,
                cue,
                chunks: vec![content_start..c2, source],
                block: false,
            });
        }
        // "..., quoting Y, ...": what Y said, as X reports it.
        if content_start < end && matches!(doc.lower(content_start), "quoting" | "citing") {
            if let Some(c2) = (content_start + 1..end).find(|&i| doc.token_text(i) == ",") {
                return Some(Report {
                    content: c2 + 1..end,
                    cue,
                    chunks: vec![source],
                    block: false,
                });
            }
        }
        return Some(Report {
            content: content_start..end,
            cue,
            chunks: vec![source],
            block: false,
        });
    }
    (a >= 2 && doc.token_text(a - 1) == ",").then(|| Report {
        content: r.start..a - 1,
        cue,
        chunks: vec![source_after(a, comma_after.unwrap_or(end))],
        block: false,
    })
}

/// The source named after "according to" at `a`, up to `end`.
fn source_after(a: usize, end: usize) -> Range<usize> {
    a + 2..end
}

/// Where a source named without a comma after it ends: "According to the Saudi Interior
/// Ministry over 345 ...", "According to Rathbun the property ...": a determiner, then
/// capitalised words (with "of", "for", "and" between them).
fn name_end(doc: &Document, start: usize, end: usize) -> usize {
    let mut i = start;
    if i < end && matches!(doc.lower(i), "the" | "a" | "an") {
        i += 1;
    }
    while i < end {
        let t = &doc.tokens[i];
        let joins = matches!(doc.lower(i), "of" | "for" | "and" | "'s")
            && doc.tokens.get(i + 1).is_some_and(|n| n.case != Case::Lower);
        let name_word = t.is_word() && t.case != Case::Lower;
        if !(name_word || joins || (t.kind == TokenKind::Punct && doc.token_text(i) == "'s")) {
            break;
        }
        i += 1;
    }
    i
}

/// "Institutional recipients, said Mauer, are required ...": an attribution set off by commas
/// inside the sentence it reports, the verb before the name. When what follows the name does
/// not go on with the clause (an apposition: "..., said Mauer, a lawyer for the town"; a
/// relative clause: "..., said Mauer, who chairs ..."), the clause ended before the verb.
fn parenthetical(doc: &Document, r: Range<usize>, end: usize) -> Option<Report> {
    let v =
        (r.start + 2..end).find(|&i| doc.token_text(i - 1) == "," && cues::is_verb_at(doc, i))?;
    let close = (v + 1..end.min(v + 6)).find(|&i| doc.token_text(i) == ",")?;
    let name = v + 1..close;
    // ("NAME, a delegate, told Reuters, ...": after a verb of telling comes the hearer.)
    let named = doc.tokens.get(v + 1).is_some_and(|t| t.case != Case::Lower)
        && words_in(doc, name.clone()) >= 1
        && !cues::is_tell_verb(doc.lower(v));
    if !named {
        return None;
    }
    // The clause goes on after the attribution with its verb: "..., said Mauer, are required".
    let goes_on = close + 1 < end
        && (cues::is_auxiliary(doc.lower(close + 1))
            || matches!(doc.lower(close + 1), "do" | "does" | "did"));
    if goes_on {
        return (words_in(doc, close + 1..end) >= 3).then(|| Report {
            content: r.start..end,
            cue: v..v + 1,
            chunks: vec![name],
            block: false,
        });
    }
    (words_in(doc, r.start..v - 1) >= 3).then(|| Report {
        content: r.start..v - 1,
        cue: v..v + 1,
        chunks: vec![name],
        block: false,
    })
}

/// "..., X said." / "..., said X."
fn said_after(doc: &Document, r: Range<usize>, end: usize) -> Option<Report> {
    // A relative clause after the speaker says who they are ("..., said Lind, who chairs
    // the board."): the attribution ends before it.
    let end = (r.start + 3..end)
        .rev()
        .take(16)
        .find(|&k| {
            doc.token_text(k) == "," && k + 1 < end && matches!(doc.lower(k + 1), "who" | "whose")
        })
        .filter(|&k| (k.saturating_sub(6)..k).any(|j| cues::is_verb_at(doc, j)))
        .unwrap_or(end);
    // The last comma, or the one before it when the verb comes before an apposition
    // ("..., said Kari Berg, a nurse.").
    let mut commas =
        (r.start + 3..end).rev().take(10).filter(|&i| doc.token_text(i) == ",").take(2);
    let last = commas.next()?;
    let (c, v) = match cues::find_verb(doc, last + 1..end) {
        Some(v) => (last, v),
        None => commas.find_map(|c| {
            let v = cues::find_verb(doc, c + 1..last)?;
            (v == c + 1).then_some((c, v))
        })?,
    };
    if !cues::reports_unquoted(doc, v) {
        return None;
    }
    let np = if words_in(doc, c + 1..v) > 0 { c + 1..v } else { v + 1..end };
    // "..., when asked about it.": when, not who. "..., a man yelled "Stop!"": the verb
    // reports the quotation after it, not the clause before the comma.
    if cues::opens_with_subordinator(doc, c + 1..v)
        || (v + 1..end).any(|i| doc.tokens[i].is_quote())
    {
        return None;
    }
    // "..., said X." names X; "..., said the plan would fail." goes on into a clause, whose
    // subject is no speaker (the speaker is before the comma).
    if np.start > v && np.clone().any(|i| cues::is_auxiliary(doc.lower(i))) {
        return None;
    }
    // "..., Bergen, said on Tuesday.": the speaker is before the comma, in what this would
    // take for the content; and "..., told Reuters," names the hearer.
    if np.start > v
        && np.start < np.end
        && (cues::is_circumstance(doc, np.start) || cues::is_tell_verb(doc.lower(v)))
    {
        return None;
    }
    let short = words_in(doc, c + 1..end) <= 7 && !(c + 1..end).any(|i| doc.lower(i) == "that");
    (short && !takes_object(doc, c + 1..v, v, r.end)).then(|| Report {
        content: r.start..c,
        cue: v..v + 1,
        chunks: vec![np],
        block: false,
    })
}

/// "X said (that) ...", "X told reporters (that) ...", "X called for ..." with the cue at `v`.
fn said_before(
    doc: &Document,
    speakers: &Speakers,
    start: usize,
    v: usize,
    end: usize,
) -> Option<Report> {
    if is_call_for(doc, v) {
        return Some(Report {
            content: v + 2..end,
            cue: v..v + 2,
            chunks: subject(doc, speakers, v, start),
            block: false,
        });
    }
    if describes_as(doc, v, end) && !is_negated(doc, v) {
        return Some(Report {
            content: v + 1..end,
            cue: v..v + 1,
            chunks: subject(doc, speakers, v, start),
            block: false,
        });
    }
    if !cues::is_verb_at(doc, v)
        || !cues::reports_unquoted(doc, v)
        || is_negated(doc, v)
        || is_impersonal(doc, v)
        || names_after(doc, speakers, v, end)
    {
        return None;
    }
    let c = clause_start(doc, v, end)?;
    // The clause ends where another report begins ("..., but he replied "...""), or where
    // the writer goes on in a clause of their own ("said they would vote no, as did ...").
    let stop = (c..end)
        .find(|&k| {
            doc.token_text(k) == ","
                && ((k + 1..(k + 5).min(end)).any(|j| cues::is_verb_at(doc, j))
                    || (k > c && opens_writers_clause(doc, k + 1, end)))
        })
        .unwrap_or(end);
    Some(Report {
        content: c..stop,
        cue: v..v + 1,
        chunks: subject(doc, speakers, v, start),
        block: false,
    })
}

/// Whether the verb at `v` comes after what it reports and before who said it ("..., wrote
/// the ambassador at the time, Ola Berg." / "..., said Ola Berg, who chairs the board."):
/// after a comma or a quotation mark, a person named before the sentence ends or a comma,
/// with no verb of their own ("..., said Berg had lied" reports).
fn names_after(doc: &Document, speakers: &Speakers, v: usize, end: usize) -> bool {
    let inverted = v > 0 && (doc.token_text(v - 1) == "," || doc.tokens[v - 1].is_quote());
    let Some(m) = inverted.then(|| speakers.first_person(v + 1..end.min(v + 12))).flatten() else {
        return false;
    };
    let Some(name) = m.mention.map(|b| token_range(doc, b.start, b.end)) else {
        return false;
    };
    (name.end >= end || doc.token_text(name.end) == ",")
        && !(v + 1..name.start)
            .any(|i| cues::is_auxiliary(doc.lower(i)) || doc.tokens[i].is_quote())
}

/// Whether the words at `i` open a clause of the writer's own after a report ("..., while",
/// "..., as did", "..., although"): what follows is no longer what was said.
fn opens_writers_clause(doc: &Document, i: usize, end: usize) -> bool {
    i < end
        && match doc.lower(i) {
            "while" | "whereas" | "although" | "though" => true,
            "as" => i + 1 < end && !matches!(doc.lower(i + 1), "well" | "much" | "many" | "long"),
            "just" | "even" => i + 1 < end && doc.lower(i + 1) == "as",
            _ => false,
        }
}

/// The phrases that may name who speaks at `v`; for a second verb of a clause, which has
/// no subject of its own ("Montalvo "walked in", and told the police ..."), the nearest person
/// named before it outside quotation marks, else the sentence's words before its first
/// lowercase one.
fn subject(doc: &Document, speakers: &Speakers, v: usize, start: usize) -> Vec<Range<usize>> {
    // A participle after a comma ("..., asking the government to ...") shares the subject of
    // the sentence's main clause when the sentence opens with a name.
    let participle = v > start && cues::opens_participle(doc, v - 1);
    let opening = start..name_end(doc, start, v);
    if participle
        && words_in(doc, opening.clone()) > 0
        && doc.tokens[start].case != Case::Lower
        && !cues::is_preposition(doc.lower(start))
    {
        return vec![opening];
    }
    let chunks = cues::subject_chunks(doc, v, start);
    if chunks.iter().any(|c| cues::names_someone(doc, c.clone())) {
        return chunks;
    }
    if let Some(m) = speakers.last_person(start..v).and_then(|sp| sp.mention) {
        return vec![token_range(doc, m.start, m.end)];
    }
    let first_lower = (start..v)
        .find(|&i| doc.tokens[i].case == Case::Lower && doc.tokens[i].is_word())
        .unwrap_or(v);
    let opening = start..first_lower;
    vec![opening]
}

/// "it is fair to say", "one could say", "would you say": a saying nobody in particular
/// does, the writer's own voice; and the idioms "that said, ..." and "easier said than done".
fn is_impersonal(doc: &Document, v: usize) -> bool {
    let w = |i: usize| doc.lower(i);
    let next = (v + 1 < doc.tokens.len()).then(|| w(v + 1));
    if w(v) == "said"
        && (next == Some("than") || (v > 0 && w(v - 1) == "that" && next == Some(",")))
    {
        return true;
    }
    if !matches!(w(v), "say" | "argue" | "note") || v < 2 {
        return false;
    }
    (w(v - 1) == "to"
        && matches!(
            w(v - 2),
            "safe"
                | "fair"
                | "hard"
                | "difficult"
                | "easy"
                | "needless"
                | "impossible"
                | "accurate"
        ))
        || (matches!(w(v - 1), "could" | "would" | "might" | "can" | "may")
            && matches!(w(v - 2), "one" | "you"))
}

/// "have not said why", "never told": a negated verb reports nothing.
fn is_negated(doc: &Document, v: usize) -> bool {
    (v.saturating_sub(2)..v).any(|i| matches!(doc.lower(i), "not" | "n't" | "never"))
}

/// A characterisation: "X described the ruling as historic", "have characterized homeopathy
/// as a form of quackery" — the object and what it is called are the content. A passive
/// ("has been described as") names no one.
fn describes_as(doc: &Document, v: usize, end: usize) -> bool {
    doc.tokens[v].case == Case::Lower
        && matches!(
            doc.lower(v),
            "describe"
                | "describes"
                | "described"
                | "characterized"
                | "characterizes"
                | "characterised"
                | "characterises"
                | "characterize"
                | "characterise"
                | "dubbed"
                | "labelled"
                | "labeled"
                | "branded"
        )
        && !(v.saturating_sub(2)..v)
            .any(|i| matches!(doc.lower(i), "been" | "was" | "were" | "is" | "are" | "be"))
        && (v + 2..end.min(v + 12)).any(|i| doc.lower(i) == "as")
}

/// A demand: "called for", "argued for", "appealed for" — what follows is its content.
fn is_call_for(doc: &Document, v: usize) -> bool {
    doc.tokens[v].case == Case::Lower
        && matches!(
            doc.lower(v),
            "call"
                | "calls"
                | "called"
                | "calling"
                | "argued"
                | "argues"
                | "appealed"
                | "appeals"
                | "pressed"
                | "presses"
        )
        && doc.tokens.get(v + 1).is_some_and(|_| doc.lower(v + 1) == "for")
}

/// Where the clause a speech verb at `v` reports opens: after "that", after the hearer of
/// "told", or right after the verb. None when no clause follows ("said in a statement.") or
/// the verb has another sense ("denied visas", "maintained a policy").
fn clause_start(doc: &Document, v: usize, end: usize) -> Option<usize> {
    let lower = |i: usize| doc.lower(i);
    // "he said, waving a flag": a participle after the comma says how, it reports nothing.
    if v + 2 < end && cues::opens_participle(doc, v + 1) {
        return None;
    }
    let mut c = v + 1;
    if let Some(that) = (v + 1..(v + 7).min(end)).find(|&i| lower(i) == "that") {
        c = that + 1;
    } else if cues::is_request(doc, v) {
        // "asking religious schools to pay ...": the request is the infinitive.
        c = (v + 1..(v + 7).min(end)).find(|&i| lower(i) == "to")?;
    } else if cues::is_tell_verb(lower(v)) {
        // Skip the hearer: "told reporters", "told the BBC", "urged the government to",
        // "told a news conference the ...": a determiner right after the verb opens the
        // hearer, and the nouns after it are the hearer's ("told the police he ...").
        let lex = crate::lexicon::get();
        let determiner = |w: &str| matches!(w, "the" | "a" | "an" | "his" | "her" | "their");
        let mut noun_phrase = false;
        while c < end && c < v + 5 && lower(c) != "to" {
            let w = lower(c);
            let t = &doc.tokens[c];
            let hearer = if determiner(w) {
                // A second determiner opens the clause: "told reporters the plan ...".
                c == v + 1
            } else {
                (t.is_word() && t.case != Case::Lower)
                    || (noun_phrase && t.is_word() && !lex.is_function_word(w))
                    || matches!(
                        w,
                        "reporters"
                            | "journalists"
                            | "him"
                            | "her"
                            | "them"
                            | "us"
                            | "with"
                            | "government"
                            | "people"
                    )
            };
            if !hearer || matches!(w, "he" | "she" | "they" | "it" | "we") {
                break;
            }
            noun_phrase = determiner(w) || noun_phrase;
            c += 1;
        }
    } else if c < end
        && matches!(
            lower(c),
            "in" | "at"
                | "on"
                | "to"
                | "by"
                | "of"
                | "for"
                | "with"
                | "from"
                | "about"
                | "during"
                | "after"
                | "before"
        )
        && !(lower(c) == "to" && cues::takes_infinitive(lower(v)))
    {
        return None;
    }
    // Verbs with other senses ("denied visas", "tweeted support", "estimated at a cost")
    // report speech only before "that" or a clause that opens with a subject: a determiner,
    // a pronoun, a name or a number — not an indefinite or demonstrative, which opens an
    // object ("maintained a policy", "denied these allegations").
    let after_that = c > v + 1 && lower(c - 1) == "that";
    let opens_clause = c < end && {
        let t = &doc.tokens[c];
        let w = lower(c);
        let function_word = crate::lexicon::get().is_function_word(w) && !cues::is_preposition(w);
        (t.is_word() && t.case != Case::Lower)
            || t.kind == TokenKind::Number
            || t.is_quote()
            || function_word
            || matches!(w, "there" | "his" | "her" | "their" | "its" | "our")
    };
    let object = c < end && matches!(lower(c), "a" | "an" | "this" | "these" | "those");
    // A clause does not open with an auxiliary: "the case on which the Court has ruled was ...".
    if c < end
        && (cues::is_auxiliary(lower(c))
            || matches!(lower(c), "do" | "does" | "did" | "be" | "been"))
    {
        return None;
    }
    if cues::is_ambiguous(lower(v)) && !after_that && (!opens_clause || object) {
        return None;
    }
    Some(c)
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
    let object = words_in(doc, subject) > 0
        && !cues::is_tell_verb(doc.lower(v))
        && v + 1 < sentence_end
        && matches!(
            doc.lower(v + 1),
            "the" | "a" | "an" | "these" | "those" | "this" | "its" | "their"
        );
    colon || object
}

/// Whether the dash or comma at `i` opens the writer's aside: "- which can lead to ...",
/// ", despite the resistance of ...".
fn writers_aside(doc: &Document, i: usize) -> bool {
    let next = doc.lower(i + 1);
    let dash = doc.token_text(i) != ",";
    (dash && matches!(next, "which" | "who"))
        || matches!(next, "despite" | "although" | "though" | "whereas")
}

/// A reported clause without edge punctuation, and without a writer's aside
/// ("many are not getting enough iodine - which can lead to ...").
fn trim_content(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    if let Some(d) = r.clone().find(|&i| {
        matches!(doc.token_text(i), "-" | "—" | "–" | ",")
            && doc.tokens.get(i + 1).is_some_and(|_| writers_aside(doc, i))
    }) {
        r.end = d;
    }
    while r.start < r.end && doc.tokens[r.start].kind == TokenKind::Punct {
        r.start += 1;
    }
    while r.end > r.start && doc.tokens[r.end - 1].kind == TokenKind::Punct {
        r.end -= 1;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Entity;
    use crate::quotes::marks;
    use crate::quotes::speaker::testing::{first, last, org, person};

    /// The text of tokens `r`.
    fn words(doc: &Document, r: Range<usize>) -> String {
        r.map(|i| doc.token_text(i)).collect::<Vec<_>>().join(" ")
    }

    /// A report's content, cue and speaker phrases, as text.
    fn shown(doc: &Document, r: &Report) -> (String, String, Vec<String>) {
        (
            words(doc, r.content.clone()),
            words(doc, r.cue.clone()),
            r.chunks.iter().map(|c| words(doc, c.clone())).collect(),
        )
    }

    fn report(content: &str, cue: &str, chunks: &[&str]) -> (String, String, Vec<String>) {
        (content.to_string(), cue.to_string(), chunks.iter().map(|c| c.to_string()).collect())
    }

    /// The whole sentence of a one-sentence `doc`, and where its content ends (before the
    /// final punctuation).
    fn sentence(doc: &Document) -> (Range<usize>, usize) {
        let r = doc.sentences[0].tokens.clone();
        let end = r.end - usize::from(doc.tokens[r.end - 1].kind == TokenKind::Punct);
        (r, end)
    }

    /// A quote's kind, content, speaker and cue.
    type Summary = (QuoteKind, String, Option<String>, Option<String>);

    /// Each report of `text` as `reported` finds it after the direct quotations.
    fn reports(text: &str, entities: &[Entity]) -> Vec<Summary> {
        let doc = Document::new(text);
        let speakers = Speakers::new(&doc, entities);
        let direct = super::super::direct::direct(&doc, &speakers);
        let mut in_quotation = vec![false; doc.tokens.len()];
        marks::each_quoted(&doc, |q| in_quotation[q.tokens].fill(true));
        reported(&doc, &speakers, &direct, &in_quotation)
            .into_iter()
            .map(|f| {
                (
                    f.kind,
                    f.fragments[0].of(doc.text()).to_string(),
                    f.speaker.name,
                    f.cue.map(|c| c.of(doc.text()).to_string()),
                )
            })
            .collect()
    }

    fn summary(kind: QuoteKind, content: &str, speaker: Option<&str>, cue: &str) -> Summary {
        (kind, content.to_string(), speaker.map(str::to_string), Some(cue.to_string()))
    }

    #[test]
    fn reported_speech_with_its_speaker_and_cue() {
        let text = "Anna Weber said the quota would ruin the fleet. Anna Weber said no more.";
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        assert_eq!(
            reports(text, &es),
            [summary(
                QuoteKind::Indirect,
                "the quota would ruin the fleet",
                Some("Anna Weber"),
                "said"
            )],
            "not a content of two words"
        );
        // A sentence that is mostly a direct quotation reports nothing more.
        let text = "\"The quota would ruin the fleet, and everyone knows it,\" Anna Weber said.";
        assert_eq!(reports(text, &es), []);
    }

    #[test]
    fn after_an_inverted_verb_comes_the_speaker_not_the_content() {
        let text = "The harbour must stay open all winter, said Tove Lind, who chairs the \
                    fishermen's union in the north.";
        let es = [person(text, "Tove Lind", &["Tove Lind"])];
        assert_eq!(
            reports(text, &es),
            [summary(
                QuoteKind::Indirect,
                "The harbour must stay open all winter",
                Some("Tove Lind"),
                "said"
            )]
        );
        // A name with a verb of its own after it is what was said.
        let text = "The mayor, who chairs the board, said Tove Lind had lied about the harbour.";
        let es = [person(text, "Tove Lind", &["Tove Lind"])];
        assert_eq!(reports(text, &es)[0].1, "Tove Lind had lied about the harbour");
    }

    #[test]
    fn a_clause_of_the_writers_own_ends_the_content() {
        let text = "Anna Weber said the quota would ruin the fleet, while other owners stayed \
                    silent.";
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        assert_eq!(reports(text, &es)[0].1, "the quota would ruin the fleet");
        // "as well as" goes on with what was said, and a comma right after "that" ends nothing.
        let text = "Anna Weber said that, as prices rose, the quota would ruin the boats as well \
                    as the harbour.";
        assert_eq!(
            reports(text, &es)[0].1,
            "as prices rose, the quota would ruin the boats as well as the harbour"
        );
    }

    #[test]
    fn sayings_that_report_nobody() {
        let es = |text: &str| [person(text, "Anna Weber", &["Anna Weber"])];
        // A verb that only introduces a quotation, "states" as a noun, an impersonal saying.
        for text in [
            "Anna Weber continued her tour of the northern harbours on Monday.",
            "Anna Weber won in three coastal states, including two that she had lost before.",
            "It is fair to say the quota will hurt Anna Weber in the north.",
            "One could say the harbour plan came from Anna Weber herself.",
            "That said, the harbour plan of Anna Weber will cost the town dearly.",
            "Closing the harbour is easier said than done for Anna Weber and the town.",
            "Anna Weber's reported fortune grew by half in the years of the harbour works.",
            "\"We will sail again,\" Anna Weber said Tuesday during a visit to the harbour.",
        ] {
            assert_eq!(reports(text, &es(text)), [], "{text}");
        }
        // "states that" reports.
        let text = "Anna Weber states that the quota is too low for the fleet.";
        assert_eq!(reports(text, &es(text))[0].1, "the quota is too low for the fleet");
    }

    #[test]
    fn a_pronoun_is_not_the_person_the_report_is_about() {
        let text = "Jonas Lund met Tom Berger. He described Tom Berger as a danger to the fleet.";
        let es = [
            person(text, "Jonas Lund", &["Jonas Lund"]),
            person(text, "Tom Berger", &["Tom Berger"]),
        ];
        let r = reports(text, &es);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("Jonas Lund"));
    }

    #[test]
    fn first_person_speech_without_marks() {
        let doc = Document::new("We said no. I said no. Officials said no.");
        let chunks = |w: &str| {
            let subject = last(&doc, w);
            cues::subject_chunks(&doc, subject.end, subject.start)
        };
        assert!(first_person(&doc, &[first(&doc, "We")]));
        assert!(first_person(&doc, &chunks("I")));
        assert!(!first_person(&doc, &chunks("Officials")));
        assert!(!first_person(&doc, &[]));
    }

    #[test]
    fn an_unmarked_first_person_quotation_takes_its_byline() {
        let text = "We said the harbour would never be sold to anyone. Anna Weber";
        let doc = Document::new(text);
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let speakers = Speakers::new(&doc, &es);
        assert_eq!(
            unmarked_speaker(&doc, &speakers, 0, &[], &[]).and_then(|s| s.name),
            Some("Anna Weber".to_string())
        );
        assert_eq!(reports(text, &es)[0].2.as_deref(), Some("Anna Weber"));
        // A last sentence of more than the name is no byline.
        let text = "We said the harbour would never be sold. Anna Weber agreed.";
        let doc = Document::new(text);
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let speakers = Speakers::new(&doc, &es);
        assert_eq!(unmarked_speaker(&doc, &speakers, 0, &[], &[]), None);
    }

    #[test]
    fn an_unmarked_first_person_quotation_takes_the_speaker_before() {
        let text = "Anna Weber said the harbour would never be sold.\n\nWe said the harbour would \
                    stay ours for good.";
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let r = reports(text, &es);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].2.as_deref(), Some("Anna Weber"));
    }

    #[test]
    fn a_statement_set_out_after_a_colon() {
        let text = "In a statement, the Ministry of Fisheries denied the claims:\n\nThe quota was \
                    set by law. It will not change. Skippers claimed otherwise.";
        let doc = Document::new(text);
        let first_sentence = doc.paragraphs[1].sentences.start;
        let block = block_quote(&doc, first_sentence).unwrap();
        assert!(block.block);
        assert_eq!(
            shown(&doc, &block).0,
            "The quota was set by law . It will not change .",
            "up to the sentence that reports again"
        );
        assert_eq!(words(&doc, block.cue), "denied");
        assert!(
            block_quote(&doc, first_sentence + 1).is_none(),
            "only from the paragraph's first sentence"
        );
        let es = [org(text, "Ministry of Fisheries", &["Ministry of Fisheries"])];
        let r = reports(text, &es);
        assert_eq!(r[0].0, QuoteKind::Direct);
        assert_eq!(r[0].2.as_deref(), Some("Ministry of Fisheries"));
        // Not after a paragraph that ends otherwise.
        let doc = Document::new("The Ministry denied the claims.\n\nThe quota was set by law.");
        assert!(block_quote(&doc, 1).is_none());
    }

    #[test]
    fn mostly_speech_is_half_the_tokens_or_more() {
        assert!(mostly_speech(0..10, &[0..1, 3..7]), "half");
        assert!(!mostly_speech(0..10, &[0..1, 4..7]));
        assert!(mostly_speech(10..20, &[0..3, 8..13, 16..20]));
        assert!(!mostly_speech(10..20, &[0..10, 20..30]));
    }

    #[test]
    fn a_sentence_may_hold_one_report_after_another() {
        let text = "Anna Weber theorized that the stocks had moved north, and wrote that the \
                    fleet should follow them.";
        let doc = Document::new(text);
        let speakers = Speakers::new(&doc, &[]);
        let r = doc.sentences[0].tokens.clone();
        let found: Vec<_> = sentence_reports(&doc, &speakers, r, &vec![false; doc.tokens.len()])
            .iter()
            .map(|rep| {
                let (content, cue, _) = shown(&doc, rep);
                (content, cue)
            })
            .collect();
        assert_eq!(
            found,
            [
                ("the stocks had moved north".to_string(), "theorized".to_string()),
                ("the fleet should follow them".to_string(), "wrote".to_string()),
            ]
        );
        // A verb inside a quotation reports nothing.
        let text = "The film \"Skipper says no\" opened in Oslo on a wet Monday.";
        let doc = Document::new(text);
        let mut in_quotation = vec![false; doc.tokens.len()];
        marks::each_quoted(&doc, |q| in_quotation[q.tokens].fill(true));
        let r = doc.sentences[0].tokens.clone();
        assert!(sentence_reports(&doc, &speakers, r, &in_quotation).is_empty());
    }

    #[test]
    fn according_to_a_source() {
        let check = |text: &str, want: (String, String, Vec<String>)| {
            let doc = Document::new(text);
            let (r, end) = sentence(&doc);
            let got = according_to(&doc, r, end).map(|rep| shown(&doc, &rep));
            assert_eq!(got, Some(want), "{text}");
        };
        check(
            "According to the Ministry of Fisheries, the quota will fall.",
            report("the quota will fall", "According to", &["the Ministry of Fisheries"]),
        );
        check(
            "According to Anna Weber the quota will fall.",
            report("the quota will fall", "According to", &["Anna Weber"]),
        );
        check(
            "According to the union's chairman, Tom Berger, the quota is too low.",
            report(
                "the quota is too low",
                "According to",
                &["Tom Berger", "the union 's chairman"],
            ),
        );
        check(
            "According to the Nordlys daily, quoting a ministry source, the quota will fall.",
            report("the quota will fall", "According to", &["the Nordlys daily"]),
        );
        check(
            "The quota will fall next year, according to the ministry.",
            report("The quota will fall next year", "according to", &["the ministry"]),
        );
        let doc = Document::new("Nobody knows what the quota will be next year.");
        let (r, end) = sentence(&doc);
        assert!(according_to(&doc, r, end).is_none());
    }

    #[test]
    fn the_source_after_according_to() {
        assert_eq!(source_after(4, 9), 6..9);
    }

    #[test]
    fn a_name_without_a_comma_after_it_ends_at_a_lowercase_word() {
        let doc = Document::new("the Ministry of Fisheries over 300 boats");
        assert_eq!(name_end(&doc, 0, doc.tokens.len()), 4);
        let doc = Document::new("Anna Weber the quota");
        assert_eq!(name_end(&doc, 0, doc.tokens.len()), 2);
        let doc = Document::new("the quota");
        assert_eq!(name_end(&doc, 0, doc.tokens.len()), 1, "only the determiner");
    }

    #[test]
    fn an_attribution_set_off_by_commas() {
        let doc = Document::new("The new quota, said Anna Weber, will ruin the fleet.");
        let (r, end) = sentence(&doc);
        assert_eq!(
            parenthetical(&doc, r, end).map(|rep| shown(&doc, &rep)),
            Some(report(
                "The new quota , said Anna Weber , will ruin the fleet",
                "said",
                &["Anna Weber"]
            ))
        );
        let doc = Document::new("The new quota, said the union, will ruin the fleet.");
        let (r, end) = sentence(&doc);
        assert!(parenthetical(&doc, r, end).is_none(), "no name after the verb");
        let doc = Document::new("The new quota, said Anna Weber, is bad.");
        let (r, end) = sentence(&doc);
        assert!(parenthetical(&doc, r, end).is_none(), "too little after it");
        // An apposition after the name: the attribution ends the clause.
        let doc = Document::new("The new quota will ruin the fleet, said Anna Weber, a skipper.");
        let (r, end) = sentence(&doc);
        assert_eq!(
            parenthetical(&doc, r, end).map(|rep| shown(&doc, &rep)),
            Some(report("The new quota will ruin the fleet", "said", &["Anna Weber"]))
        );
    }

    #[test]
    fn said_after_the_clause() {
        let check = |text: &str| {
            let doc = Document::new(text);
            let (r, end) = sentence(&doc);
            said_after(&doc, r, end).map(|rep| shown(&doc, &rep))
        };
        assert_eq!(
            check("The quota will ruin the fleet, Anna Weber said."),
            Some(report("The quota will ruin the fleet", "said", &["Anna Weber"]))
        );
        assert_eq!(
            check("The quota will ruin the fleet, said Anna Weber."),
            Some(report("The quota will ruin the fleet", "said", &["Anna Weber"]))
        );
        assert_eq!(
            check("The quota will ruin the fleet, Anna Weber said on Monday."),
            Some(report("The quota will ruin the fleet", "said", &["Anna Weber"]))
        );
        assert_eq!(check("The quota is low, Anna Weber said that it would fall."), None);
        assert!(
            check("The quota is low, the skippers of the whole fleet said.").is_some(),
            "seven words"
        );
        assert_eq!(
            check("The quota is low, the skippers of the whole northern fleet said."),
            None,
            "too long for an attribution"
        );
        assert_eq!(check("In a statement, the Ministry denied the claims."), None);
    }

    #[test]
    fn said_before_the_clause() {
        let check = |text: &str, verb: &str| {
            let doc = Document::new(text);
            let speakers = Speakers::new(&doc, &[]);
            let (r, end) = sentence(&doc);
            said_before(&doc, &speakers, r.start, first(&doc, verb).start, end)
                .map(|rep| shown(&doc, &rep))
        };
        assert_eq!(
            check("Anna Weber said that the quota would fall.", "said"),
            Some(report("the quota would fall", "said", &["Anna Weber"]))
        );
        assert_eq!(
            check("Anna Weber called for a new quota.", "called"),
            Some(report("a new quota", "called for", &["Anna Weber"]))
        );
        assert_eq!(
            check("Anna Weber described the quota as a disaster.", "described"),
            Some(report("the quota as a disaster", "described", &["Anna Weber"]))
        );
        assert_eq!(check("Anna Weber did not say why it fell.", "say"), None);
        assert_eq!(check("Anna Weber never described the quota as a disaster.", "described"), None);
        // The clause ends where another report begins.
        assert_eq!(
            check("Anna Weber said the quota was low, but Tom Berger replied it was fair.", "said"),
            Some(report("the quota was low", "said", &["Anna Weber"]))
        );
    }

    #[test]
    fn the_subject_of_a_second_verb_or_a_participle() {
        let text = "Anna Weber spoke on Monday, asking the ministry to wait.";
        let doc = Document::new(text);
        let speakers = Speakers::new(&doc, &[]);
        let v = first(&doc, "asking").start;
        let chunks: Vec<String> =
            subject(&doc, &speakers, v, 0).into_iter().map(|c| words(&doc, c)).collect();
        assert_eq!(chunks, ["Anna Weber"]);
        // A second verb: the person named before it, outside the quotation.
        let text = "Tom Berger \"walked in\", and told the skippers that the quota would fall.";
        let doc = Document::new(text);
        let es = [person(text, "Tom Berger", &["Tom Berger"])];
        let speakers = Speakers::new(&doc, &es);
        let v = first(&doc, "told").start;
        let chunks: Vec<String> =
            subject(&doc, &speakers, v, 0).into_iter().map(|c| words(&doc, c)).collect();
        assert_eq!(chunks, ["Tom Berger"]);
        // Failing a person, the words before the first lowercase one.
        let speakers = Speakers::new(&doc, &[]);
        let chunks: Vec<String> =
            subject(&doc, &speakers, v, 0).into_iter().map(|c| words(&doc, c)).collect();
        assert_eq!(chunks, ["Tom Berger \""]);
    }

    #[test]
    fn negation_characterisation_and_demands() {
        let doc = Document::new("They have not said it. They never told us. They said it.");
        assert!(is_negated(&doc, first(&doc, "said").start));
        assert!(is_negated(&doc, first(&doc, "told").start));
        assert!(!is_negated(&doc, last(&doc, "said").start));

        let doc = Document::new(
            "She described the quota as unfair. It has been described by critics as unfair. She \
             described the quota.",
        );
        let end = doc.tokens.len();
        assert!(describes_as(&doc, first(&doc, "described").start, end));
        let passive = doc.sentences[1].tokens.clone();
        assert!(!describes_as(&doc, first(&doc, "been described").start + 1, passive.end));
        let third = doc.sentences[2].tokens.clone();
        assert!(!describes_as(&doc, last(&doc, "described").start, third.end), "no \"as\"");

        let doc = Document::new("She called for calm. She called him. Called for calm.");
        assert!(is_call_for(&doc, first(&doc, "called").start));
        assert!(!is_call_for(&doc, last(&doc, "called").start));
        assert!(!is_call_for(&doc, first(&doc, "Called").start), "capitalised");
    }

    #[test]
    fn where_the_reported_clause_opens() {
        let start = |text: &str, verb: &str| {
            let doc = Document::new(text);
            let (_, end) = sentence(&doc);
            clause_start(&doc, first(&doc, verb).start, end).map(|c| words(&doc, c..end))
        };
        let some = |s: &str| Some(s.to_string());
        assert_eq!(start("She said that it would fall.", "said"), some("it would fall"));
        assert_eq!(start("She said it would fall.", "said"), some("it would fall"));
        assert_eq!(start("She told reporters it would fall.", "told"), some("it would fall"));
        assert_eq!(start("She told the BBC it would fall.", "told"), some("it would fall"));
        assert_eq!(start("She asked the skippers to wait.", "asked"), some("to wait"));
        assert_eq!(start("She said in a statement.", "said"), None, "a preposition");
        assert_eq!(start("She denied visas to the crews.", "denied"), None, "another sense");
        assert_eq!(start("She denied these allegations.", "denied"), None, "an object");
        assert_eq!(start("She denied that it fell.", "denied"), some("it fell"));
        assert_eq!(start("The case on which she ruled was closed.", "ruled"), None, "an auxiliary");
    }

    #[test]
    fn indirect_mixed_or_direct_content() {
        let doc = Document::new("the quota is \"too low\" now");
        let all = 0..doc.tokens.len();
        assert_eq!(content_kind(&doc, all), QuoteKind::Mixed);
        assert_eq!(content_kind(&doc, 0..3), QuoteKind::Indirect);
        let q = first(&doc, "\"too low\"");
        assert_eq!(content_kind(&doc, q), QuoteKind::Direct);
    }

    #[test]
    fn a_verb_with_an_object_or_a_colon_reports_nothing_before_it() {
        let doc = Document::new("the Ministry denied the claims");
        let v = first(&doc, "denied").start;
        assert!(takes_object(&doc, 0..v, v, doc.tokens.len()));
        assert!(!takes_object(&doc, v..v, v, doc.tokens.len()), "no subject: inverted");
        let doc = Document::new("the Ministry told the press");
        let v = first(&doc, "told").start;
        assert!(!takes_object(&doc, 0..v, v, doc.tokens.len()), "a hearer, not an object");
        let doc = Document::new("the Ministry said:");
        let v = first(&doc, "said").start;
        assert!(takes_object(&doc, 0..v, v, doc.tokens.len()));
    }

    #[test]
    fn prepositions() {
        assert!(cues::is_preposition("in") && cues::is_preposition("until"));
        assert!(!cues::is_preposition("that") && !cues::is_preposition("the"));
    }

    #[test]
    fn content_without_edge_punctuation_or_the_writers_aside() {
        let doc =
            Document::new(", skippers are not catching enough fish - which can lead to debt.");
        let all = 0..doc.tokens.len();
        assert!(writers_aside(&doc, first(&doc, "-").start));
        assert_eq!(words(&doc, trim_content(&doc, all)), "skippers are not catching enough fish");
        let doc = Document::new("the quota will fall, despite the protests");
        assert!(writers_aside(&doc, first(&doc, ",").start));
        let doc = Document::new("the quota will fall, which is bad");
        assert!(!writers_aside(&doc, first(&doc, ",").start), "a comma before \"which\"");
        assert_eq!(
            words(&doc, trim_content(&doc, 0..doc.tokens.len())),
            "the quota will fall , which is bad"
        );
    }
}
