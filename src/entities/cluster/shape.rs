//! The kind of a name the lists do not know and no other mention decides, by its shape: a
//! region after "the" ("the North"), an institution after "the" ("the Church"), a person
//! (two or three capitalised words, a listed given name or surname, a title), an event by
//! its last word, a group by its plural; or nothing, for a lone word that is a common
//! word or written only once. What is left is an organisation.
//!
//! The rules are tried in the order of [`Article::kind_by_shape`]: each one decides only
//! the names the rules before it left.

use super::super::mention::Mention;
use super::article::Article;
use super::one_word;
use crate::analysis::EntityKind;
use crate::lexicon;
use crate::text::Case;

impl<'a> Article<'a> {
    /// The kind and key of an unknown name by its shape; `None` when it names nothing.
    pub(super) fn kind_by_shape(&self, m: &Mention) -> Option<(EntityKind, &'a str)> {
        let t = self.text(m);
        if self.is_region_after_the(m) {
            Some((EntityKind::Place, t))
        } else if self.is_institution_after_the(m) {
            Some((EntityKind::Organization, self.heads.get(t).copied().unwrap_or(t)))
        } else if self.is_person_shaped(m) || self.is_listed_person_name(m) || m.title.is_some() {
            Some((EntityKind::Person, t))
        } else if self.ends_in_event_word(m) {
            Some((EntityKind::Other, t))
        } else if self.is_written_lower_as_often(m) || self.is_lone_common_word(m) {
            None
        } else if self.is_plural_name(m) {
            Some((EntityKind::Other, t))
        } else if self.is_lone_word_written_once(m) {
            None
        } else {
            Some((EntityKind::Organization, t))
        }
    }

    /// Whether the word before `m` is "the".
    fn after_the(&self, m: &Mention) -> bool {
        m.tokens.start > 0 && self.doc.lower(m.tokens.start - 1) == "the"
    }

    /// Whether `m` opens with a word in capitals (an acronym, not a capitalised word).
    fn is_upper(&self, m: &Mention) -> bool {
        self.doc.tokens[m.tokens.start].case == Case::Upper
    }

    /// "the North", "the South": a region of the country in question.
    fn is_region_after_the(&self, m: &Mention) -> bool {
        one_word(m)
            && self.after_the(m)
            && matches!(self.text(m), "North" | "South" | "East" | "West")
    }

    /// "the Church", "the Army", "the Crown": people take no article, so a lone common word
    /// or organisation's word after "the" is an institution.
    fn is_institution_after_the(&self, m: &Mention) -> bool {
        one_word(m) && self.after_the(m) && !self.is_upper(m) && is_institution_word(self.text(m))
    }

    /// Whether `m` has the shape of a person's name: two or three capitalised words, none
    /// of them an organisation's last word or a common word ("Anna Weber", not "Fisheries
    /// Authority" nor "Green Valley").
    fn is_person_shaped(&self, m: &Mention) -> bool {
        let names = &lexicon::get().names;
        (2..=3).contains(&m.tokens.len())
            && m.tokens.clone().all(|i| self.doc.tokens[i].case == Case::Capitalized)
            && !m
                .tokens
                .clone()
                .map(|i| self.doc.token_text(i))
                .any(|w| names.org_word(w).suffix || names.is_common_lowered(w))
    }

    /// Whether `m` is a lone listed given name or surname: a person's, even after "the"
    /// when it is no institution word ("the Marilyn pictures", but "the Church").
    fn is_listed_person_name(&self, m: &Mention) -> bool {
        let names = &lexicon::get().names;
        let t = self.text(m);
        one_word(m)
            && !(self.after_the(m) && is_institution_word(t))
            && (names.is_surname(t) || names.first_name(t).is_some())
    }

    /// "Lantern Festival", "Clean Air Act", "Nobel Prize": a name of two words or more ending
    /// in an event's word is an event, a law, a prize.
    fn ends_in_event_word(&self, m: &Mention) -> bool {
        m.tokens.len() >= 2
            && lexicon::get().names.is_event_word(self.doc.token_text(m.tokens.end - 1))
    }

