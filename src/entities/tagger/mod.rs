//! The names tagger: a linear model that reads each stretch of capitalised words (a run, see
//! [`super::runs`]) and tags its tokens B-/I- PERSON, ORG, LOC, MISC or O, with the rules'
//! own reading among its features.
//!
//! The rules know titles, apposition and the word lists well, and fail on what they were
//! never told: a title-case headline, an organisation named by common words, a name the
//! lists lack. The model, trained on a few hundred annotated documents of many genres
//! (`make train`; see `data/README.md` for what it was trained on), weighs the rules' tag
//! against the word itself, its shape, its neighbours and what the article says about it
//! elsewhere ([`features`]). Its tags become the mentions that clustering groups.
//!
//! The model is an averaged structured perceptron (Collins 2002): one weight per feature and
//! tag, one per pair of tags, Viterbi decoding over a run. Weights are quantised to `i8` and
//! features hashed to [`features::BITS`] bits; only the features the training kept are
//! stored, sorted, so a lookup is a binary search.

pub mod features;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use std::ops::Range;
use std::sync::OnceLock;

use crate::analysis::EntityKind;

/// Tags: O, then B- and I- for each kind, in [`KINDS`] order.
pub const TAGS: usize = 9;

/// The kinds, in tag order: tag `1 + 2k` begins a name of kind `k`, `2 + 2k` continues it.
pub const KINDS: [EntityKind; 4] =
    [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Other];

/// The tag that begins a name of `kind`.
pub fn begin(kind: EntityKind) -> u8 {
    1 + 2 * KINDS.iter().position(|&k| k == kind).unwrap_or(3) as u8
}

/// Whether tag `b` may follow tag `a`: an I- tag only continues its own kind.
pub fn allowed(a: usize, b: usize) -> bool {
    b == 0 || b % 2 == 1 || a == b || a + 1 == b
}

/// The shipped weights: empty until a model is trained (then the rules work alone).
static SHIPPED: &[u8] = include_bytes!("../../../data/names_model.bin");

/// A trained model.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Feature hashes, sorted.
    keys: Vec<u32>,
    /// [`TAGS`] weights per key.
    weights: Vec<i8>,
    /// Weight of tag `b` after tag `a`, at `a * TAGS + b`.
    transitions: Vec<i8>,
    /// How much the rules' tag is preferred beyond what the model learned of it, in the
    /// weights' scale. The training genres (fiction, interviews, web forums) are not news,
    /// where the rules are at their best; chosen by the held-out sets (`make train`).
    trust: i16,
}

const MAGIC: &[u8; 4] = b"NLN1";

impl Model {
    /// The shipped model, or `None` when none was shipped.
    pub fn get() -> Option<&'static Model> {
        static MODEL: OnceLock<Option<Model>> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(SHIPPED)).as_ref()
    }

    pub fn new(keys: Vec<u32>, weights: Vec<i8>, transitions: Vec<i8>, trust: i16) -> Model {
        Model { keys, weights, transitions, trust }
    }

    /// Reads a model: the magic, the number of keys (u32 LE), the trust (i16 LE), the
    /// transitions, the keys as varint gaps, the weights. `None` for anything else.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        let rest = b.strip_prefix(MAGIC)?;
        let n = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let trust = i16::from_le_bytes(rest.get(4..6)?.try_into().ok()?);
        let mut at = 6;
        let transitions: Vec<i8> =
            rest.get(at..at + TAGS * TAGS)?.iter().map(|&x| x as i8).collect();
        at += TAGS * TAGS;
        let mut keys = Vec::with_capacity(n);
        let mut last = 0u32;
        for _ in 0..n {
            let (mut v, mut shift) = (0u32, 0);
            loop {
                let byte = *rest.get(at)?;
                at += 1;
                v |= ((byte & 0x7f) as u32).checked_shl(shift)?;
                if byte & 0x80 == 0 {
                    break;
                }
                shift += 7;
            }
            last = last.checked_add(v)?;
            keys.push(last);
        }
        let weights: Vec<i8> = rest.get(at..at + n * TAGS)?.iter().map(|&x| x as i8).collect();
        (at + n * TAGS == rest.len()).then_some(Model { keys, weights, transitions, trust })
    }

    /// The bytes [`Model::from_bytes`] reads.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((self.keys.len() as u32).to_le_bytes());
        out.extend(self.trust.to_le_bytes());
        out.extend(self.transitions.iter().map(|&x| x as u8));
        let mut last = 0u32;
        for &k in &self.keys {
            let mut gap = k - last;
            last = k;
            loop {
                let byte = (gap & 0x7f) as u8;
                gap >>= 7;
                if gap == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
        }
        out.extend(self.weights.iter().map(|&x| x as u8));
        out
    }

    /// The number of features kept.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Adds the weights of `features` to `scores`.
    fn score(&self, features: &[u32], scores: &mut [i32; TAGS]) {
        for f in features {
            if let Ok(k) = self.keys.binary_search(f) {
                for (s, &w) in scores.iter_mut().zip(&self.weights[k * TAGS..(k + 1) * TAGS]) {
                    *s += w as i32;
                }
            }
        }
    }

    /// The best tags for a sequence, given each token's features.
    /// `rule` is the rules' tag of each token: it gets the model's trust on top of its score.
    /// A token marked `outside` is tagged O.
    pub fn decode(&self, features: &[Vec<u32>], rule: &[u8], outside: &[bool]) -> Vec<u8> {
        let emissions: Vec<[i32; TAGS]> = features
            .iter()
            .zip(rule.iter().zip(outside))
            .map(|(f, (&r, &out))| {
                let mut s = [0; TAGS];
                if out {
                    // Beyond any sum of weights: 40 features of at most 127 each.
                    s[1..].fill(-1 << 20);
                    return s;
                }
                self.score(f, &mut s);
                s[r as usize % TAGS] += self.trust as i32;
                s
            })
            .collect();
        viterbi(&emissions, |a, b| self.transitions[a * TAGS + b] as i32)
    }
}

