//! Named entities, scored as `score_ner.py` does: a predicted mention counts when its
//! start, end and label equal a gold one's (as multisets); "core" leaves MISC out of gold
//! and predictions, "all" keeps it.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{GoldDoc, Prf};
use crate::analysis::{Analysis, EntityKind};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

const ALL: [&str; 4] = ["PERSON", "ORG", "LOC", "MISC"];
const CORE: [&str; 3] = ["PERSON", "ORG", "LOC"];

/// The scorer's label for an entity kind.
pub fn label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PERSON",
        EntityKind::Organization => "ORG",
        EntityKind::Place => "LOC",
        EntityKind::Other => "MISC",
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LabelSet {
    pub exact: Prf,
    pub per_label: BTreeMap<String, Prf>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NerScore {
    pub core: LabelSet,
    pub all: LabelSet,
}

fn score_set(gold: &[GoldDoc], analyses: &[Analysis], labels: &[&str]) -> LabelSet {
    let (mut n_gold, mut n_pred, mut hits) = (0, 0, 0);
    let mut per: BTreeMap<String, (usize, usize, usize)> =
        labels.iter().map(|l| (l.to_string(), (0, 0, 0))).collect();
    for (doc, analysis) in gold.iter().zip(analyses) {
        let mut g: HashMap<(usize, usize, &str), usize> = HashMap::new();
        for e in doc.entities.iter().filter(|e| labels.contains(&e.label.as_str())) {
            *g.entry((e.start, e.end, e.label.as_str())).or_default() += 1;
            per.get_mut(&e.label).unwrap().0 += 1;
            n_gold += 1;
        }
        for e in &analysis.entities {
            let l = label(e.kind);
            if !labels.contains(&l) {
                continue;
            }
            for m in &e.mentions {
                n_pred += 1;
                per.get_mut(l).unwrap().1 += 1;
                if let Some(n) = g.get_mut(&(m.start, m.end, l)).filter(|n| **n > 0) {
                    *n -= 1;
                    hits += 1;
                    per.get_mut(l).unwrap().2 += 1;
                }
            }
        }
    }
    LabelSet {
        exact: Prf::new(hits, n_pred, n_gold),
        per_label: per.into_iter().map(|(l, (g, p, h))| (l, Prf::new(h, p, g))).collect(),
    }
}

/// Scores `analyses` (code-point offsets, in the order of `gold`).
pub fn score(gold: &[GoldDoc], analyses: &[Analysis]) -> NerScore {
    NerScore { core: score_set(gold, analyses, &CORE), all: score_set(gold, analyses, &ALL) }
}

impl fmt::Display for NerScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: f64| 100.0 * x;
        for (name, set) in
            [("entities (PERSON/ORG/LOC)", &self.core), ("entities (with MISC)", &self.all)]
        {
            let e = &set.exact;
            writeln!(
                f,
                "{name}  exact  P {:5.1}  R {:5.1}  F1 {:5.1}",
                pct(e.p),
                pct(e.r),
                pct(e.f1)
            )?;
            for (l, s) in &set.per_label {
                writeln!(
                    f,
                    "  {l:<7} P {:5.1}  R {:5.1}  F1 {:5.1}",
                    pct(s.p),
                    pct(s.r),
                    pct(s.f1)
                )?;
            }
        }
        Ok(())
    }
}
