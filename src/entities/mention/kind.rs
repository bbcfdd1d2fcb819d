//! What a name is, by the lists and by its shape: an organisation ("Foreign Ministry",
//! "University of Texas"), a place ("North London", "Kowloon West"), a person ("Helen
//! Park"), something else (a holiday, a product, a group), or not yet known (`kind: None`,
//! for clustering to decide).

use std::ops::Range;

use super::{Context, Mention, HEADLINE};
use crate::analysis::EntityKind;
use crate::lexicon;
use crate::text::Case;

impl Context<'_> {
    /// A name that takes the whole run, by the lists or its first word: an organisation (with
    /// its nationality: "Russian Embassy"), a place (with its first word: "Saudi Arabia"), a
    /// team, or a part of a listed place.
    pub(super) fn whole_run_name(&self, r: Range<usize>) -> Option<Mention> {
        let names = &lexicon::get().names;
        if let Some(m) = self.organization(r.clone()) {
            return Some(m);
        }
        let whole = |kind, canonical| Mention {
            tokens: r.clone(),
            kind: Some(kind),
            canonical,
            title: None,
        };
        if let Some(p) = names.place(self.span_text(&r)) {
            return Some(whole(EntityKind::Place, Some(p.canonical)));
        }
        if self.is_team(r.clone()) {
            return Some(whole(EntityKind::Organization, None));
        }
        if self.is_part_of_place(r.clone()) {
            return Some(whole(EntityKind::Place, None));
        }
        None
    }

    /// Whether `r` is a team by its first word: "Team Estonia", "Team Sky".
    fn is_team(&self, r: Range<usize>) -> bool {
        r.len() >= 2 && self.text(r.start) == "Team"
    }

    /// Whether `r` is a part of a listed place, a compass word before it: "East Los Angeles",
    /// "North London".
    fn is_part_of_place(&self, r: Range<usize>) -> bool {
        r.len() >= 2
            && matches!(
                self.text(r.start),
                "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Northern"
                    | "Southern"
                    | "Eastern"
                    | "Western"
                    | "Central"
            )
            && lexicon::get().names.place(self.span_text(&(r.start + 1..r.end))).is_some()
    }

    /// An organisation by the lists: a listed name, a name ending in an organisation word
    /// ("Foreign Ministry"), or one opening with one before "of"/"for" ("University of Texas").
    pub(super) fn organization(&self, r: Range<usize>) -> Option<Mention> {
        let names = &lexicon::get().names;
        let text = self.span_text(&r);
        // A listed name, or a hyphenated one whose last part is listed ("ITAR-Tass").
        let listed = names.organization(text).or_else(|| {
            text.rsplit_once('-')
                .and_then(|(_, last)| names.organization(last))
                .filter(|_| r.len() == 1)
        });
        if let Some(c) = listed {
            return Some(Mention {
                tokens: r,
                kind: Some(EntityKind::Organization),
                canonical: Some(c),
                title: None,
            });
        }
        let last = self.text(r.end - 1).trim_end_matches('.');
        // "Grand Mosque", "Volgograd Arena": a building or place, not an organisation.
        if r.len() >= 2 && names.is_place_word(last) {
            return None;
        }
        let suffix = r.len() >= 2
            && names.org_word(last).suffix
            && self.doc.tokens[r.end - 1].case != Case::Upper;
        // "University of Texas"; also after a nationality or a place, and with words before
        // the head: "Greek Ministry of Culture", "U.S. Department of Agriculture", "Italian
        // Supreme Court of Cassation".
        let head = r.len() >= 3
            && (r.start + 1..r.end - 1)
                .find(|&j| matches!(self.text(j), "of" | "for"))
                .is_some_and(|j| {
                    let before = self.text(j - 1);
                    names.org_word(before).head
                        && (r.start..j - 1).all(|i| {
                            let w = self.text(i);
                            self.doc.tokens[i].case != Case::Lower
                                && (i > r.start
                                    || names.demonym(w).is_some()
                                    || names.place(w).is_some()
                                    || names.org_word(w) != Default::default()
                                    || j - 1 == r.start)
                        })
                });
        (suffix || head).then_some(Mention {
            tokens: r,
            kind: Some(EntityKind::Organization),
            canonical: None,
            title: None,
        })
    }

    /// The mention a name makes, its kind by the lists and its shape (`kind: None` when they
    /// do not tell); `None` when it names nothing (an adjective such as "Afghan").
    pub(super) fn classify(&self, r: Range<usize>) -> Option<Mention> {
        let names = &lexicon::get().names;
        if let Some(m) = self.organization(r.clone()) {
            return Some(m);
        }
        let text = self.span_text(&r);
        let mention = |kind, canonical| Mention { tokens: r.clone(), kind, canonical, title: None };
        if let Some(p) = names.place(text) {
            return Some(mention(Some(EntityKind::Place), Some(p.canonical)));
        }
        let first = self.text(r.start);
        if (r.len() == 1 && (names.demonym(first).is_some() || names.is_group(first)))
            || (r.len() >= 2 && names.demonym(text).is_some())
        {
            // A noun ("the Russians", "Muslims") is a group; an adjective ("Afghan team")
            // names nothing.
            let next_is_word = self.doc.tokens.get(r.end).is_some_and(|t| t.is_word());
            return (text.ends_with('s') || !next_is_word)
                .then(|| mention(Some(EntityKind::Other), None));
        }
        let prev = r.start.checked_sub(1).map(|i| self.text(i));
        // A hashtag or a handle ("#JeSuisCharlie", "@WHO") is a label, whatever it spells.
        if r.start > 0 && self.doc.touches_next(r.start - 1) && matches!(prev, Some("#" | "@")) {
            return Some(mention(Some(EntityKind::Other), None));
        }
        // Letters after a name and a comma are honours and ranks: "Mark Smith, QC,".
        if r.len() == 1 && prev == Some(",") && POSTNOMINALS.contains(&first) {
            return None;
        }
        if matches!(prev, Some("Mr." | "Mrs." | "Ms." | "Dr." | "Mr" | "Mrs" | "Ms" | "Dr")) {
            return Some(mention(Some(EntityKind::Person), None));
        }
        // "Internet Explorer 6", "Windows 10", "Fan Expo 2016": a product or an edition of
        // an event, when no list knows the name.
        let numbered = self.doc.tokens.get(r.end).is_some_and(|t| {
            t.kind == crate::text::TokenKind::Number
                && t.start == self.doc.tokens[r.end - 1].end + 1
                && self.text(r.end).len() <= 4
        });
        if numbered && names.first_name(first).is_none() {
            return Some(mention(Some(EntityKind::Other), None));
        }
        // "Internet Explorer 6 Countdown": a name going on after a product's number.
        let after_numbered = r.start >= 2
            && self.doc.tokens[r.start - 1].kind == crate::text::TokenKind::Number
            && self.doc.tokens[r.start - 2].case == Case::Capitalized
            && self.doc.tokens[r.start - 2].end + 1 == self.doc.tokens[r.start - 1].start
            && self.doc.tokens[r.start - 1].end + 1 == self.doc.tokens[r.start].start;
        if after_numbered && names.first_name(first).is_none() && names.place(text).is_none() {
            return Some(mention(Some(EntityKind::Other), None));
        }
        // "Independence Day", "Waitangi Day": a holiday, an event.
        if r.len() >= 2 && self.text(r.end - 1) == "Day" {
            return Some(mention(Some(EntityKind::Other), None));
        }
        // "Kowloon West", "Sydney North": a place by its shape.
        if r.len() >= 2
            && matches!(
                self.text(r.end - 1),
                "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Central"
                    | "Northeast"
                    | "Northwest"
                    | "Southeast"
                    | "Southwest"
            )
        {
            return Some(mention(Some(EntityKind::Place), None));
        }
        let all_capitalised = r.clone().all(|i| {
            self.doc.tokens[i].case == Case::Capitalized
                || self.doc.tokens[i].kind == crate::text::TokenKind::Abbreviation
        });
        // ("Science Fair" and "Nobel Prize" are no people, whatever surnames they spell.)
        let last_is_event = names.is_event_word(self.text(r.end - 1));
        if r.len() >= 2
            && all_capitalised
            && !last_is_event
            && (names.first_name(first).is_some()
                || (r.len() <= 3 && names.is_surname(self.text(r.end - 1))))
        {
            return Some(mention(Some(EntityKind::Person), None));
        }
        // (After the given-name test: "Helen Park" is a person.)
        // "Shandao Station", "Plains of Arafat": a place by its last or first word.
        let place_head =
            r.len() >= 3 && names.is_place_word(first) && self.text(r.start + 1) == "of";
        if r.len() >= 2 && (names.is_place_word(self.text(r.end - 1)) || place_head) {
            return Some(mention(Some(EntityKind::Place), None));
        }
        if r.len() == 1
            && self.doc.tokens[r.start].case == Case::Upper
            && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        {
            // Capitals that name nothing: a word in capitals for emphasis ("UNLESS"), a
            // Roman numeral ("XVII"), a time zone ("GMT"), an era ("BC").
            let emphasis = names.is_common_lowered(first);
            let roman = first.chars().all(|c| "IVXLCDM".contains(c));
            let zone = matches!(
                first,
                "GMT"
                    | "UTC"
                    | "BST"
                    | "CET"
                    | "CEST"
                    | "EST"
                    | "EDT"
                    | "CST"
                    | "CDT"
                    | "MST"
                    | "MDT"
                    | "PST"
                    | "PDT"
                    | "JST"
                    | "IST"
                    | "AEST"
            );
            // An era after a year or a century ("508 BC", "the 7th century BC", "AD 79").
            let next_to = |i: usize| {
                self.doc.tokens.get(i).is_some_and(|t| {
                    t.kind == crate::text::TokenKind::Number || self.doc.lower(i) == "century"
                })
            };
            let era = matches!(first, "BC" | "BCE" | "AD" | "CE")
                && ((r.start > 0 && next_to(r.start - 1)) || next_to(r.end));
            if emphasis || roman || zone || era {
                return None;
            }
            return Some(mention(Some(EntityKind::Organization), None));
        }
        Some(mention(None, None))
    }

    /// In a title-case headline, only listed names: the whole run, or its single words.
    pub(super) fn headline_mentions(&self, r: Range<usize>) -> Vec<Mention> {
        let names = &lexicon::get().names;
        if let Some(whole) = self
            .classify(r.clone())
            .filter(|m| m.canonical.is_some() || m.kind == Some(EntityKind::Other))
        {
            return vec![whole];
        }
        r.map(|i| {
            let w = self.text(i);
            let (kind, canonical) = if let Some(p) = names.place(w) {
                (Some(EntityKind::Place), Some(p.canonical))
            } else if let Some(c) = names.organization(w) {
                (Some(EntityKind::Organization), Some(c))
            } else if names.demonym(w).is_some() {
                (Some(EntityKind::Other), None)
            } else {
                // Left for clustering to match against names from the body.
                (None, Some(HEADLINE))
            };
            Mention { tokens: i..i + 1, kind, canonical, title: None }
        })
        .collect()
    }
}

