//! Titles: the words before a person's name that say what the person is ("Deputy Defense
//! Minister", "Secretary of State", "national security adviser").
//!
//! A title is kept with the mention, not in it: the mention is the name alone. A run of title
//! words with no name after it ("the Prime Minister") names nobody, and a role "of" an
//! organisation with no name after it ("Co-founder of Google") names the organisation only.

use std::ops::Range;

use super::{Context, Mention};
use crate::analysis::EntityKind;
use crate::lexicon::{self, TitleKind};
use crate::text::Case;

/// The title words that open a run.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum LeadingTitle {
    /// Title words end at `end` (the run's start when there are none); `person` when one of
    /// them names a role.
    Words { end: usize, person: bool },
    /// A title, then "of the" and names: "CEO of the Refugee Council Enver Solomon". The
    /// range holds the names, read as a run of their own.
    BeforeNames(Range<usize>),
}

impl Context<'_> {
    /// The title words that open `r`, up to the last word (a title alone is left for
    /// [`Self::names_only_a_role`]). After a role, "of"/"for" and the next word belong to the
    /// title ("Secretary of State John Kerry"); "of the" ends it before an organisation.
    pub(super) fn leading_title(&self, r: Range<usize>) -> LeadingTitle {
        let names = &lexicon::get().names;
        let (a, b) = (r.start, r.end);
        let mut k = a;
        let mut person = false;
        while k + 1 < b {
            match names.title(self.text(k)) {
                Some(kind) => {
                    person |= kind == TitleKind::Person;
                    k += 1;
                }
                None if person
                    && matches!(self.text(k), "of" | "for")
                    && self.text(k + 1) == "the"
                    && k + 3 < b =>
                {
                    return LeadingTitle::BeforeNames(k + 2..b);
                }
                None if person && matches!(self.text(k), "of" | "for") && k + 2 < b => k += 2,
                None => break,
            }
        }
        LeadingTitle::Words { end: k, person }
    }

    /// Whether `r` is title words alone, one of them a role ("the President", "Prime
    /// Minister"): it names nobody. A modifier alone ("the Army") may be an institution.
    pub(super) fn names_only_a_role(&self, r: Range<usize>) -> bool {
        let names = &lexicon::get().names;
        let role = r.clone().any(|i| names.title(self.text(i)) == Some(TitleKind::Person));
        role && r
            .into_iter()
            .all(|i| names.title(self.text(i)).is_some() || matches!(self.text(i), "of" | "for"))
    }

    /// Whether `r` is a role "of"/"for" something with no person named ("Co-founder of
    /// Google"): the title words end at `title_end`, before the "of", and `person` says they
    /// name a role. Only the organisation after "of" is a name.
    pub(super) fn is_role_of_organisation(
        &self,
        r: Range<usize>,
        title_end: usize,
        person: bool,
    ) -> bool {
        person
            && title_end > r.start
            && title_end < r.end
            && matches!(self.text(title_end), "of" | "for")
    }

    /// The mention `r` makes, with its title: a title makes a name no list knows a person's,
    /// and only a person (or a name still unknown) carries one; a place or an organisation
    /// after a title keeps none.
    pub(super) fn with_title(
        &self,
        r: Range<usize>,
        title: Option<Range<usize>>,
    ) -> Option<Mention> {
        let mut m = self.classify(r)?;
        if m.kind.is_none() && title.is_some() {
            m.kind = Some(EntityKind::Person);
        }
        if m.kind == Some(EntityKind::Person) || m.kind.is_none() {
            m.title = title;
        }
        Some(m)
    }

    /// A lowercase title right before a name: "national security adviser Tom Donilon",
    /// "Mr. Smith" is taken by the run itself.
    pub(super) fn title_before(&self, start: usize, sentence_start: usize) -> Option<Range<usize>> {
        let names = &lexicon::get().names;
        let mut k = start;
        let mut person = false;
        while k > sentence_start {
            let t = &self.doc.tokens[k - 1];
            if t.case != Case::Lower {
                break;
            }
            match names.title(self.text(k - 1)) {
                Some(kind) => {
                    // The role word comes last: "security adviser".
                    if k == start {
                        person = kind == TitleKind::Person;
                    }
                    k -= 1;
                }
                None => break,
            }
        }
        (person && k < start).then_some(k..start)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::span;
    use super::*;
    use crate::text::Document;

    #[test]
    fn title_words_open_a_run() {
        let doc = Document::new("Deputy Minister Anna Weber. Anna Weber.");
        let cx = Context::new(&doc);
        assert_eq!(
            cx.leading_title(span(&doc, "Deputy Minister Anna Weber")),
            LeadingTitle::Words { end: 2, person: true }
        );
        let r = span(&doc, "Anna Weber.");
        assert_eq!(
            cx.leading_title(r.start..r.end - 1),
            LeadingTitle::Words { end: r.start, person: false }
        );
    }

    #[test]
    fn of_and_a_word_after_a_role_belong_to_the_title() {
        let doc = Document::new("Secretary of Fisheries Anna Weber");
        let cx = Context::new(&doc);
        assert_eq!(cx.leading_title(0..5), LeadingTitle::Words { end: 3, person: true });
    }

    #[test]
    fn of_the_after_a_role_ends_the_title_before_names() {
        let doc = Document::new("CEO of the Fisheries Council Anna Weber");
        let cx = Context::new(&doc);
        assert_eq!(cx.leading_title(0..7), LeadingTitle::BeforeNames(3..7));
    }

    #[test]
    fn title_words_alone_name_nobody() {
        let doc = Document::new("Prime Minister, Deputy Fisheries, Minister Anna Weber");
        let cx = Context::new(&doc);
        assert!(cx.names_only_a_role(span(&doc, "Prime Minister")));
        // Modifiers alone ("Deputy Fisheries") name no role.
        assert!(!cx.names_only_a_role(span(&doc, "Deputy Fisheries")));
        assert!(!cx.names_only_a_role(span(&doc, "Minister Anna Weber")));
    }

    #[test]
    fn a_role_of_an_organisation_names_no_person() {
        let doc = Document::new("Co-founder of Fisheries Group");
        let cx = Context::new(&doc);
        assert!(cx.is_role_of_organisation(0..4, 1, true));
        assert!(!cx.is_role_of_organisation(0..4, 1, false));
        assert!(!cx.is_role_of_organisation(0..4, 0, true));
    }

    #[test]
    fn a_title_makes_an_unknown_name_a_person() {
        let doc = Document::new("Minister Quarnstrom met Minister Norway.");
        let cx = Context::new(&doc);
        let title = Some(0..1);
        let name = span(&doc, "Quarnstrom");
        let m = cx.with_title(name.clone(), title.clone()).unwrap();
        assert_eq!((m.kind, m.title), (Some(EntityKind::Person), title.clone()));
        let m = cx.with_title(name, None).unwrap();
        assert_eq!((m.kind, m.title), (None, None));
        // A place keeps no title.
        let m = cx.with_title(span(&doc, "Norway"), title).unwrap();
        assert_eq!((m.kind, m.title), (Some(EntityKind::Place), None));
    }

    #[test]
    fn a_lowercase_title_before_a_name() {
        let doc = Document::new("the fisheries minister Anna Weber and the old friend Anna Weber");
        let cx = Context::new(&doc);
        assert_eq!(cx.title_before(3, 0), Some(1..3));
        let second = span(&doc, "friend Anna").start + 1;
        assert_eq!(cx.title_before(second, 0), None);
    }
}