    /// A word the article writes in lowercase at least as often ("Iodine deficiency ...
    /// iodine") is that word, capitalised by habit.
    fn is_written_lower_as_often(&self, m: &Mention) -> bool {
        one_word(m)
            && !self.is_upper(m)
            && self
                .written_lower
                .get(self.doc.lower(m.tokens.start))
                .is_some_and(|&n| n >= self.seen[self.text(m)])
    }

    /// A lone capitalised common word ("Results", "University") names nothing the lists or
    /// the text confirm.
    fn is_lone_common_word(&self, m: &Mention) -> bool {
        one_word(m) && !self.is_upper(m) && lexicon::get().names.is_common_lowered(self.text(m))
    }

    /// A plural name is a group or a kind of thing ("the Polaroids"); not a word ending in
    /// "ss", "us", "is" or "news", nor a hyphenated one.
    fn is_plural_name(&self, m: &Mention) -> bool {
        let t = self.text(m);
        one_word(m)
            && t.ends_with('s')
            && !self.is_upper(m)
            && !t.contains('-')
            && !["ss", "us", "is", "news"].iter().any(|e| t.ends_with(e))
    }

    /// A lone word no list knows, written once: too little to tell what it names (measured:
    /// more of these are wrong than right).
    fn is_lone_word_written_once(&self, m: &Mention) -> bool {
        one_word(m) && !self.is_upper(m) && self.seen[self.text(m)] == 1
    }
}

/// Whether `word` names an institution after "the": a common word or an organisation's
/// word ("Church", "Army", "Council").
fn is_institution_word(word: &str) -> bool {
    let names = &lexicon::get().names;
    names.is_common_lowered(word) || names.org_word(word) != Default::default()
}

#[cfg(test)]
mod tests {
    use super::super::tests::with_article;
    use super::*;

    const ORG: Option<EntityKind> = Some(EntityKind::Organization);

    /// Runs `check` on the mentions of `names` (all unknown) in `text`.
    fn check(text: &str, names: &[&str], check: impl FnOnce(&Article, &[Mention])) {
        let names: Vec<_> = names.iter().map(|&n| (n, None)).collect();
        with_article(text, &names, &[], |article, m| check(article, m));
    }

    #[test]
    fn the_rules_are_tried_in_order() {
        check(
            "the North, the Church, Anna Quarnstrom, Veldrin Festival, Results, \
             Polaroids, Quarnstrom, Veldrin, Veldrin, Zorbonews, Zorbonews",
            &[
                "North",
                "Church",
                "Anna Quarnstrom",
                "Veldrin Festival",
                "Results",
                "Polaroids",
                "Quarnstrom",
                "Veldrin",
                "Veldrin",
                "Zorbonews",
                "Zorbonews",
            ],
            |article, m| {
                let kinds: Vec<_> =
                    m.iter().map(|m| article.kind_by_shape(m).map(|(kind, _)| kind)).collect();
                use EntityKind::*;
                assert_eq!(
                    kinds,
                    [
                        Some(Place),
                        Some(Organization),
                        Some(Person),
                        Some(Other),
                        None,
                        Some(Other),
                        None,
                        Some(Organization),
                        Some(Organization),
                        // A name in -news is no plural.
                        Some(Organization),
                        Some(Organization)
                    ]
                );
            },
        );
    }

    #[test]
    fn an_institution_after_the_clusters_by_its_head_word() {
        with_article(
            "The Veldrin Council met; the Council agreed.",
            &[("Veldrin Council", ORG), ("Council", None)],
            &[],
            |article, m| {
                let decided = article.kind_by_shape(&m[1]);
                assert_eq!(decided, Some((EntityKind::Organization, "Veldrin Council")));
            },
        );
    }

    #[test]
    fn after_the_and_in_capitals() {
        check("the Weber and Weber and VELDRIN", &["Weber", "Weber", "VELDRIN"], |a, m| {
            assert!(a.after_the(&m[0]));
            assert!(!a.after_the(&m[1]));
            assert!(a.is_upper(&m[2]));
            assert!(!a.is_upper(&m[1]));
        });
    }

