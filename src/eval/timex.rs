//! Temporal expressions, scored as TempEval-3 does (and `score_timex.py`): gold and predicted
//! expressions are paired one to one, identical spans first, then by largest overlap; a pair
//! is a *relaxed* match, and a *strict* one if the spans are identical. Value F1 counts
//! relaxed pairs with the same value (compared upper-cased, trimmed).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{GoldDoc, Prf};
use crate::analysis::{Analysis, TimexType};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub value: Option<String>,
}

/// Counts per gold type.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TypeCounts {
    pub gold: usize,
    pub relaxed: usize,
    pub strict: usize,
    pub value: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimexScore {
    pub gold: usize,
    pub predicted: usize,
    pub strict: Prf,
    pub relaxed: Prf,
    pub value: Prf,
    pub type_accuracy: f64,
    pub per_type: BTreeMap<String, TypeCounts>,
}

fn type_name(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// One-to-one pairs (gold index, predicted index): identical spans first, then by overlap.
pub fn pair(gold: &[(usize, usize)], pred: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; pred.len()]);
    for (gi, g) in gold.iter().enumerate() {
        if let Some(pi) = (0..pred.len()).find(|&pi| !used_p[pi] && pred[pi] == *g) {
            pairs.push((gi, pi));
            used_g[gi] = true;
            used_p[pi] = true;
        }
    }
    let mut candidates = Vec::new();
    for (gi, g) in gold.iter().enumerate().filter(|(gi, _)| !used_g[*gi]) {
        for (pi, p) in pred.iter().enumerate().filter(|(pi, _)| !used_p[*pi]) {
            let overlap = g.1.min(p.1) as i64 - g.0.max(p.0) as i64;
            if overlap > 0 {
                candidates.push((-overlap, g.0, p.0, gi, pi));
            }
        }
    }
    candidates.sort();
    for (_, _, _, gi, pi) in candidates {
        if !used_g[gi] && !used_p[pi] {
            pairs.push((gi, pi));
            used_g[gi] = true;
            used_p[pi] = true;
        }
    }
    pairs
}

/// Scores `analyses` (code-point offsets, in the order of `gold`).
pub fn score(gold: &[GoldDoc], analyses: &[Analysis]) -> TimexScore {
    let (mut n_gold, mut n_pred, mut strict, mut relaxed, mut value, mut typ) = (0, 0, 0, 0, 0, 0);
    let mut per_type: BTreeMap<String, TypeCounts> = BTreeMap::new();
    let norm = |v: &str| v.trim().to_uppercase();
    for (doc, analysis) in gold.iter().zip(analyses) {
        let g: Vec<(usize, usize)> = doc.timexes.iter().map(|t| (t.start, t.end)).collect();
        let p: Vec<(usize, usize)> = analysis.timexes.iter().map(|t| (t.start, t.end)).collect();
        n_gold += g.len();
        n_pred += p.len();
        for t in &doc.timexes {
            per_type.entry(t.kind.clone()).or_default().gold += 1;
        }
        for (gi, pi) in pair(&g, &p) {
            let (a, b) = (&doc.timexes[gi], &analysis.timexes[pi]);
            let is_strict = g[gi] == p[pi];
            let value_ok = norm(a.value.as_deref().unwrap_or("")) == norm(&b.value);
            relaxed += 1;
            strict += is_strict as usize;
            value += value_ok as usize;
            typ += (a.kind == type_name(b.kind)) as usize;
            let c = per_type.entry(a.kind.clone()).or_default();
            c.relaxed += 1;
            c.strict += is_strict as usize;
            c.value += value_ok as usize;
        }
    }
    TimexScore {
        gold: n_gold,
        predicted: n_pred,
        strict: Prf::new(strict, n_pred, n_gold),
        relaxed: Prf::new(relaxed, n_pred, n_gold),
        value: Prf::new(value, n_pred, n_gold),
        type_accuracy: if relaxed > 0 { typ as f64 / relaxed as f64 } else { 0.0 },
        per_type,
    }
}

impl fmt::Display for TimexScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: f64| 100.0 * x;
        writeln!(f, "timex  gold {}  predicted {}", self.gold, self.predicted)?;
        for (name, s) in
            [("strict", &self.strict), ("relaxed", &self.relaxed), ("value", &self.value)]
        {
            writeln!(
                f,
                "  {name:<8} P {:5.1}  R {:5.1}  F1 {:5.1}",
                pct(s.p),
                pct(s.r),
                pct(s.f1)
            )?;
        }
        writeln!(f, "  type accuracy {:5.1}", pct(self.type_accuracy))?;
        writeln!(f, "  by gold type   gold  relaxed R  strict R  value R")?;
        for (t, c) in &self.per_type {
            let r = |n: usize| {
                if c.gold > 0 {
                    pct(n as f64 / c.gold as f64)
                } else {
                    0.0
                }
            };
            writeln!(
                f,
                "  {t:<12} {:6}  {:9.1}  {:8.1}  {:7.1}",
                c.gold,
                r(c.relaxed),
                r(c.strict),
                r(c.value)
            )?;
        }
        Ok(())
    }
}
