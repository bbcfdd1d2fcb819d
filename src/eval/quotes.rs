//! Quotes, scored as `score_quotes.py` does: a prediction matches a gold quote when it
//! covers at least half of the gold quote's characters (its fragments, when it has them),
//! pairs made one to one, greedily by coverage then Jaccard; attribution is lenient (same
//! name, or one a token suffix of the other, honorifics and possessives dropped); end to
//! end counts matched pairs with the right speaker. With `kinds`, only gold quotes of
//! those kinds count, and a prediction that matches none of them but lies mostly inside
//! gold quotes of other kinds is ignored.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{GoldDoc, Prf};
use crate::analysis::Analysis;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub speaker_aliases: Vec<String>,
    #[serde(default)]
    pub fragments: Option<Vec<(usize, usize)>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteScore {
    pub overlap: Prf,
    pub e2e: Prf,
    /// Lenient attribution accuracy over matched pairs whose gold speaker is named.
    pub attribution: f64,
    /// The same over the pairs whose `speaker_confidence` is above 0.8 (a figure of newslens's
    /// own: the Python scorer has none), and how many those are.
    pub confident_attribution: f64,
    pub confident: usize,
    /// Recall per gold kind: (gold, overlap-matched, end-to-end).
    pub recall_by_kind: BTreeMap<String, (usize, usize, usize)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteScores {
    pub all: QuoteScore,
    pub direct: QuoteScore,
}

/// A quote's characters: the union of its fragments, or its span.
fn chars(span: (usize, usize), fragments: &[(usize, usize)]) -> HashSet<usize> {
    if fragments.is_empty() {
        (span.0..span.1).collect()
    } else {
        fragments.iter().flat_map(|&(a, b)| a..b).collect()
    }
}

const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "rev",
    "sir", "dame", "lord", "lady",
];

/// The scorer's name tokens: lowercase, possessives and leading honorifics and "the" dropped.
fn name_tokens(s: &str) -> Vec<String> {
    let s = s.replace(['’', '`'], "'").to_lowercase();
    // Drop "'s" at the end of a word.
    let mut cleaned = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\''
            && chars.get(i + 1) == Some(&'s')
            && !chars.get(i + 2).is_some_and(|c| c.is_alphanumeric() || *c == '_')
        {
            i += 2;
            continue;
        }
        cleaned.push(chars[i]);
        i += 1;
    }
    let mut toks: Vec<String> = cleaned
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '\'' || c == '-'))
        .map(|t| t.trim_matches(|c| c == '\'' || c == '.' || c == '-').to_string())
        .filter(|t| !t.is_empty())
        .collect();
    while toks.first().is_some_and(|t| HONORIFICS.contains(&t.trim_end_matches('.')) || t == "the")
    {
        toks.remove(0);
    }
    toks
}

fn lenient_eq(a: &str, b: &str) -> bool {
    let (ta, tb) = (name_tokens(a), name_tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return false;
    }
    let n = ta.len().min(tb.len());
    ta[ta.len() - n..] == tb[tb.len() - n..]
}

fn speaker_ok(gold: &GoldQuote, predicted: Option<&str>) -> bool {
    let predicted = predicted.filter(|p| !p.is_empty());
    match (&gold.speaker, predicted) {
        (None, p) => p.is_none(),
        (Some(_), None) => false,
        (Some(g), Some(p)) => {
            std::iter::once(g).chain(&gold.speaker_aliases).any(|c| lenient_eq(c, p))
        }
    }
}

struct Pred {
    span: (usize, usize),
    chars: HashSet<usize>,
    speaker: Option<String>,
    /// `speaker_confidence` in percent.
    confidence: Option<u8>,
}

/// Greedy one-to-one pairs (gold, predicted) covering at least half the gold characters.
fn pair(
    gold: &[HashSet<usize>],
    gold_spans: &[(usize, usize)],
    pred: &[Pred],
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (pi, p) in pred.iter().enumerate() {
        for (gi, g) in gold.iter().enumerate() {
            let (gs, ge) = gold_spans[gi];
            if p.span.1 <= gs || p.span.0 >= ge || g.is_empty() {
                continue;
            }
            let inter = p.chars.intersection(g).count();
            let cov = inter as f64 / g.len() as f64;
            if cov >= 0.5 {
                let jac = inter as f64 / (g.len() + p.chars.len() - inter) as f64;
                candidates.push((cov, jac, gi, pi));
            }
        }
    }
    candidates.sort_by(|a, b| {
        b.0.total_cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3))
    });
    let (mut used_g, mut used_p, mut out) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, _, gi, pi) in candidates {
        if used_g.contains(&gi) || used_p.contains(&pi) {
            continue;
        }
        used_g.insert(gi);
        used_p.insert(pi);
        out.push((gi, pi));
    }
    out
}