    #[test]
    fn a_compass_word_after_the_is_a_region() {
        check("the North and North", &["North", "North"], |a, m| {
            assert!(a.is_region_after_the(&m[0]));
            assert!(!a.is_region_after_the(&m[1]));
        });
    }

    #[test]
    fn a_common_word_after_the_is_an_institution() {
        check(
            "the Church, Church, the Weber, the CHURCH",
            &["Church", "Church", "Weber", "CHURCH"],
            |a, m| {
                assert!(a.is_institution_after_the(&m[0]));
                assert!(!a.is_institution_after_the(&m[1]));
                assert!(!a.is_institution_after_the(&m[2]));
                assert!(!a.is_institution_after_the(&m[3]));
            },
        );
    }

    #[test]
    fn two_or_three_capitalised_words_are_a_person() {
        check(
            "Veldrin Quarnstrom, Veldrin Fund, Veldrin Church, Quarnstrom, A B C D",
            &["Veldrin Quarnstrom", "Veldrin Fund", "Veldrin Church", "Quarnstrom", "A B C D"],
            |a, m| {
                assert!(a.is_person_shaped(&m[0]));
                assert!(!a.is_person_shaped(&m[1]));
                assert!(!a.is_person_shaped(&m[2]));
                assert!(!a.is_person_shaped(&m[3]));
                assert!(!a.is_person_shaped(&m[4]));
            },
        );
    }

    #[test]
    fn a_listed_given_name_or_surname_is_a_person() {
        check(
            "Marilyn, the Marilyn pictures, Weber, Quarnstrom",
            &["Marilyn", "Marilyn", "Weber", "Quarnstrom"],
            |a, m| {
                assert!(a.is_listed_person_name(&m[0]));
                assert!(a.is_listed_person_name(&m[1]));
                assert!(a.is_listed_person_name(&m[2]));
                assert!(!a.is_listed_person_name(&m[3]));
            },
        );
    }

    #[test]
    fn an_event_by_its_last_word() {
        check("Veldrin Festival and Festival", &["Veldrin Festival", "Festival"], |a, m| {
            assert!(a.ends_in_event_word(&m[0]));
            assert!(!a.ends_in_event_word(&m[1]));
        });
    }

    #[test]
    fn a_word_written_in_lowercase_as_often_is_that_word() {
        check(
            "Veldrin grows; veldrin is a plant. Quarnstrom and Quarnstrom; a quarnstrom.",
            &["Veldrin", "Quarnstrom", "Quarnstrom"],
            |a, m| {
                assert!(a.is_written_lower_as_often(&m[0]));
                assert!(!a.is_written_lower_as_often(&m[1]));
            },
        );
    }

    #[test]
    fn a_lone_common_word_names_nothing() {
        check("Results and Weber and RESULTS", &["Results", "Weber", "RESULTS"], |a, m| {
            assert!(a.is_lone_common_word(&m[0]));
            assert!(!a.is_lone_common_word(&m[1]));
            assert!(!a.is_lone_common_word(&m[2]));
        });
    }

    #[test]
    fn a_plural_is_a_group() {
        check(
            "Polaroids, Veldrinus, Anti-Polaroids, Bergens",
            &["Polaroids", "Veldrinus", "Anti-Polaroids", "Bergens"],
            |a, m| {
                assert!(a.is_plural_name(&m[0]));
                assert!(!a.is_plural_name(&m[1]));
                assert!(!a.is_plural_name(&m[2]));
                assert!(a.is_plural_name(&m[3]));
            },
        );
    }

    #[test]
    fn a_lone_unknown_word_written_once_is_too_little() {
        check(
            "Veldrin, Quarnstrom, Quarnstrom, VELDRIN",
            &["Veldrin", "Quarnstrom", "Quarnstrom", "VELDRIN"],
            |a, m| {
                assert!(a.is_lone_word_written_once(&m[0]));
                assert!(!a.is_lone_word_written_once(&m[1]));
                assert!(!a.is_lone_word_written_once(&m[3]));
            },
        );
    }

    #[test]
    fn common_words_and_organisation_words_are_institution_words() {
        assert!(is_institution_word("Church"));
        assert!(is_institution_word("Council"));
        assert!(!is_institution_word("Weber"));
    }
}
