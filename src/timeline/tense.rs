//! The tense of the clause around a temporal expression, which decides whether a bare
//! "Tuesday" or "April 30" lies before or after the article's date.
//!
//! The nearest marker in the sentence wins: future markers ("will", "would", "is expected
//! to", "plans to", "next", "upcoming"), past markers ("was", "had", "ago", a verb in
//! "-ed" or an irregular past form such as "said", "met", "began"), present markers ("is",
//! "are", "now"). With none, the tense is unknown and the nearest date is taken.

use crate::text::{Case, Document, Sentence, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// Irregular past-tense verbs common in news.
const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "met",
    "went",
    "came",
    "took",
    "gave",
    "made",
    "held",
    "began",
    "left",
    "found",
    "saw",
    "spoke",
    "won",
    "lost",
    "ran",
    "fell",
    "rose",
    "sent",
    "brought",
    "thought",
    "wrote",
    "became",
    "knew",
    "got",
    "led",
    "paid",
    "sold",
    "built",
    "chose",
    "drove",
    "flew",
    "kept",
    "meant",
    "shot",
    "stood",
    "struck",
    "threw",
    "heard",
    "broke",
    "caught",
    "fought",
    "felt",
    "grew",
    "hit",
    "hung",
    "laid",
    "lay",
    "did",
    "had",
    "was",
    "were",
    "ago",
    "last",
    "earlier",
    "previously",
    "yesterday",
    "sank",
    "swore",
    "spent",
    "sought",
    "taught",
    "wore",
    "woke",
];

/// Words that mark a future (or future-in-the-past) clause.
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "would",
    "'ll",
    "next",
    "upcoming",
    "tomorrow",
    "coming",
    "scheduled",
    "slated",
    "expected",
    "due",
    "plans",
    "plan",
    "planned",
    "intends",
];

const PRESENT: &[&str] = &["is", "are", "am", "now", "currently", "today"];

/// How far from the expression, in tokens, a marker may stand. Nearer markers win anyway;
/// the bound keeps a 10,000-token "sentence" (a list, a table pasted as text) linear.
const WINDOW: usize = 60;

/// The tense around tokens `first..end` (indices into `doc.tokens`) of `sentence`: that of
/// the nearest marker on either side (the one before on a tie).
pub fn tense_at(doc: &Document, sentence: &Sentence, first: usize, end: usize) -> Tense {
    nearest(doc, sentence, first, end, |i| marker(doc, sentence, i))
}

/// Whether token `i` ends a clause: a marker past it belongs to another clause ("he will
/// leave at 4 a.m. Thursday, the minister said").
fn boundary(doc: &Document, i: usize) -> bool {
    matches!(doc.token_text(i), "," | ";" | "--" | "—" | "–")
}

/// The markers of a document's tokens, each worked out once: expressions close together
/// (a list of dates in one sentence) look at the same tokens again and again.
pub struct Markers {
    /// Per token: 0 not yet known, 1 no marker, 2 past, 3 present, 4 future.
    known: Vec<u8>,
}

impl Markers {
    pub fn new(doc: &Document) -> Markers {
        Markers { known: vec![0; doc.tokens.len()] }
    }

    /// [`tense_at`], remembering each token's marker.
    pub fn tense_at(
        &mut self,
        doc: &Document,
        sentence: &Sentence,
        first: usize,
        end: usize,
    ) -> Tense {
        nearest(doc, sentence, first, end, |i| self.marker(doc, sentence, i))
    }

    /// The marker of token `i` of `sentence`, worked out on first use.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn marker(&mut self, doc: &Document, sentence: &Sentence, i: usize) -> Option<Tense> {
        let mut code = self.known[i];
        if code == 0 {
            code = match marker(doc, sentence, i) {
                None => 1,
                Some(Tense::Past) => 2,
                Some(Tense::Present) => 3,
                Some(Tense::Future) => 4,
                Some(Tense::Unknown) => unreachable!("markers are past, present or future"),
            };
            self.known[i] = code;
        }
        match code {
            2 => Some(Tense::Past),
            3 => Some(Tense::Present),
            4 => Some(Tense::Future),
            _ => None,
        }
    }
}

