//! Time: the article's reference date, temporal expressions and the timeline.
//!
//! For now this stage finds the **reference date** ([`reference`]): the publication date
//! that relative expressions ("Monday", "last month") resolve against, from a date line —
//! a paragraph that is only a date, as news pages print under the headline or at the end.
//! The date line is itself a temporal expression, and is reported as one.

pub mod reference;

pub use reference::{find_reference_date, DateLine};
