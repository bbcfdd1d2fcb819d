//! Scoring newslens against gold annotations, as `newslens eval GOLD.jsonl` does.
//!
//! The gold format (described in the README) has one document a line, `{"id", "text", "dct",
//! "entities", "timexes", "quotes"}`, with offsets in code points. [`evaluate`] analyses every
//! text (with its `dct` as the reference date and offsets in code points) and scores each
//! layer with the same matching rules as the Python scorers copied into
//! `tests/fixtures/eval/`; `tests/eval.rs` checks that both give the same figures.

pub mod ner;
pub mod quotes;
pub mod timex;

use serde::{Deserialize, Serialize};

use crate::analysis::{Analysis, Offsets};
use crate::{analyze, parse_date, Options};

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub dct: Option<String>,
    #[serde(default)]
    pub entities: Vec<ner::GoldEntity>,
    #[serde(default)]
    pub timexes: Vec<timex::GoldTimex>,
    #[serde(default)]
    pub quotes: Vec<quotes::GoldQuote>,
}

/// The scores of every layer.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub docs: usize,
    pub chars: usize,
    pub ner: ner::NerScore,
    pub quotes: quotes::QuoteScores,
    pub timex: timex::TimexScore,
}

/// Reads gold JSON Lines.
pub fn read_gold(src: &str) -> Result<Vec<GoldDoc>, String> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("gold line {}: {e}", n + 1)))
        .collect()
}

/// Analyses every gold text and scores the result.
pub fn evaluate(gold: &[GoldDoc]) -> Result<Report, String> {
    let mut analyses = Vec::with_capacity(gold.len());
    for doc in gold {
        let reference_date = doc
            .dct
            .as_deref()
            .map(parse_date)
            .transpose()
            .map_err(|e| format!("{}: {e}", doc.id))?;
        let analysis =
            match analyze(&doc.text, &Options { reference_date, offsets: Offsets::Chars }) {
                Ok(a) => a,
                Err(crate::Error::EmptyText) => Analysis::empty(),
                Err(e) => return Err(format!("{}: {e}", doc.id)),
            };
        analyses.push(analysis);
    }
    Ok(Report {
        docs: gold.len(),
        chars: gold.iter().map(|d| d.text.chars().count()).sum(),
        ner: ner::score(gold, &analyses),
        quotes: quotes::score(gold, &analyses),
        timex: timex::score(gold, &analyses),
    })
}

/// Precision, recall and F1 of `hits` among `predicted` and `gold` items.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    pub hits: usize,
}

impl Prf {
    pub fn new(hits: usize, predicted: usize, gold: usize) -> Prf {
        let p = if predicted > 0 { hits as f64 / predicted as f64 } else { 0.0 };
        let r = if gold > 0 { hits as f64 / gold as f64 } else { 0.0 };
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        Prf { p, r, f1, hits }
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{} documents, {} characters", self.docs, self.chars)?;
        write!(f, "{}{}{}", self.ner, self.quotes, self.timex)
    }
}