/// The tense of the nearest token `marker` gives one for, within [`WINDOW`] tokens either
/// side; one in the expression's own clause (no [`boundary`] token between) before one that
/// is not.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn nearest(
    doc: &Document,
    sentence: &Sentence,
    first: usize,
    end: usize,
    mut marker: impl FnMut(usize) -> Option<Tense>,
) -> Tense {
    let mut before = None;
    let mut crossed = false;
    let stop = sentence.tokens.start.max(first.min(sentence.tokens.end).saturating_sub(WINDOW));
    let mut i = first.min(sentence.tokens.end);
    while i > stop {
        i -= 1;
        if let Some(t) = marker(i) {
            before = Some((crossed, first - i, t));
            break;
        }
        crossed |= boundary(doc, i);
    }
    let mut after = None;
    crossed = false;
    let from = end.max(sentence.tokens.start);
    for i in from..sentence.tokens.end.min(from.saturating_add(WINDOW)).max(from) {
        if let Some(t) = marker(i) {
            after = Some((crossed, i + 1 - end, t));
            break;
        }
        crossed |= boundary(doc, i);
    }
    match (before, after) {
        (Some((b_out, b, tense)), Some((a_out, a, _))) if (b_out, b) <= (a_out, a) => tense,
        (_, Some((.., tense))) | (Some((.., tense)), None) => tense,
        (None, None) => Tense::Unknown,
    }
}

const IN_FUTURE: u8 = 1;
const IN_PAST: u8 = 2;
const IN_PRESENT: u8 = 4;

/// Which of [`FUTURE`], [`IRREGULAR_PAST`] and [`PRESENT`] list `w` (bits), from one hash
/// lookup rather than a scan of the three lists.
fn listed(w: &str) -> u8 {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u8>> =
        std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (list, bit) in [(FUTURE, IN_FUTURE), (IRREGULAR_PAST, IN_PAST), (PRESENT, IN_PRESENT)] {
            for &w in list {
                *map.entry(w).or_insert(0) |= bit;
            }
        }
        map
    });
    map.get(w).copied().unwrap_or(0)
}

/// The tense token `i` marks, if any.
fn marker(doc: &Document, sentence: &Sentence, i: usize) -> Option<Tense> {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let w = doc.lower(i);
    let next =
        doc.tokens.get(i + 1).filter(|_| i + 1 < sentence.tokens.end).map(|_| doc.lower(i + 1));
    let prev = (i > sentence.tokens.start).then(|| doc.lower(i - 1));
    // A participle after "be" ("is to be held") tells no tense of its own.
    if matches!(prev, Some("be" | "been" | "being")) {
        return None;
    }
    // "next to the embassy" is a place; "a plan", "its plans" are things unless "to" follows.
    if w == "next" && next == Some("to") || matches!(w, "plan" | "plans") && next != Some("to") {
        return None;
    }
    let listed = listed(w);
    // Nor a passive's after "is" or "was" ("the case is heard in May"): the auxiliary
    // tells it ("is expected to" still looks ahead).
    if matches!(prev, Some("is" | "are" | "am" | "was" | "were"))
        && listed & IN_FUTURE == 0
        && (listed & IN_PAST != 0 || is_regular_past(w))
    {
        return None;
    }
    // "due to the strike", "due to its loss": a cause, not a plan.
    if w == "due" && next == Some("to") {
        let after =
            doc.tokens.get(i + 2).filter(|_| i + 2 < sentence.tokens.end).map(|_| doc.lower(i + 2));
        if after.is_some_and(|a| {
            matches!(
                a,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "this"
                    | "that"
                    | "higher"
                    | "lower"
            )
        }) {
            return None;
        }
    }
    Some(if matches!(w, "is" | "are" | "was" | "were") && next == Some("to") {
        // "is to begin", "were to meet": planned.
        Tense::Future
    } else if listed & IN_FUTURE != 0
        || w.ends_with("'ll")
        || w.ends_with("’ll")
        || (w == "going" && next == Some("to"))
        || (w == "set" && next == Some("to"))
    {
        // "scheduled", "expected" and the like mark the future only before "to", "for" or a
        // date's preposition ("expected in December", "due by Friday"), not after "as".
        // "has scheduled a news conference": what it schedules lies ahead too.
        if matches!(w, "scheduled" | "slated" | "expected" | "due" | "planned")
            && !matches!(
                next,
                Some("to" | "for" | "in" | "on" | "by" | "at" | "around" | "before" | "a" | "an")
            )
        {
            Tense::Past
        } else {
            Tense::Future
        }
    } else if listed & IN_PAST != 0
        // A name in "-ed" ("Mohamed", "Ahmed") is no verb.
        || (is_regular_past(w) && (t.case == Case::Lower || i == sentence.tokens.start))
    {
        Tense::Past
    } else if listed & IN_PRESENT != 0 {
        Tense::Present
    } else {
        return None;
    })
}

/// A lowercase word in "-ed" that is most likely a past-tense verb ("reported", "cancelled").
fn is_regular_past(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "need"
                | "speed"
                | "breed"
                | "indeed"
                | "proceed"
                | "succeed"
                | "exceed"
                | "united"
                | "hundred"
                | "red"
                | "bed"
                | "feed"
                | "seed"
                | "weed"
                | "greed"
        )
}
