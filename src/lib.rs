//! # newslens
//!
//! Who is in a news article, what they said, and when things happen — computed locally,
//! in microseconds, from nothing but the article's text.
//!
//! Data flows one way through the stages, each a folder of small files:
//!
//! ```text
//! &str ─► text::Document ─► entities ─► quotes ─► timeline ─► Analysis ─► JSON / JS object
//! ```
//!
//! * [`text`] splits the original text into paragraphs, sentences and tokens, with byte
//!   spans that always point into the original (nothing is rewritten in place).
//! * [`lexicon`] holds the word lists from `data/`, compiled in and parsed once.
//! * [`entities`] finds the people, organisations and places, with titles, clustered.
//! * [`quotes`] finds direct, mixed and reported speech, attributed to speakers.
//! * [`timeline`] finds the article's reference date and every temporal expression, resolved,
//!   with the events they date.
//! * [`sort`] sorts the stages' lists with one compiled sort (the wasm is downloaded).
//! * [`eval`] scores the analyses against gold annotations (`newslens eval`).
//! * [`analysis`] is the public output contract (schema 1) and the conversion of byte offsets
//!   to the unit the caller asked for ([`Offsets`]).
//!
//! The one entry point is [`analyze`]:
//!
//! ```
//! use newslens::{analyze, Options};
//!
//! let text = "Talks set for April 30\nApril 16, 2013\nOfficials met on Monday.";
//! let analysis = analyze(text, &Options::default()).unwrap();
//! assert_eq!(analysis.schema, 1);
//! assert_eq!(analysis.reference_date.unwrap().value, "2013-04-16");
//! ```
//!
//! The command-line tool (`src/main.rs`) and the wasm bindings (`src/wasm.rs`) are thin
//! layers over this function; no logic lives in them.

pub mod analysis;
pub mod batch;
pub mod entities;
pub mod eval;
pub mod lexicon;
pub mod quotes;
pub mod sort;
pub mod text;
pub mod timeline;

mod error;
mod pipeline;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Offsets};
pub use error::Error;
pub use pipeline::{analyze, parse_date, Options, MAX_INPUT_BYTES};
pub use timeline::Date;

/// The version of this crate, as shown by `newslens --version` and the page's footer.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
