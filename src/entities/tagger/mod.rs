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
//! The model is an averaged structured perceptron (Collins 2002), the average of several
//! trained in different orders: one weight per feature and tag, one per pair of tags,
//! Viterbi decoding over a run, and a fixed preference for the rules' tag (the model's
//! `trust`: the training genres are not news, where the rules are best), by what the rules
//! based their tag on: a listed name or a title is worth trusting, clustering's guess at a
//! name no list knows is not. Weights are
//! quantised to `i8` and features hashed to [`features::BITS`] bits; only the features the
//! training kept are stored, and a bit per possible hash finds each one's weights in O(1).
//! A run that is only a sentence's opening function word ("The", "But") is never read: no
//! name, and the commonest run of all.

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

/// Which feature hashes a model keeps, and where each one's weights are: a bit per possible
/// hash, and the count of bits set before each 64-bit word (rank in O(1); 192 KB for 20 bits).
/// A binary search over the keys was a tenth of the whole analysis.
#[derive(Debug, Clone, PartialEq)]
struct Index {
    bits: Vec<u64>,
    before: Vec<u32>,
}

impl Index {
    /// From sorted keys, each below `1 << BITS`.
    fn new(keys: &[u32]) -> Index {
        let words = (1usize << features::BITS) / 64;
        let mut bits = vec![0u64; words];
        // (A key past the bits is never found: Model::from_bytes refuses such a model.)
        for &k in keys {
            if let Some(w) = bits.get_mut(k as usize / 64) {
                *w |= 1 << (k % 64);
            }
        }
        let mut before = Vec::with_capacity(words);
        let mut n = 0;
        for w in &bits {
            before.push(n);
            n += w.count_ones();
        }
        Index { bits, before }
    }

    /// The position of `key` among the keys.
    #[inline]
    fn find(&self, key: u32) -> Option<usize> {
        let (w, b) = (key as usize / 64, key % 64);
        let word = *self.bits.get(w)?;
        (word >> b & 1 == 1)
            .then(|| self.before[w] as usize + (word & ((1u64 << b) - 1)).count_ones() as usize)
    }
}

/// A trained model.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Feature hashes, sorted.
    keys: Vec<u32>,
    index: Index,
    /// [`TAGS`] weights per key.
    weights: Vec<i8>,
    /// Weight of tag `b` after tag `a`, at `a * TAGS + b`.
    transitions: Vec<i8>,
    /// How much the rules' tag is preferred beyond what the model learned of it, in the
    /// weights' scale, by the rules' evidence for it (see [`crate::entities::rule_tags`]).
    /// The training genres (fiction, interviews, web forums) are not news, where the rules
    /// are at their best; chosen by the held-out sets (`make train`).
    trust: Trust,
}

/// The number of kinds of evidence for a rules' tag: 0 for O, then 1 to 4 (a listed name,
/// a title, the lists' kind of its words, clustering's decision).
pub const EVIDENCE: usize = 5;

/// The preference for the rules' tag by its evidence.
pub type Trust = [i16; EVIDENCE];

const MAGIC: &[u8; 4] = b"NLN2";

impl Model {
    /// The shipped model, or `None` when none was shipped.
    pub fn get() -> Option<&'static Model> {
        static MODEL: OnceLock<Option<Model>> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(SHIPPED)).as_ref()
    }

    /// `keys` sorted, each below `1 << features::BITS`, with [`TAGS`] weights each.
    pub fn new(keys: Vec<u32>, weights: Vec<i8>, transitions: Vec<i8>, trust: Trust) -> Model {
        let index = Index::new(&keys);
        Model { keys, index, weights, transitions, trust }
    }

    /// Reads a model: the magic, the number of keys (u32 LE), the trust ([`EVIDENCE`] i16
    /// LE), the transitions, the keys as varint gaps, the weights. `None` for anything else.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        let rest = b.strip_prefix(MAGIC)?;
        let n = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let mut at = 4;
        let mut trust = [0i16; EVIDENCE];
        for t in &mut trust {
            *t = i16::from_le_bytes(rest.get(at..at + 2)?.try_into().ok()?);
            at += 2;
        }
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
            // Sorted and distinct: a gap of 0 after the first key is not a model's.
            if v == 0 && !keys.is_empty() {
                return None;
            }
            keys.push(last);
        }
        let weights: Vec<i8> = rest.get(at..at + n * TAGS)?.iter().map(|&x| x as i8).collect();
        let fits = keys.last().is_none_or(|&k| k < 1 << features::BITS);
        (fits && at + n * TAGS == rest.len()).then(|| Model::new(keys, weights, transitions, trust))
    }

    /// The bytes [`Model::from_bytes`] reads.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((self.keys.len() as u32).to_le_bytes());
        out.extend(self.trust.iter().flat_map(|t| t.to_le_bytes()));
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
            if let Some(k) = self.index.find(*f) {
                for (s, &w) in scores.iter_mut().zip(&self.weights[k * TAGS..(k + 1) * TAGS]) {
                    *s += w as i32;
                }
            }
        }
    }

    /// The best tags for a run, into `d.tags`, given each token's features. `rule` is the
    /// rules' tag of each token and `evidence` what it rests on: the tag gets the model's
    /// trust for that evidence on top of its score. A token that is `outside` every name is
    /// tagged O.
    pub fn decode(
        &self,
        features: &[Vec<u32>],
        rule: &[u8],
        evidence: &[u8],
        outside: impl Fn(usize) -> bool,
        d: &mut Decoder,
    ) {
        d.emissions.clear();
        for (k, (f, &r)) in features.iter().zip(rule).enumerate() {
            let mut s = [0; TAGS];
            if outside(k) {
                // Beyond any sum of weights: 60 features of at most 127 each.
                s[1..].fill(-1 << 20);
            } else {
                self.score(f, &mut s);
                let trust = self.trust.get(evidence[k] as usize).copied().unwrap_or(0);
                s[r as usize % TAGS] += trust as i32;
            }
            d.emissions.push(s);
        }
        viterbi_into(
            &d.emissions,
            |a, b| self.transitions[a * TAGS + b] as i32,
            &mut d.best,
            &mut d.back,
            &mut d.tags,
        );
    }
}

