//! What every analysis promises, as a check anyone can run: the tests (`tests/invariants.rs`),
//! the fuzz targets (`fuzz/`) and anyone who post-processes the output.
//!
//! [`check`] analyses a text in all three offset units and verifies that:
//! - every span lies inside the text, on character boundaries, and its `text` is the slice;
//! - every entity has a mention; quote fragments lie inside their quote;
//! - every entity id a quote or timeline entry names exists, and every timeline entry's timex;
//! - the three units give the same spans, each offset converted exactly.
//!
//! ```
//! newslens::analysis::invariants::check("MOSCOW — \"We will,\" Anna Weber said on Monday.").unwrap();
//! ```

use super::{Analysis, Id, Offsets, Span};
use crate::{analyze, Error, Options};

/// Analyses `text` in utf8, chars and utf16 offsets and checks every promise. `Ok` also when
/// the text is refused with an [`Error`] for being empty or too long (that is a promise too);
/// `Err` describes the first broken promise.
pub fn check(text: &str) -> Result<(), String> {
    let options = |offsets| Options { offsets, ..Options::default() };
    let bytes = match analyze(text, &options(Offsets::Utf8)) {
        Ok(a) => a,
        Err(Error::EmptyText) if text.trim().is_empty() => return Ok(()),
        Err(Error::TooLarge { .. }) if text.len() > crate::MAX_INPUT_BYTES => return Ok(()),
        Err(e) => return Err(format!("refused: {e}")),
    };
    let spans = spans(&bytes, text)?;
    for s in &spans {
        if !(s.start <= s.end && s.end <= text.len()) {
            return Err(format!(
                "span {}..{} outside the text ({} bytes)",
                s.start,
                s.end,
                text.len()
            ));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("span {}..{} not on character boundaries", s.start, s.end));
        }
        if text[s.start..s.end] != s.text {
            return Err(format!(
                "span {}..{} says {:?} but the text there is {:?}",
                s.start,
                s.end,
                s.text,
                &text[s.start..s.end]
            ));
        }
    }
    for unit in [Offsets::Chars, Offsets::Utf16] {
        let other = analyze(text, &options(unit)).map_err(|e| format!("{unit:?}: refused: {e}"))?;
        let others = self::spans(&other, text)?;
        if others.len() != spans.len() {
            return Err(format!("{unit:?}: {} spans, utf8: {}", others.len(), spans.len()));
        }
        for (b, o) in spans.iter().zip(&others) {
            let convert = |at: usize| match unit {
                Offsets::Chars => text[..at].chars().count(),
                _ => text[..at].encode_utf16().count(),
            };
            if (o.start, o.end) != (convert(b.start), convert(b.end)) || o.text != b.text {
                return Err(format!(
                    "{unit:?}: span {:?} at {}..{} is {}..{} in utf8",
                    o.text, o.start, o.end, b.start, b.end
                ));
            }
        }
    }
    Ok(())
}

/// Every span of `a`, in a fixed order, after checking the references between parts.
fn spans(a: &Analysis, text: &str) -> Result<Vec<Span>, String> {
    let short: String = text.chars().take(60).collect();
    let mut spans = Vec::new();
    if let Some(r) = &a.reference_date {
        spans.extend(r.span.clone());
        spans.extend(r.evidence.iter().cloned());
    }
    for e in &a.entities {
        if e.mentions.is_empty() {
            return Err(format!("entity {} has no mention in {short:?}…", e.id));
        }
        spans.extend(e.mentions.iter().cloned());
    }
    let is_entity = |id: &Id| a.entities.iter().any(|e| e.id == *id);
    for q in &a.quotes {
        spans.push(Span { start: q.start, end: q.end, text: q.text.clone() });
        if let Some(f) = q.fragments.iter().find(|f| !(q.start <= f.start && f.end <= q.end)) {
            return Err(format!(
                "fragment {}..{} outside quote {} {}..{}",
                f.start, f.end, q.id, q.start, q.end
            ));
        }
        spans.extend(q.fragments.iter().cloned());
        spans.extend(q.speaker_mention.iter().cloned());
        spans.extend(q.cue.iter().cloned());
        if let Some(id) = q.speaker.filter(|id| !is_entity(id)) {
            return Err(format!("quote {} names speaker {id}, which is no entity", q.id));
        }
    }
    for t in &a.timexes {
        spans.push(Span { start: t.start, end: t.end, text: t.text.clone() });
    }
    for e in &a.timeline {
        if !a.timexes.iter().any(|t| t.id == e.timex) {
            return Err(format!("a timeline entry names timex {}, which does not exist", e.timex));
        }
        if let Some(id) = e.entities.iter().find(|id| !is_entity(id)) {
            return Err(format!("a timeline entry names entity {id}, which does not exist"));
        }
        spans.extend(e.event.iter().cloned());
    }
    Ok(spans)
}