fn score_kinds(gold: &[GoldDoc], analyses: &[Analysis], kinds: Option<&[&str]>) -> QuoteScore {
    let (mut n_gold, mut n_pred, mut overlap, mut e2e, mut named, mut named_ok) =
        (0, 0, 0, 0, 0, 0);
    let (mut confident, mut confident_ok) = (0, 0);
    let mut by_kind: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (doc, analysis) in gold.iter().zip(analyses) {
        let mut pred: Vec<Pred> = analysis
            .quotes
            .iter()
            .filter(|q| q.end > q.start)
            .map(|q| {
                let frags: Vec<(usize, usize)> =
                    q.fragments.iter().map(|f| (f.start, f.end)).collect();
                let speaker = q
                    .speaker_name
                    .clone()
                    .or_else(|| q.speaker_mention.as_ref().map(|m| m.text.clone()));
                Pred {
                    span: (q.start, q.end),
                    chars: chars((q.start, q.end), &frags),
                    speaker,
                    confidence: q.speaker_confidence.map(|c| c.percent()),
                }
            })
            .collect();
        let kept: Vec<&GoldQuote> = doc
            .quotes
            .iter()
            .filter(|q| kinds.is_none_or(|k| q.kind.as_deref().is_some_and(|x| k.contains(&x))))
            .collect();
        let gold_chars: Vec<HashSet<usize>> = kept
            .iter()
            .map(|q| chars((q.start, q.end), q.fragments.as_deref().unwrap_or(&[])))
            .collect();
        let gold_spans: Vec<(usize, usize)> = kept.iter().map(|q| (q.start, q.end)).collect();
        if kinds.is_some() {
            let matched: HashSet<usize> =
                pair(&gold_chars, &gold_spans, &pred).into_iter().map(|(_, p)| p).collect();
            let excluded: HashSet<usize> = doc
                .quotes
                .iter()
                .filter(|q| !kept.iter().any(|k| std::ptr::eq(*k, *q)))
                .flat_map(|q| chars((q.start, q.end), q.fragments.as_deref().unwrap_or(&[])))
                .collect();
            let mut i = 0;
            pred.retain(|p| {
                let keep = matched.contains(&i)
                    || p.chars.is_empty()
                    || (p.chars.intersection(&excluded).count() as f64) / (p.chars.len() as f64)
                        < 0.5;
                i += 1;
                keep
            });
        }
        n_gold += kept.len();
        n_pred += pred.len();
        for q in &kept {
            by_kind.entry(q.kind.clone().unwrap_or_else(|| "?".into())).or_default().0 += 1;
        }
        for (gi, pi) in pair(&gold_chars, &gold_spans, &pred) {
            let g = kept[gi];
            let ok = speaker_ok(g, pred[pi].speaker.as_deref());
            overlap += 1;
            e2e += ok as usize;
            if g.speaker.is_some() {
                named += 1;
                named_ok += ok as usize;
                if pred[pi].confidence.is_some_and(|c| c > 80) {
                    confident += 1;
                    confident_ok += ok as usize;
                }
            }
            let k = by_kind.entry(g.kind.clone().unwrap_or_else(|| "?".into())).or_default();
            k.1 += 1;
            k.2 += ok as usize;
        }
    }
    QuoteScore {
        overlap: Prf::new(overlap, n_pred, n_gold),
        e2e: Prf::new(e2e, n_pred, n_gold),
        attribution: if named > 0 { named_ok as f64 / named as f64 } else { 0.0 },
        confident_attribution: if confident > 0 {
            confident_ok as f64 / confident as f64
        } else {
            0.0
        },
        confident,
        recall_by_kind: by_kind,
    }
}

/// Scores `analyses` (code-point offsets, in the order of `gold`): all kinds, and direct only.
pub fn score(gold: &[GoldDoc], analyses: &[Analysis]) -> QuoteScores {
    QuoteScores {
        all: score_kinds(gold, analyses, None),
        direct: score_kinds(gold, analyses, Some(&["direct"])),
    }
}

impl fmt::Display for QuoteScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: f64| 100.0 * x;
        for (name, s) in [("quotes (all kinds)", &self.all), ("quotes (direct)", &self.direct)] {
            writeln!(f, "{name}")?;
            for (m, p) in [("overlap", &s.overlap), ("end-to-end", &s.e2e)] {
                writeln!(
                    f,
                    "  {m:<11} P {:5.1}  R {:5.1}  F1 {:5.1}",
                    pct(p.p),
                    pct(p.r),
                    pct(p.f1)
                )?;
            }
            writeln!(f, "  attribution (lenient) {:5.1}", pct(s.attribution))?;
            writeln!(
                f,
                "  attribution, speaker_confidence above 0.8 {:5.1} (of {})",
                pct(s.confident_attribution),
                s.confident
            )?;
        }
        writeln!(f, "  by gold kind     gold  overlap R  e2e R")?;
        for (k, (g, o, e)) in &self.all.recall_by_kind {
            let r = |n: usize| {
                if *g > 0 {
                    pct(n as f64 / *g as f64)
                } else {
                    0.0
                }
            };
            writeln!(f, "  {k:<14} {g:6}  {:9.1}  {:5.1}", r(*o), r(*e))?;
        }
        Ok(())
    }
}
