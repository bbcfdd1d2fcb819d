//! Timeline entries: each dated expression with the event it dates.
//!
//! The event is the sentence the expression is in, without a trailing attribution
//! (", ITAR-Tass reported.") or a leading one ("According to X, "), and without its final
//! punctuation. Entries are sorted by the start of their range, then by position; an entry
//! whose date and event text repeat an earlier one (a repeated paragraph) is left out, as is
//! a date with no event around it (the date line).

use std::collections::HashSet;

use super::Found;
use crate::analysis::{DateRange, TimelineEntry};
use crate::text::{Document, TokenKind};

/// Verbs that end an attribution clause at the end of a sentence.
const ATTRIBUTION: &[&str] = &["said", "says", "reported", "reports", "told", "added", "announced", "stated", "according"];

/// The timeline of `found` (byte offsets).
pub fn timeline(doc: &Document, found: &[Found]) -> Vec<TimelineEntry> {
    let mut entries: Vec<(usize, TimelineEntry)> = Vec::new();
    let mut seen = HashSet::new();
    for f in found {
        let Some((from, to)) = f.range else { continue };
        let (start, end) = event_span(doc, f.sentence);
        // A sentence that is only the date (the date line) tells no event.
        if (start, end) == (f.timex.start, f.timex.end) {
            continue;
        }
        // Repeated paragraphs may differ in spacing (a space for a no-break space).
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        if !seen.insert((from, to, words(doc.slice(start, end)), words(&f.timex.text))) {
            continue;
        }
        entries.push((
            f.timex.start,
            TimelineEntry {
                timex: f.timex.id.clone(),
                range: DateRange { from: from.to_string(), to: to.to_string() },
                event: (start < end).then(|| doc.span((start, end))),
                entities: Vec::new(),
            },
        ));
    }
    entries.sort_by(|(pa, a), (pb, b)| a.range.from.cmp(&b.range.from).then(pa.cmp(pb)));
    entries.into_iter().map(|(_, e)| e).collect()
}

/// The bytes of the event a sentence tells: the sentence without attribution and final
/// punctuation.
fn event_span(doc: &Document, sentence: usize) -> (usize, usize) {
    let s = &doc.sentences[sentence];
    let toks = &doc.tokens[s.tokens.clone()];
    let text = |i: usize| toks[i].text(doc.text()).to_lowercase();
    let mut first = 0;
    let mut last = toks.len();
    // Final punctuation and closing quotes.
    while last > first && matches!(toks[last - 1].kind, TokenKind::Punct | TokenKind::Quote { .. }) {
        last -= 1;
    }
    // ", X reported" / ", X said" in the last few tokens.
    if let Some(comma) = (first..last).rev().take(6).find(|&i| text(i) == ",") {
        if (comma + 1..last).any(|i| ATTRIBUTION.contains(&text(i).as_str())) {
            last = comma;
        }
    }
    // "According to X, ..."
    if last > first && text(first) == "according" {
        if let Some(comma) = (first..last).take(8).find(|&i| text(i) == ",") {
            first = comma + 1;
        }
    }
    if first >= last {
        return (s.start, s.start);
    }
    (toks[first].start, toks[last - 1].end)
}