/// Letters written after a name for an honour, a rank or a degree (general British and
/// Commonwealth usage): "Jane Doe, QC", "John Smith, MP".
const POSTNOMINALS: &[&str] = &[
    "QC", "KC", "SC", "MP", "MLA", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "MD",
    "Jr", "Jr.", "Sr", "Sr.", "Esq", "Esq.", "FRS", "VC",
];

#[cfg(test)]
mod tests {
    use super::super::tests::span;
    use super::*;
    use crate::text::Document;

    #[test]
    fn a_whole_run_is_an_organisation_a_place_a_team_or_a_part_of_a_place() {
        let doc =
            Document::new("Fisheries Authority, Norway, Team Weber, North Bergen, Anna Weber");
        let cx = Context::new(&doc);
        let kind = |words| cx.whole_run_name(span(&doc, words)).map(|m| (m.kind, m.canonical));
        assert_eq!(kind("Fisheries Authority"), Some((Some(EntityKind::Organization), None)));
        assert_eq!(kind("Norway"), Some((Some(EntityKind::Place), Some("Norway"))));
        assert_eq!(kind("Team Weber"), Some((Some(EntityKind::Organization), None)));
        assert_eq!(kind("North Bergen"), Some((Some(EntityKind::Place), None)));
        assert_eq!(kind("Anna Weber"), None);
    }

    #[test]
    fn team_opens_a_team() {
        let doc = Document::new("Team Weber won; Team");
        let cx = Context::new(&doc);
        assert!(cx.is_team(0..2));
        assert!(!cx.is_team(4..5));
        assert!(!cx.is_team(1..2));
    }

    #[test]
    fn a_compass_word_before_a_listed_place() {
        let doc = Document::new("North Bergen and North Weber");
        let cx = Context::new(&doc);
        assert!(cx.is_part_of_place(0..2));
        assert!(!cx.is_part_of_place(3..5));
    }
}
