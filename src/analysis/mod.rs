//! The public output contract, schema 1 (the README has a summary of its fields).
//!
//! Stages build an [`Analysis`] whose spans are **byte** offsets into the original text.
//! The last step of the pipeline, [`Analysis::convert_offsets`], rewrites every `start` and
//! `end` into the unit the caller asked for ([`Offsets`]): UTF-16 code units (what JavaScript's
//! `String.slice` counts), Unicode code points, or bytes.
//!
//! Every type here is `serde`-serialisable; on wasm32 each also derives `tsify::Tsify`, so the
//! TypeScript declarations in `www/pkg/newslens.d.ts` are generated from these definitions.

mod as_string;
mod confidence;
mod id;
pub mod invariants;
mod offsets;
mod types;

pub(crate) use as_string::string_serde;
pub use confidence::Confidence;
pub use id::{Id, InvalidId};
pub use offsets::{OffsetIndex, Offsets};
pub use types::*;
