//! Where a name starts and ends inside its run.
//!
//! A run is every capitalised word in a row, and more than the name is capitalised: the
//! first word of a sentence whatever it is ("Young and new faces"), a label before a colon
//! ("Photo: ..."), a weekday or a month ("in March"), a stance ("Pro-Beijing DAB"), a
//! descriptor ("Nonpartisan Paul Tse"), a role after an organisation ("State Department
//! Spokesperson"). These rules move the ends of the run inward until only the name is left;
//! each returns the new end, or says whether one word goes.

use std::ops::Range;

use super::Context;
use crate::lexicon::{self, TitleKind};
use crate::text::{Case, TokenKind};

impl Context<'_> {
    /// Whether token `a` opens a sentence, a quotation or a list item ("a) Leaving"): there a
    /// word is capitalised whatever it is. `None` (a part of a run) opens nothing.
    pub(super) fn opens_sentence(&self, a: usize, sentence_start: Option<usize>) -> bool {
        sentence_start.is_some_and(|start| {
            a == start
                || (a > start && {
                    let prev = &self.doc.tokens[a - 1];
                    prev.is_quote() || matches!(self.text(a - 1), ":" | ";" | ")" | "—" | "–" | "-")
                })
        })
    }

    /// Whether the word opening `r` (at a sentence's start) is no name: common English, a
    /// function word, a lone word no list knows, or a word the article writes in lowercase;
    /// kept when a list knows it, when it opens a whole organisation, or when the text
    /// capitalises it elsewhere (then it is a name there and here).
    pub(super) fn opener_is_not_a_name(&self, r: Range<usize>) -> bool {
        let lex = lexicon::get();
        let names = &lex.names;
        let (a, b) = (r.start, r.end);
        let w = self.text(a);
        let lower = self.doc.lower(a);
        let listed = self.is_listed_opener(r.clone());
        let unknown_alone =
            b - a == 1 && !listed && !names.is_surname(w) && self.doc.tokens[a].case != Case::Upper;
        let whole_org = self.opens_whole_organisation(r.clone());
        let written_lower = self.seen_lower.contains(lower);
        let common_name = self.is_common_given_name(r);
        ((names.is_common(lower) || lex.is_function_word(w) || unknown_alone || written_lower)
            && !listed
            || common_name)
            && !whole_org
            && !self.seen_inside.contains(w)
    }

    /// Whether the lists know the word opening `r` as a given name, a place, an organisation,
    /// a demonym or a group; or it is a role before a name, kept for the title ("Minister of
    /// Education Jane Roe said"), or "Team" before a team's name.
    fn is_listed_opener(&self, r: Range<usize>) -> bool {
        let names = &lexicon::get().names;
        let w = self.text(r.start);
        let role = r.len() >= 2 && (names.title(w) == Some(TitleKind::Person) || w == "Team");
        names.first_name(w).is_some()
            || names.place(w).is_some()
            || names.organization(w).is_some()
            || names.demonym(w).is_some()
            || names.is_group(w)
            || role
    }

    /// Whether `r` is three words or more that end in an organisation's word, so its first
    /// word is part of the name: "Civil Defense Authority", "Federal Reserve Board".
    fn opens_whole_organisation(&self, r: Range<usize>) -> bool {
        r.len() >= 3
            && !lexicon::get().is_function_word(self.text(r.start))
            && self.organization(r).is_some_and(|m| m.canonical.is_none())
    }

    /// Whether `r` is a lone given name that is also a common word and that the article
    /// writes in lowercase elsewhere: "Young" in "Young and new faces emerged".
    fn is_common_given_name(&self, r: Range<usize>) -> bool {
        let names = &lexicon::get().names;
        let w = self.text(r.start);
        let lower = self.doc.lower(r.start);
        r.len() == 1
            && self.seen_lower.contains(lower)
            && names.is_common(lower)
            && names.place(w).is_none()
            && names.organization(w).is_none()
    }

    /// The end of the name in `r` after the words that are capitalised but no part of it
    /// are taken off the end: function words, a currency code, a label, weekdays.
    pub(super) fn name_end(&self, r: Range<usize>) -> usize {
        let a = r.start;
        let mut b = self.end_before_function_words(r);
        if self.ends_in_currency_code(a..b) {
            b -= 1;
        }
        if self.ends_in_label(a..b) {
            b -= 1;
        }
        self.end_before_weekdays(a..b)
    }

    /// A function word does not end a name: "Elizabeth Quat In the ..." is a lost line break.
    /// (One in capitals may be an acronym: "WHO".)
    fn end_before_function_words(&self, r: Range<usize>) -> usize {
        let lex = lexicon::get();
        let (a, mut b) = (r.start, r.end);
        while b > a
            && lex.is_function_word(self.text(b - 1))
            && self.doc.tokens[b - 1].case != Case::Upper
        {
            b -= 1;
        }
        b
    }

    /// Whether `r` ends in a place abbreviation that belongs to a currency sign after it:
    /// glued ("US$") or two or three capitals before a dollar ("NZ $26 million").
    fn ends_in_currency_code(&self, r: Range<usize>) -> bool {
        let (a, b) = (r.start, r.end);
        let currency_code = b > a
            && self.doc.tokens[b - 1].case == Case::Upper
            && (2..=3).contains(&self.text(b - 1).len());
        b > a
            && b < self.doc.tokens.len()
            && (self.doc.touches_next(b - 1) || currency_code)
            && self.text(b) == "$"
    }

    /// Whether `r` ends in a label before a colon ("Image: ...", "Photo: ..."): a common word,
    /// unless it ends an organisation's name ("Acme Group: ...").
    fn ends_in_label(&self, r: Range<usize>) -> bool {
        let names = &lexicon::get().names;
        let (a, b) = (r.start, r.end);
        let org_suffix = b - a >= 2 && names.org_word(self.text(b - 1)).suffix;
        b - a >= 1
            && self.doc.tokens.get(b).is_some_and(|_| self.text(b) == ":")
            && names.is_common(self.doc.lower(b - 1))
            && !org_suffix
    }

    /// A weekday does not end a name: "Prime Minister's Questions Wednesday". (A name of one
    /// word is left alone.)
    fn end_before_weekdays(&self, r: Range<usize>) -> usize {
        let (a, mut b) = (r.start, r.end);
        while b > a + 1 && self.is_date_word(b - 1) && self.text(b - 1).ends_with("day") {
            b -= 1;
        }
        b
    }

    /// The start of the name in `r` after the words that never open one are taken off the
    /// front: function words, dates, a stance.
    pub(super) fn name_start(&self, r: Range<usize>) -> usize {
        let b = r.end;
        let mut a = self.start_after_function_words(r);
        if self.opens_with_stance(a..b) {
            a += 1;
        }
        a
    }

    /// "The" and other function words never open a name (one in capitals may be an acronym:
    /// "WHO"); nor do weekdays, months used as dates ("in March", "May 5"), or a joiner left
    /// at the front ("of", "for", "&").
    fn start_after_function_words(&self, r: Range<usize>) -> usize {
        let lex = lexicon::get();
        let (mut a, b) = (r.start, r.end);
        while a < b
            && ((lex.is_function_word(self.text(a)) && self.doc.tokens[a].case != Case::Upper)
                || self.is_date_word(a)
                || matches!(self.text(a), "of" | "for" | "&"))
        {
            a += 1;
        }
        a
    }

    /// Whether `r` opens with a stance before a name, which is no part of it: "Pro-Beijing
    /// DAB", "Anti-war Green Party", "ex-Labour".
    fn opens_with_stance(&self, r: Range<usize>) -> bool {
        r.len() >= 2 && is_stance(self.doc.lower(r.start))
    }

    /// Whether `r` opens with a capitalised descriptor before a person's name ("Nonpartisan
    /// Paul Tse", "Pan-democrat Lam Cheuk-ting"): a common word, or a hyphenated word ending
    /// in one, before one to three capitalised words that end in no organisation's, place's
    /// or event's word.
    pub(super) fn is_descriptor_before_person(&self, r: Range<usize>) -> bool {
        let names = &lexicon::get().names;
        let (a, b) = (r.start, r.end);
        if b - a < 3 {
            return false;
        }
        let w = self.doc.lower(a);
        let common =
            names.is_common(w) || w.rsplit_once('-').is_some_and(|(_, last)| names.is_common(last));
        let rest_is_person = (a + 1..b).all(|i| {
            self.doc.tokens[i].case == Case::Capitalized && !names.is_event_word(self.text(i))
        }) && b - a - 1 <= 3
            && names.place(self.text(a)).is_none()
            && names.title(self.text(a)).is_none()
            && names.demonym(self.text(a)).is_none();
        common
            && rest_is_person
            && names.org_word(self.text(b - 1)) == Default::default()
            && !names.is_place_word(self.text(b - 1))
            && !names.is_event_word(self.text(b - 1))
    }

    /// A role after an organisation or a place is no part of its name: "State Department
    /// spokesperson", "Los Angeles Sheriff"; unless the whole run is an organisation's name.
    pub(super) fn end_before_role(&self, r: Range<usize>) -> usize {
        let names = &lexicon::get().names;
        let (a, mut b) = (r.start, r.end);
        while b - a >= 2
            && names.title(self.text(b - 1)) == Some(TitleKind::Person)
            && names.title(self.text(b - 2)).is_none()
            && self.organization(a..b).is_none()
        {
            b -= 1;
        }
        b
    }

    /// Whether token `i` is a date word: a weekday, or a month before a number or after a
    /// word that introduces dates.
    fn is_date_word(&self, i: usize) -> bool {
        let lex = lexicon::get();
        let w = self.text(i);
        if w.len() >= 6 && w.ends_with("day") && lex.weekday(w).is_some() {
            return true;
        }
        if lex.month(w.trim_end_matches('.')).is_none() {
            return false;
        }
        let next_number = self.doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number);
        let prev = i.checked_sub(1).map(|p| self.doc.lower(p));
        next_number
            || matches!(
                prev,
                Some(
                    "in" | "on"
                        | "since"
                        | "until"
                        | "by"
                        | "from"
                        | "of"
                        | "early"
                        | "late"
                        | "last"
                        | "next"
                        | "this"
                        | "through"
                        | "during"
                        | "between"
                        | "before"
                        | "after"
                )
            )
    }
}

