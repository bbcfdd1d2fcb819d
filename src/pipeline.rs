//! The pipeline: text → [`Document`] → stages → [`Analysis`] in the caller's offset unit.

use crate::timeline::{Date, ResolvedTimex};

use crate::analysis::{Analysis, DateSource, Entity, Id, Offsets, ReferenceDate, TimexType};
use crate::text::Document;
use crate::{entities, quotes, timeline, Error};

/// The largest text [`analyze`] accepts, in bytes (about 2,000 long news articles).
pub const MAX_INPUT_BYTES: usize = 16_000_000;

/// How to analyse: the reference date, if the caller knows it, and the offset unit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Wins over any date found in the text.
    pub reference_date: Option<Date>,
    pub offsets: Offsets,
}

/// Parses a `YYYY-MM-DD` date, as given on the command line, in a batch line or by the page.
pub fn parse_date(s: &str) -> Result<Date, Error> {
    let t = s.trim();
    let ok =
        t.len() == 10
            && t.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
    if !ok {
        return Err(Error::BadDate(s.to_string()));
    }
    t.parse::<Date>().map_err(|_| Error::BadDate(s.to_string()))
}

/// Analyses one article.
///
/// Fails only on input it cannot analyse: an empty text, or one over [`MAX_INPUT_BYTES`].
/// Any other text, however odd (HTML, unbalanced quotes, another language), gets an analysis.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    if text.trim().is_empty() {
        return Err(Error::EmptyText);
    }
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLarge { bytes: text.len(), max: MAX_INPUT_BYTES });
    }
    let doc = Document::new(text);
    let mut analysis = Analysis::empty();

    let found = timeline::find_reference_date(&doc);
    // Without a date from the caller or a date line, one inferred from the text, if it
    // supports one.
    let inferred = match (options.reference_date, &found) {
        (None, None) => timeline::infer::infer(&doc),
        _ => None,
    };
    analysis.reference_date = match (options.reference_date, &found, &inferred) {
        (Some(date), ..) => Some(ReferenceDate {
            value: date.to_string(),
            source: DateSource::Given,
            span: None,
            evidence: Vec::new(),
        }),
        (None, Some(line), _) => Some(ReferenceDate {
            value: line.date.to_string(),
            source: DateSource::Text,
            span: Some(doc.span(line.span)),
            evidence: Vec::new(),
        }),
        (None, None, Some(i)) => Some(ReferenceDate {
            value: i.date.to_string(),
            source: DateSource::Inferred,
            span: i.evidence.first().map(|&s| doc.span(s)),
            evidence: i.evidence.iter().map(|&s| doc.span(s)).collect(),
        }),
        (None, None, None) => None,
    };
    let reference = options
        .reference_date
        .or(found.as_ref().map(|line| line.date))
        .or(inferred.as_ref().map(|i| i.date));
    let timexes = timeline::timexes(&doc, reference, found.as_ref());

    analysis.entities = entities::entities(&doc);
    without_dates(&mut analysis.entities, &timexes);
    analysis.quotes = quotes::quotes(&doc, &analysis.entities);

    analysis.timeline = timeline::events::timeline(&doc, &timexes, &analysis.entities);
    // The document (tokens, lowercase view) is done with: free it before the output strings
    // of the expressions are made.
    drop(doc);
    analysis.timexes = timexes.into_iter().enumerate().map(|(n, f)| f.timex(n, text)).collect();

    analysis.convert_offsets(text, options.offsets);
    Ok(analysis)
}

/// A name the article only ever uses as a date ("before Christmas", "at Easter": holidays the
/// timeline reads) is a date, not a person: such entities are dropped, the others renumbered
/// in order.
fn without_dates(entities: &mut Vec<Entity>, timexes: &[ResolvedTimex]) {
    // (`timexes` come in text order.)
    let is_date = |m: &crate::analysis::Span| {
        let at = timexes.partition_point(|t| t.start < m.start);
        timexes[at..]
            .iter()
            .take_while(|t| t.start == m.start)
            .any(|t| t.end == m.end && t.kind == TimexType::Date)
    };
    let before = entities.len();
    entities.retain(|e| !e.mentions.iter().all(is_date));
    if entities.len() != before {
        for (n, e) in entities.iter_mut().enumerate() {
            e.id = Id::entity(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(parse_date("2013-04-16").unwrap().to_string(), "2013-04-16");
        for bad in
            ["2013-4-16", "2013-02-30", "16/04/2013", "", "2013-04-16T00:00", "２０１３-04-16"]
        {
            assert_eq!(parse_date(bad), Err(Error::BadDate(bad.to_string())), "{bad}");
        }
    }

    #[test]
    fn empty_and_oversized_text_are_errors() {
        assert_eq!(analyze(" \n\t", &Options::default()), Err(Error::EmptyText));
        let big = "a".repeat(MAX_INPUT_BYTES + 1);
        assert!(matches!(analyze(&big, &Options::default()), Err(Error::TooLarge { .. })));
    }

    #[test]
    fn a_given_date_wins_over_the_text() {
        let date = parse_date("2020-01-02").unwrap();
        let a = analyze(
            "Something happened.\nApril 16, 2013\n",
            &Options { reference_date: Some(date), ..Options::default() },
        )
        .unwrap();
        let r = a.reference_date.unwrap();
        assert_eq!((r.value.as_str(), r.source, r.span), ("2020-01-02", DateSource::Given, None));
    }
}
