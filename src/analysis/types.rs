//! The schema-1 output types.
//!
//! Field names and meanings are fixed by the schema: fields may be added, none may change
//! meaning without a new [`SCHEMA`] number.

use serde::{Deserialize, Serialize};

use super::Id;
use crate::timeline::Date;

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// The schema number every [`Analysis`] carries.
pub const SCHEMA: u32 = 1;

/// A piece of the input text: `text` always equals the input sliced at `start..end`
/// in the offset unit named by [`Analysis::offsets`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Everything newslens found in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct Analysis {
    /// Always [`SCHEMA`].
    pub schema: u32,
    /// The unit of every `start` and `end` in this analysis.
    pub offsets: super::Offsets,
    /// The date the article's relative expressions ("Monday", "last month") resolve against.
    pub reference_date: Option<ReferenceDate>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub timexes: Vec<Timex>,
    /// Dated events, sorted by `range.from`, then by position in the text.
    pub timeline: Vec<TimelineEntry>,
}

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Found in the article (a date line, a dateline, "Published ...").
    Text,
    /// Given by the caller (`--reference-date`, the page's date field, a batch line's `dct`).
    Given,
    /// Inferred from the article, which has no date line: a "Published" stamp, a dateline
    /// without a year and the years the text mentions, its latest full date, weekday–date
    /// pairs (`evidence` lists the spans).
    Inferred,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct ReferenceDate {
    /// `YYYY-MM-DD`.
    pub value: String,
    pub source: DateSource,
    /// Where in the text the date was found (`null` when it was given); for an inferred
    /// date, its strongest evidence.
    pub span: Option<Span>,
    /// Every span an inferred date rests on, the strongest first (empty otherwise).
    pub evidence: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// One person, organisation, place or other named thing, with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct Entity {
    /// `e1`, `e2`, ... in order of first mention.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub id: Id,
    pub kind: EntityKind,
    /// The fullest form of the name in the article.
    pub name: String,
    /// Roles the article gives it ("Deputy Defense Minister").
    pub titles: Vec<String>,
    /// Each mention is the name alone: no leading "the", no title, no possessive "'s".
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// All inside quotation marks.
    Direct,
    /// A reported clause with a quoted part.
    Mixed,
    /// Reported speech: "X said (that) ...", "according to X, ...".
    Indirect,
}

/// Something someone said or wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct Quote {
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub id: Id,
    pub kind: QuoteKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The quoted parts; a quote split around its attribution has two.
    pub fragments: Vec<Span>,
    /// The id of the speaking entity, when the speaker is named in the article.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub speaker: Option<Id>,
    /// How sure the attribution to `speaker` is, 0 to 1, by how the speaker was found (a
    /// name in the attribution, a pronoun's antecedent, the quote before): null when
    /// `speaker` is null. Of attributions above 0.8, nine in ten or more are right.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number | null"))]
    pub speaker_confidence: Option<super::Confidence>,
    /// The speaker as the article names it (also for unnamed sources: "officials").
    pub speaker_name: Option<String>,
    pub speaker_mention: Option<Span>,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "lowercase")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// A calendar interval, both ends inclusive, each written `YYYY-MM-DD`. Held as [`Date`]s
/// rather than strings: a text of dates has two ranges a date (its timex's and its timeline
/// entry's), and four strings each would be a quarter of the memory of the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct DateRange {
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub from: Date,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub to: Date,
}

/// A temporal expression, normalised as TIMEX3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct Timex {
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub id: Id,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value: `2013-04-16`, `2013-W16`, `P2Y`, `PRESENT_REF`, ...
    pub value: String,
    /// The TIMEX3 modifier: `END`, `START`, `APPROX`, ...
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// The calendar interval a timeline places it on (`null` for durations and the like).
    pub range: Option<DateRange>,
}

/// A dated event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct TimelineEntry {
    /// The id of the [`Timex`] that dates it.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub timex: Id,
    pub range: DateRange,
    /// The clause the expression dates.
    pub event: Option<Span>,
    /// Ids of the entities involved in the event.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string[]"))]
    pub entities: Vec<Id>,
}

impl Analysis {
    /// An analysis with nothing found yet, in byte offsets.
    pub fn empty() -> Analysis {
        Analysis {
            schema: SCHEMA,
            offsets: super::Offsets::Utf8,
            reference_date: None,
            entities: Vec::new(),
            quotes: Vec::new(),
            timexes: Vec::new(),
            timeline: Vec::new(),
        }
    }

    /// Calls `f` on every offset in the analysis, in no particular order.
    pub fn for_each_offset(&mut self, mut f: impl FnMut(&mut usize)) {
        let span = |s: &mut Span, f: &mut dyn FnMut(&mut usize)| {
            f(&mut s.start);
            f(&mut s.end);
        };
        if let Some(r) = self.reference_date.as_mut() {
            for s in r.span.iter_mut().chain(&mut r.evidence) {
                span(s, &mut f);
            }
        }
        for e in &mut self.entities {
            for m in &mut e.mentions {
                span(m, &mut f);
            }
        }
        for q in &mut self.quotes {
            f(&mut q.start);
            f(&mut q.end);
            for s in q.fragments.iter_mut().chain(&mut q.speaker_mention).chain(&mut q.cue) {
                span(s, &mut f);
            }
        }
        for t in &mut self.timexes {
            f(&mut t.start);
            f(&mut t.end);
        }
        for t in &mut self.timeline {
            if let Some(s) = t.event.as_mut() {
                span(s, &mut f);
            }
        }
    }

    /// Rewrites every offset, now in bytes of `text`, into `unit`.
    ///
    /// `text` must be the text the analysis was made from, and the analysis must still be
    /// in byte offsets (as the pipeline builds it); every offset must lie on a character
    /// boundary, which the pipeline guarantees.
    pub fn convert_offsets(&mut self, text: &str, unit: super::Offsets) {
        debug_assert_eq!(self.offsets, super::Offsets::Utf8);
        // In ASCII text every unit is a byte: nothing to convert.
        if unit != super::Offsets::Utf8 && !text.is_ascii() {
            let index = super::OffsetIndex::new(text, unit);
            self.for_each_offset(|o| *o = index.convert(*o));
        }
        self.offsets = unit;
    }
}
