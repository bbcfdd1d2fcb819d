//! Words beside an underspecified date that say which way it lies from the reference date,
//! whatever the tense of its clause.
//!
//! A deadline lies ahead even in a past-tense sentence: "the offer was extended to Nov. 16",
//! "a dividend payable Dec. 1 to holders of record Nov. 10", "the rule takes effect
//! (effective) Jan. 1", "ahead of the Nov. 8 vote", "with Wednesday's debate approaching",
//! "until March 6", "as soon as Tuesday". "Since March" lies behind. Where no such word stands next to the date,
//! the tense decides ([`super::tense`]).
//!
//! "Until" and "by" set a deadline before a calendar date, but before a weekday they as often
//! end a stretch of the past ("it was not until Tuesday that ...", "by Monday, officials had
//! ..."): a weekday lies within days of the reference date, where the tense is the better
//! guide.

use super::tense::Tense;
use crate::text::{Document, Sentence};

/// How far after the date a word like "approaching" may stand ("Wednesday's debate
/// approaching": the possessive, the noun, then the cue).
const AFTER: usize = 4;

/// The direction the words around tokens `first..end` of `sentence` give, if any;
/// `calendar` when the expression is a calendar date (not a weekday).
pub fn cue(
    doc: &Document,
    sentence: &Sentence,
    first: usize,
    end: usize,
    calendar: bool,
) -> Option<Tense> {
    let at =
        |i: usize| (sentence.tokens.start <= i && i < sentence.tokens.end).then(|| doc.lower(i));
    // A determiner between the cue and the date is the noun's: "ahead of the Nov. 8 vote".
    let skip = matches!(first.checked_sub(1).and_then(at), Some("the" | "its" | "their")) as usize;
    let before = |k: usize| first.checked_sub(k + skip).and_then(at);
    match (before(1), before(2)) {
        // "by the Feb. 2 accord" is an agent, not a deadline.
        (Some("by"), _) if skip == 1 => {}
        (Some("until" | "till" | "by" | "expire" | "expires" | "expiring"), _) if calendar => {
            return Some(Tense::Future)
        }
        (Some("as"), Some("soon" | "early")) if before(3) == Some("as") => {
            return Some(Tense::Future)
        }
        (Some("payable" | "effective"), _)
        | (Some("of"), Some("ahead"))
        | (Some("record"), Some("of")) => return Some(Tense::Future),
        (
            Some("to" | "until" | "till"),
            Some(
                "extended" | "extend" | "extends" | "postponed" | "postpone" | "delayed" | "delay"
                | "moved" | "pushed" | "adjourned" | "deferred" | "rescheduled",
            ),
        ) => return Some(Tense::Future),
        (Some("since"), _) => return Some(Tense::Past),
        _ => {}
    }
    // "Wednesday's ruling": a day whose events are reported has passed, whatever the clause
    // goes on to plan, unless they are still to come ("Wednesday's debate approaching").
    let possessive = !calendar && matches!(at(end), Some("'s" | "’s"));
    (end..end + AFTER)
        .map_while(at)
        .any(|w| matches!(w, "approaching" | "looming"))
        .then_some(Tense::Future)
        .or(possessive.then_some(Tense::Past))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue around the first token of `text` that is `word`.
    fn cue_at(text: &str, word: &str) -> Option<Tense> {
        cue_at_kind(text, word, true)
    }

    fn cue_at_kind(text: &str, word: &str, calendar: bool) -> Option<Tense> {
        let doc = Document::new(text);
        let i = (0..doc.tokens.len()).find(|&i| doc.lower(i) == word).expect("the word is there");
        let s = doc.sentences.iter().find(|s| s.tokens.contains(&i)).unwrap();
        cue(&doc, s, i, i + 1, calendar)
    }

    #[test]
    fn deadlines_lie_ahead_and_since_behind() {
        for (text, at, want) in [
            ("The offer was extended to Friday.", "friday", Some(Tense::Future)),
            ("It is payable December and was approved.", "december", Some(Tense::Future)),
            ("They voted until March.", "march", Some(Tense::Future)),
            ("They met ahead of Tuesday.", "tuesday", Some(Tense::Future)),
            ("They could leave as soon as Tuesday.", "tuesday", Some(Tense::Future)),
            ("With Tuesday's debate approaching, they met.", "tuesday", Some(Tense::Future)),
            ("It has grown since March.", "march", Some(Tense::Past)),
            ("They met on Tuesday.", "tuesday", None),
            ("It was set by the March accord.", "march", None),
            ("They went to Tuesday's market.", "tuesday", None),
        ] {
            assert_eq!(cue_at(text, at), want, "{text}");
        }
        // A weekday's events in the possessive have passed.
        assert_eq!(
            cue_at_kind("They will appeal Tuesday's ruling.", "tuesday", false),
            Some(Tense::Past)
        );
        // Before a weekday, "until" leaves it to the tense.
        assert_eq!(cue_at_kind("It was not until Tuesday that they met.", "tuesday", false), None);
        assert_eq!(
            cue_at_kind("They met ahead of Tuesday.", "tuesday", false),
            Some(Tense::Future)
        );
    }
}
