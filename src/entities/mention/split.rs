//! One run, two names.
//!
//! Capitalised words in a row may be two names side by side: joined by "of" or "for" ("Wu
//! Chi-wai of the Democratic Party"), written one after the other in a caption ("United
//! States | Hamdullah Mohib"), or a nationality or place before a title ("Russian | Deputy
//! Defense Minister | Anatoly Antonov"). These rules find the seam; the caller reads each
//! side as a run of its own. Organisations whose names hold "of" ("Bank of England") stay
//! whole.

use std::ops::Range;

use super::{Context, Mention};
use crate::analysis::EntityKind;
use crate::lexicon::{self, TitleKind};
use crate::text::Case;

/// The most words the first of two names side by side may have ([`Context::second_name_start`]):
/// more than any listed place or organisation, or any written in news.
const LONGEST_FIRST_NAME: usize = 12;

impl Context<'_> {
    /// A second "of" before a place ends the first name: "University of Sheffield | of the
    /// | UK". The two names, without the "of" and its "the".
    pub(super) fn split_before_second_of(
        &self,
        r: Range<usize>,
    ) -> Option<(Range<usize>, Range<usize>)> {
        let names = &lexicon::get().names;
        let (a, b) = (r.start, r.end);
        let ofs: Vec<usize> = (a + 1..b).filter(|&j| self.text(j) == "of").collect();
        if let [.., first, last] = ofs[..] {
            let k = self.skip_the(last + 1..b);
            if k < b && last > first + 1 && names.place(self.span_text(&(k..b))).is_some() {
                return Some((a..last, k..b));
            }
        }
        None
    }

    /// "Wu Chi-wai of the Democratic Party", "Michael Tien of NPP", "Ann Lee for Food
    /// Standards Australia": a person, or a name before "of"/"for" and an organisation or
    /// place, are two names; unless the first word heads an organisation ("University of
    /// Texas", "Bank of England"), an organisation's word ends the left side ("Medical
    /// Journal of Australia"), or a title does ("Secretary of State").
    pub(super) fn split_at_of(&self, r: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
        let names = &lexicon::get().names;
        let (a, b) = (r.start, r.end);
        let j = (a + 1..b).find(|&j| matches!(self.text(j), "of" | "for"))?;
        let right = self.skip_the(j + 1..b)..b;
        let right_is_org = !right.is_empty()
            && (self.organization(right.clone()).is_some()
                || names.place(self.span_text(&right)).is_some()
                || (right.len() == 1 && self.doc.tokens[right.start].case == Case::Upper));
        let left_is_person = self.reads_as_person(a..j);
        // An organisation's word before "of" keeps the name whole too: "Medical Journal of
        // Australia", "Food Standards of Australia", "Comic Corps of Canada".
        let left_is_org = names.org_word(self.text(j - 1)).suffix && !left_is_person;
        ((right_is_org || left_is_person)
            && !right.is_empty()
            && !names.org_word(self.text(a)).head
            && !left_is_org
            && names.title(self.text(j - 1)).is_none())
        .then_some((a..j, right))
    }

    /// Whether `r`, the left side of "of"/"for", reads as a person's name: two or three words
    /// opening with a given name or a surname, or ending with a surname.
    fn reads_as_person(&self, r: Range<usize>) -> bool {
        let names = &lexicon::get().names;
        (2..=3).contains(&r.len())
            && (names.first_name(self.text(r.start)).is_some()
                || names.is_surname(self.text(r.start))
                || names.is_surname(self.text(r.end - 1)))
    }

    /// A leading nationality, group or place before a title or another name comes off the
    /// front: an adjective ("Russian Deputy ...") names no entity of its own, a place before
    /// a title ("Texas Governor Jane Roe") is a mention of the place, pushed to `out`.
    /// Returns where the rest starts.
    pub(super) fn split_off_nationality(&self, r: Range<usize>, out: &mut Vec<Mention>) -> usize {
        let names = &lexicon::get().names;
        let (mut a, b) = (r.start, r.end);
        while b - a >= 2 {
            let w = self.text(a);
            let demonym = names.demonym(w).is_some() || names.is_group(w);
            let place_before_title =
                names.place(w).is_some() && names.title(self.text(a + 1)).is_some() && b - a >= 3;
            if demonym {
                // Nothing to push: the adjective only goes.
            } else if place_before_title {
                out.push(Mention {
                    tokens: a..a + 1,
                    kind: Some(EntityKind::Place),
                    canonical: names.place(w).map(|p| p.canonical),
                    title: None,
                });
            } else {
                break;
            }
            a += 1;
        }
        a
    }

    /// Whether `r` opens with title words of which one names a role: then a second name
    /// inside it is the person the title belongs to, not a name of its own. ("Refugee" in
    /// "Refugee Council" is a modifier of titles, not a role.)
    pub(super) fn opens_with_role(&self, r: Range<usize>) -> bool {
        let names = &lexicon::get().names;
        r.take_while(|&i| names.title(self.text(i)).is_some())
            .any(|i| names.title(self.text(i)) == Some(TitleKind::Person))
    }

    /// Where a second name starts inside `r` (two names side by side, as in captions):
    /// after the longest listed place or organisation that opens it ("United States |
    /// Hamdullah Mohib", "State Department | Spokesperson Jeff Rathke").
    ///
    /// The second name must be two words or more, or open with a title: "Jordan Peterson"
    /// and "Paris Hilton" stay whole, as does a listed place ("New York City").
    pub(super) fn second_name_start(&self, r: Range<usize>) -> Option<usize> {
        let names = &lexicon::get().names;
        // Nor is an event named after its organiser: "Google Science Fair".
        if names.place(self.span_text(&r)).is_some() || names.is_event_word(self.text(r.end - 1)) {
            return None;
        }
        // The first name is a listed place or organisation, or one by its words: a few words
        // at most. Only so many are tried, so that a long run (a table's column of codes, with
        // no sentence break) costs its length, not its square.
        let longest = r.end.min(r.start + 1 + LONGEST_FIRST_NAME);
        (r.start + 1..longest).rev().find(|&k| {
            let left = r.start..k;
            let left_is_name = self.organization(left.clone()).is_some()
                || names.place(self.span_text(&left)).is_some();
            let right_is_name =
                r.end - k >= 2 || names.title(self.text(k)) == Some(TitleKind::Person);
            left_is_name
                && right_is_name
                && !matches!(self.text(k - 1), "of" | "for")
                && !matches!(self.text(k), "of" | "for")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::span;
    use super::*;
    use crate::text::Document;

    #[test]
    fn a_second_of_before_a_place_ends_the_first_name() {
        let doc = Document::new("Institute of Marine Studies of the Norway and Bank of Norway");
        let cx = Context::new(&doc);
        let r = span(&doc, "Institute of Marine Studies of the Norway");
        assert_eq!(cx.split_before_second_of(r), Some((0..4, 6..7)));
        assert_eq!(cx.split_before_second_of(span(&doc, "Bank of Norway")), None);
    }

    #[test]
    fn a_person_of_an_organisation_is_two_names() {
        let doc = Document::new("Anna Weber of the Fisheries Authority, University of Bergen");
        let cx = Context::new(&doc);
        let r = span(&doc, "Anna Weber of the Fisheries Authority");
        assert_eq!(cx.split_at_of(r), Some((0..2, 4..6)));
        // An organisation's head word before "of" keeps the name whole.
        assert_eq!(cx.split_at_of(span(&doc, "University of Bergen")), None);
    }

    #[test]
    fn a_title_or_an_organisation_word_before_of_keeps_the_name_whole() {
        let doc = Document::new("Secretary of Norway, Fisheries Authority of Norway");
        let cx = Context::new(&doc);
        assert_eq!(cx.split_at_of(span(&doc, "Secretary of Norway")), None);
        assert_eq!(cx.split_at_of(span(&doc, "Fisheries Authority of Norway")), None);
    }

    #[test]
    fn a_given_name_or_a_surname_reads_as_a_person() {
        let doc = Document::new("Anna Weber, Lake Weber, Fisheries Authority, Anna");
        let cx = Context::new(&doc);
        assert!(cx.reads_as_person(span(&doc, "Anna Weber")));
        assert!(cx.reads_as_person(span(&doc, "Lake Weber")));
        assert!(!cx.reads_as_person(span(&doc, "Fisheries Authority")));
        assert!(!cx.reads_as_person(span(&doc, "Anna")));
    }

    #[test]
    fn a_nationality_goes_and_a_place_before_a_title_is_a_mention() {
        let doc = Document::new("Norwegian Deputy Minister Anna Weber; Texas Governor Anna Weber");
        let cx = Context::new(&doc);
        let mut out = Vec::new();
        let r = span(&doc, "Norwegian Deputy Minister Anna Weber");
        assert_eq!(cx.split_off_nationality(r.clone(), &mut out), r.start + 1);
        assert!(out.is_empty());
        let r = span(&doc, "Texas Governor Anna Weber");
        assert_eq!(cx.split_off_nationality(r.clone(), &mut out), r.start + 1);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].tokens, r.start..r.start + 1);
        assert_eq!(out[0].kind, Some(EntityKind::Place));
        assert_eq!(out[0].canonical, Some("Texas"));
        let r = span(&doc, "Anna Weber");
        assert_eq!(cx.split_off_nationality(r.clone(), &mut out), r.start);
    }

    #[test]
    fn a_role_among_the_opening_title_words() {
        let doc = Document::new("Deputy Minister Anna Weber of the Refugee Fund");
        let cx = Context::new(&doc);
        assert!(cx.opens_with_role(span(&doc, "Deputy Minister Anna Weber")));
        assert!(!cx.opens_with_role(span(&doc, "Refugee Fund")));
        assert!(!cx.opens_with_role(span(&doc, "Anna Weber")));
    }

    #[test]
    fn a_second_name_after_a_listed_place() {
        let doc = Document::new("Norway Anna Weber and Oslo Weber");
        let cx = Context::new(&doc);
        assert_eq!(cx.second_name_start(span(&doc, "Norway Anna Weber")), Some(1));
        // One word after the place may be a surname: "Oslo Weber" stays whole.
        assert_eq!(cx.second_name_start(span(&doc, "Oslo Weber")), None);
    }
}