/// Buffers for [`Model::decode`], kept from one run to the next (a run is a few tokens, and
/// allocating for each was a tenth of the tagger's time).
#[derive(Debug, Default)]
pub struct Decoder {
    emissions: Vec<[i32; TAGS]>,
    best: Vec<[Option<i32>; TAGS]>,
    back: Vec<[u8; TAGS]>,
    /// The tags of the last run decoded.
    pub tags: Vec<u8>,
}

/// The best path through `emissions` under `transition`, as if an O came before the first
/// token; I- tags only where [`allowed`].
pub fn viterbi<S>(emissions: &[[S; TAGS]], transition: impl Fn(usize, usize) -> S) -> Vec<u8>
where
    S: Copy + PartialOrd + std::ops::Add<Output = S>,
{
    let mut out = Vec::new();
    viterbi_into(emissions, transition, &mut Vec::new(), &mut Vec::new(), &mut out);
    out
}

/// [`viterbi`] into `out`, with buffers the caller keeps.
fn viterbi_into<S>(
    emissions: &[[S; TAGS]],
    transition: impl Fn(usize, usize) -> S,
    best: &mut Vec<[Option<S>; TAGS]>,
    back: &mut Vec<[u8; TAGS]>,
    out: &mut Vec<u8>,
) where
    S: Copy + PartialOrd + std::ops::Add<Output = S>,
{
    out.clear();
    if emissions.is_empty() {
        return;
    }
    let n = emissions.len();
    best.clear();
    best.resize(n, [None; TAGS]);
    back.clear();
    back.resize(n, [0u8; TAGS]);
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
    out.resize(n, 0);
    for i in (0..n).rev() {
        out[i] = tag as u8;
        tag = back[i][tag] as usize;
    }
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
            [-300, 0, 150, 7, 1],
        );
        let b = m.to_bytes();
        assert_eq!(Model::from_bytes(&b), Some(m));
        assert_eq!(Model::from_bytes(&b[..b.len() - 1]), None);
        assert_eq!(Model::from_bytes(b"nonsense"), None);
        assert_eq!(Model::from_bytes(&[]), None);
    }

    #[test]
    fn the_index_finds_each_key_and_nothing_else() {
        let keys = vec![0, 3, 63, 64, 200, 70_000, 70_001, (1 << features::BITS) - 1];
        let index = Index::new(&keys);
        for (n, &k) in keys.iter().enumerate() {
            assert_eq!(index.find(k), Some(n), "key {k}");
        }
        for k in [1, 62, 65, 199, 69_999, 1 << features::BITS, u32::MAX] {
            assert_eq!(index.find(k), None, "key {k}");
        }
        // A key past the hash's bits, or one written twice, is no model.
        let bad = Model::new(vec![1, 1 << features::BITS], vec![0; 18], vec![0; 81], [0; EVIDENCE]);
        assert_eq!(Model::from_bytes(&bad.to_bytes()), None);
        let twice = Model::new(vec![5, 5], vec![0; 18], vec![0; 81], [0; EVIDENCE]);
        assert_eq!(Model::from_bytes(&twice.to_bytes()), None);
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