/// Whether a lowercased word is a stance ("pro-beijing", "anti-war", "ex-labour"), which
/// opens no name.
pub fn is_stance(lower: &str) -> bool {
    ["pro-", "anti-", "pan-", "non-", "ex-"].iter().any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::super::tests::span;
    use super::*;
    use crate::text::Document;

    #[test]
    fn a_sentence_a_quotation_or_a_list_item_opens() {
        let doc = Document::new("Then Anna Weber left: \"Good\" she said.");
        let cx = Context::new(&doc);
        assert!(cx.opens_sentence(0, Some(0)));
        assert!(!cx.opens_sentence(1, Some(0)));
        assert!(!cx.opens_sentence(0, None));
        assert!(cx.opens_sentence(span(&doc, "Good").start, Some(0)));
    }

    #[test]
    fn an_opening_common_word_is_no_name_unless_used_as_one() {
        let doc = Document::new("Yesterday Anna Weber left. Bold said no. Later Tom Bold spoke.");
        let cx = Context::new(&doc);
        assert!(cx.opener_is_not_a_name(span(&doc, "Yesterday Anna Weber")));
        assert!(!cx.opener_is_not_a_name(span(&doc, "Anna Weber")));
        // "Bold" is a common word, but the text writes it inside a name.
        assert!(!cx.opener_is_not_a_name(span(&doc, "Bold")));
        // A lone word no list knows.
        let doc = Document::new("Quarnstrom left.");
        let cx = Context::new(&doc);
        assert!(cx.opener_is_not_a_name(span(&doc, "Quarnstrom")));
    }

    #[test]
    fn listed_words_and_roles_open_names() {
        let doc = Document::new("Minister Anna Weber saw Norway. Yesterday Anna left.");
        let cx = Context::new(&doc);
        assert!(cx.is_listed_opener(span(&doc, "Minister Anna Weber")));
        assert!(!cx.is_listed_opener(span(&doc, "Minister")));
        assert!(cx.is_listed_opener(span(&doc, "Norway")));
        assert!(!cx.is_listed_opener(span(&doc, "Yesterday Anna")));
    }

    #[test]
    fn an_organisation_of_three_words_keeps_its_first() {
        let doc = Document::new("National Fisheries Authority and The Fisheries Authority");
        let cx = Context::new(&doc);
        assert!(cx.opens_whole_organisation(span(&doc, "National Fisheries Authority")));
        assert!(!cx.opens_whole_organisation(span(&doc, "The Fisheries Authority")));
        assert!(!cx.opens_whole_organisation(span(&doc, "Fisheries Authority")));
    }

    #[test]
    fn a_given_name_written_in_lowercase_elsewhere_is_the_word() {
        let doc = Document::new("Young and old came, and the young stayed.");
        let cx = Context::new(&doc);
        assert!(cx.is_common_given_name(span(&doc, "Young")));
        let doc = Document::new("Young and old came.");
        let cx = Context::new(&doc);
        assert!(!cx.is_common_given_name(span(&doc, "Young")));
    }

    #[test]
    fn the_end_of_a_name_comes_before_what_is_not_part_of_it() {
        let doc = Document::new("Anna Weber In the hall. Photo: a boat.");
        let cx = Context::new(&doc);
        assert_eq!(cx.name_end(0..3), 2);
        assert_eq!(cx.name_end(span(&doc, "Photo")), span(&doc, "Photo").start);
    }

    #[test]
    fn a_function_word_ends_no_name() {
        let doc = Document::new("Anna Weber In the hall with Fisheries IT staff.");
        let cx = Context::new(&doc);
        assert_eq!(cx.end_before_function_words(span(&doc, "Anna Weber In")), 2);
        let it = span(&doc, "Fisheries IT");
        assert_eq!(cx.end_before_function_words(it.clone()), it.end);
    }

    #[test]
    fn a_currency_code_is_no_part_of_a_name() {
        let doc = Document::new("They paid NZ $26 million, then US$5, then Anna Weber $3.");
        let cx = Context::new(&doc);
        assert!(cx.ends_in_currency_code(span(&doc, "NZ")));
        assert!(cx.ends_in_currency_code(span(&doc, "US")));
        assert!(!cx.ends_in_currency_code(span(&doc, "Anna Weber")));
    }

    #[test]
    fn a_label_before_a_colon_is_no_part_of_a_name() {
        let doc = Document::new("Photo: a boat. Fisheries Group: new rules. Weber: yes.");
        let cx = Context::new(&doc);
        assert!(cx.ends_in_label(span(&doc, "Photo")));
        assert!(!cx.ends_in_label(span(&doc, "Fisheries Group")));
        assert!(!cx.ends_in_label(span(&doc, "Weber")));
    }

    #[test]
    fn a_weekday_ends_no_name() {
        let doc = Document::new("Budget Questions Wednesday and Wednesday");
        let cx = Context::new(&doc);
        assert_eq!(cx.end_before_weekdays(0..3), 2);
        assert_eq!(cx.end_before_weekdays(4..5), 5);
    }

    #[test]
    fn the_start_of_a_name_comes_after_what_is_not_part_of_it() {
        let doc = Document::new("The Pro-Oslo Fisheries Board met.");
        let cx = Context::new(&doc);
        assert_eq!(cx.name_start(span(&doc, "The Pro-Oslo Fisheries Board")), 2);
    }

    #[test]
    fn function_words_and_dates_open_no_name() {
        let doc = Document::new("They met in March Fisheries Board officials.");
        let cx = Context::new(&doc);
        let r = span(&doc, "March Fisheries Board");
        assert_eq!(cx.start_after_function_words(r.clone()), r.start + 1);
        // A month that is no date stays: "The March Fisheries Board".
        let doc = Document::new("The March Fisheries Board met.");
        let cx = Context::new(&doc);
        assert_eq!(cx.start_after_function_words(0..4), 1);
    }

    #[test]
    fn a_stance_opens_no_name() {
        let doc = Document::new("Anti-war Green Party");
        let cx = Context::new(&doc);
        assert!(cx.opens_with_stance(0..3));
        assert!(!cx.opens_with_stance(0..1));
        assert!(!cx.opens_with_stance(1..3));
    }

    #[test]
    fn a_descriptor_before_a_person_is_no_part_of_the_name() {
        let doc = Document::new("Independent Anna Weber and Independent Fisheries Authority");
        let cx = Context::new(&doc);
        assert!(cx.is_descriptor_before_person(span(&doc, "Independent Anna Weber")));
        assert!(!cx.is_descriptor_before_person(span(&doc, "Independent Fisheries Authority")));
        assert!(!cx.is_descriptor_before_person(span(&doc, "Anna Weber")));
    }

    #[test]
    fn a_role_after_an_organisation_is_no_part_of_its_name() {
        let doc = Document::new("Fisheries Board Spokesperson and Deputy Minister");
        let cx = Context::new(&doc);
        assert_eq!(cx.end_before_role(0..3), 2);
        let r = span(&doc, "Deputy Minister");
        assert_eq!(cx.end_before_role(r.clone()), r.end);
    }

    #[test]
    fn weekdays_and_months_as_dates_are_date_words() {
        let doc = Document::new("On Monday in May, Anna May left on May 5 and March ended.");
        let cx = Context::new(&doc);
        let at = |w| span(&doc, w).start;
        assert!(cx.is_date_word(at("Monday")));
        assert!(cx.is_date_word(at("May,")));
        assert!(!cx.is_date_word(at("May left")));
        assert!(cx.is_date_word(at("May 5")));
        assert!(!cx.is_date_word(at("March")));
    }
}