/// The best path through `emissions` under `transition`, as if an O came before the first
/// token; I- tags only where [`allowed`].
pub fn viterbi<S>(emissions: &[[S; TAGS]], transition: impl Fn(usize, usize) -> S) -> Vec<u8>
where
    S: Copy + PartialOrd + std::ops::Add<Output = S>,
{
    if emissions.is_empty() {
        return Vec::new();
    }
    let n = emissions.len();
    let mut best: Vec<[Option<S>; TAGS]> = vec![[None; TAGS]; n];
    let mut back = vec![[0u8; TAGS]; n];
    for b in 0..TAGS {
        if allowed(0, b) {
            best[0][b] = Some(emissions[0][b] + transition(0, b));
        }
    }
    for i in 1..n {
        let before = best[i - 1];
        for b in 0..TAGS {
            let mut top: Option<(S, u8)> = None;
            for (a, prev) in before.iter().enumerate() {
                let Some(prev) = prev.filter(|_| allowed(a, b)) else { continue };
                let s = prev + transition(a, b);
                if top.is_none_or(|(t, _)| s > t) {
                    top = Some((s, a as u8));
                }
            }
            if let Some((s, a)) = top {
                best[i][b] = Some(s + emissions[i][b]);
                back[i][b] = a;
            }
        }
    }
    let mut tag = (0..TAGS)
        .filter_map(|b| best[n - 1][b].map(|s| (s, b)))
        .fold(None, |top: Option<(S, usize)>, (s, b)| match top {
            Some((t, _)) if s <= t => top,
            _ => Some((s, b)),
        })
        .map_or(0, |(_, b)| b);
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = tag as u8;
        tag = back[i][tag] as usize;
    }
    out
}

/// The names in a tagged run: (tokens, kind) for each B- tag and the I- tags after it.
pub fn spans(run: Range<usize>, tags: &[u8]) -> Vec<(Range<usize>, EntityKind)> {
    let mut out: Vec<(Range<usize>, EntityKind)> = Vec::new();
    for (k, &t) in tags.iter().enumerate() {
        let i = run.start + k;
        if t == 0 {
            continue;
        }
        let kind = KINDS[(t as usize - 1) / 2];
        match out.last_mut() {
            Some((r, kd)) if t % 2 == 0 && r.end == i && *kd == kind => r.end = i + 1,
            _ => out.push((i..i + 1, kind)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_reads_back_what_it_wrote() {
        let m = Model::new(
            vec![3, 200, 70_000],
            (0..27).map(|x| x as i8 - 13).collect(),
            (0..81).map(|x| (x % 7) as i8).collect(),
            -300,
        );
        let b = m.to_bytes();
        assert_eq!(Model::from_bytes(&b), Some(m));
        assert_eq!(Model::from_bytes(&b[..b.len() - 1]), None);
        assert_eq!(Model::from_bytes(b"nonsense"), None);
        assert_eq!(Model::from_bytes(&[]), None);
    }

    #[test]
    fn viterbi_keeps_i_tags_after_their_own_b() {
        // I-ORG scores best on its own at the second token, but may not follow B-PER.
        let mut e = [[0i32; TAGS]; 2];
        e[0][1] = 10; // B-PER
        e[1][4] = 10; // I-ORG
        e[1][2] = 6; // I-PER
        assert_eq!(viterbi(&e, |_, _| 0), vec![1, 2]);
        // An I- tag never opens a sequence.
        let e = [[0, 0, 9, 0, 0, 0, 0, 0, 0]];
        assert_ne!(viterbi(&e, |_, _| 0)[0], 2);
    }

    #[test]
    fn spans_join_b_and_its_i_tags() {
        assert_eq!(
            spans(10..15, &[1, 2, 0, 5, 3]),
            vec![
                (10..12, EntityKind::Person),
                (13..14, EntityKind::Place),
                (14..15, EntityKind::Organization)
            ]
        );
    }
}
