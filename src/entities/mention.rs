//! From a run of capitalised tokens to mentions: leading words that are not names go, a
//! leading nationality or place is split off ("Russian | Deputy Defense Minister | Anatoly
//! Antonov"), a title is taken off the front, and what is left is classified.
//!
//! [`Context::mentions`] applies the rules in a fixed order; each rule is a small function
//! in the file of its concern, and the order is part of the behaviour (a rule sees the run
//! as the rules before it left it):
//!
//! * `edges`: where the name starts and ends inside the run (a sentence's first word that
//!   is capitalised only by position, function words and dates at either end, a label
//!   before a colon, a stance such as "Pro-", a role after an organisation).
//! * `split`: one run, two names ("Wu Chi-wai of the Democratic Party", "United States |
//!   Hamdullah Mohib", a nationality before a title).
//! * `titles`: the title before a person's name, and runs that name only a role.
//! * `kind`: what a name is by the lists and its shape (organisation, place, person,
//!   other), and the headline rule.

mod edges;
mod kind;
mod split;
mod titles;

pub use edges::is_stance;

use std::ops::Range;

use crate::analysis::EntityKind;
use crate::lexicon::{self, WordMap};
use crate::text::{Case, Document};

/// A name found in the text, before clustering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Tokens of the name alone.
    pub tokens: Range<usize>,
    /// `None` when the lists and the context do not tell; clustering decides.
    pub kind: Option<EntityKind>,
    /// The listed name of a place or organisation ("United States" for "U.S.").
    pub canonical: Option<&'static str>,
    /// Tokens of the title before the name ("Deputy Defense Minister").
    pub title: Option<Range<usize>>,
}

/// Whether `b` follows `a` in a list of names: only a comma, "and", "or", or a comma and
/// "and"/"or" between them ("Zeus, Hera and Athena").
pub fn listed_after(doc: &Document, a: &Mention, b: &Mention) -> bool {
    let mut between = (a.tokens.end..b.tokens.start).map(|i| doc.token_text(i));
    matches!(
        (between.next(), between.next(), between.next()),
        (Some("," | "and" | "or"), None, None) | (Some(","), Some("and" | "or"), None)
    )
}

/// What the mention analysis needs to know about the whole document.
pub struct Context<'d> {
    pub doc: &'d Document<'d>,
    /// Capitalised words seen away from the start of a sentence: "Miller" opening a
    /// sentence is a name if it is one elsewhere.
    pub seen_inside: WordMap<'d, ()>,
    /// Words written in lowercase somewhere in the text: "Iodine" opening a sentence is the
    /// common word "iodine" when the article also writes it so.
    pub seen_lower: WordMap<'d, usize>,
}

impl<'d> Context<'d> {
    pub fn new(doc: &'d Document<'d>) -> Context<'d> {
        let names = &lexicon::get().names;
        let mut seen_inside = WordMap::default();
        let mut seen_lower = WordMap::default();
        // (Not inside an address: "alt.religion.scientology", "example.org".)
        let separator = |i: usize| matches!(doc.token_text(i), "." | "/" | "@" | "#");
        for (i, t) in doc.tokens.iter().enumerate() {
            let in_address = (i > 0 && doc.touches_next(i - 1) && separator(i - 1))
                || (doc.touches_next(i) && separator(i + 1) && doc.touches_next(i + 1));
            if t.kind == crate::text::TokenKind::Word && t.case == Case::Lower && !in_address {
                *seen_lower.entry_or_insert_with(doc.token_text(i), || 0) += 1;
            }
        }
        for s in &doc.sentences {
            for i in s.tokens.clone().skip(1) {
                let t = &doc.tokens[i];
                let prev = &doc.tokens[i - 1];
                // After a lowercase word or a comma, or inside a name ("Kevin Allton"), or
                // after a given name even at the start of a sentence ("Jeff Rathke, ...").
                let after_name = super::runs::is_name_token(doc, prev)
                    && (i >= s.tokens.start + 2
                        || names.first_name(doc.token_text(i - 1)).is_some());
                let inside = prev.case == Case::Lower || doc.token_text(i - 1) == "," || after_name;
                if super::runs::is_name_token(doc, t) && inside {
                    seen_inside.insert(doc.token_text(i), ());
                }
            }
        }
        Context { doc, seen_inside, seen_lower }
    }

    fn text(&self, i: usize) -> &'d str {
        self.doc.token_text(i)
    }

    fn span_text(&self, r: &Range<usize>) -> &'d str {
        self.doc.range_text(r.clone())
    }

    /// The mentions in one run. `sentence_start` is the first token of its sentence (`None`
    /// for a part of a run already split, which opens no sentence); `headline` says the
    /// sentence is a title-case headline, where only listed names count.
    pub fn mentions(
        &self,
        run: Range<usize>,
        sentence_start: Option<usize>,
        headline: bool,
    ) -> Vec<Mention> {
        // Each rule sees the run as the rules before it left it: the order is behaviour.
        let (mut a, mut b) = (run.start, run.end);
        if self.opens_sentence(a, sentence_start) && self.opener_is_not_a_name(a..b) {
            a += 1;
        }
        b = self.name_end(a..b);
        a = self.name_start(a..b);
        if a >= b {
            return Vec::new();
        }
        if headline {
            return self.headline_mentions(a..b);
        }
        if let Some((left, right)) =
            self.split_before_second_of(a..b).or_else(|| self.split_at_of(a..b))
        {
            let mut out = self.mentions(left, None, false);
            out.extend(self.mentions(right, None, false));
            return out;
        }
        if let Some(m) = self.whole_run_name(a..b) {
            return vec![m];
        }
        let mut out = Vec::new();
        a = self.split_off_nationality(a..b, &mut out);
        if let Some(k) = self.second_name_start(a..b).filter(|_| !self.opens_with_role(a..b)) {
            out.extend(self.mentions(a..k, None, false));
            a = k;
        }
        if self.is_descriptor_before_person(a..b) {
            a += 1;
        }
        b = self.end_before_role(a..b);
        let (k, person_title) = match self.leading_title(a..b) {
            titles::LeadingTitle::BeforeNames(rest) => {
                out.extend(self.mentions(rest, None, false));
                return out;
            }
            titles::LeadingTitle::Words { end, person } => (end, person),
        };
        if self.names_only_a_role(a..b) {
            return out;
        }
        if self.is_role_of_organisation(a..b, k, person_title) {
            let org = self.skip_the(k + 1..b);
            if org < b {
                out.extend(self.mentions(org..b, None, false));
            }
            return out;
        }
        // The title words come off the name and stay with it; with none in the run, a
        // lowercase title before it counts ("the fisheries minister Anna Weber").
        let mut title = (person_title && k > a).then_some(a..k);
        if title.is_some() {
            a = k;
        } else {
            title = sentence_start.and_then(|start| self.title_before(run.start, start));
        }
        out.extend(self.with_title(a..b, title));
        out
    }

    /// The first token of `r` that is not "the" (`r.end` when there is none).
    fn skip_the(&self, r: Range<usize>) -> usize {
        let (mut k, b) = (r.start, r.end);
        while k < b && self.text(k) == "the" {
            k += 1;
        }
        k
    }
}

/// Marks a headline word that counts only if the body names it.
pub const HEADLINE: &str = "\u{0}headline";

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The tokens of the first occurrence of `words` in `doc`, which must start and end on
    /// token boundaries.
    pub(in crate::entities) fn span(doc: &Document, words: &str) -> Range<usize> {
        let start = doc.text().find(words).expect("words in the text");
        let end = start + words.len();
        let first = doc.tokens.iter().position(|t| t.start() == start);
        let last = doc.tokens.iter().position(|t| t.end() == end);
        first.zip(last).map(|(a, b)| a..b + 1).expect("words on token boundaries")
    }

    /// The text of each mention, with its kind and title.
    fn found(cx: &Context, run: Range<usize>) -> Vec<(String, Option<EntityKind>, Option<String>)> {
        cx.mentions(run, Some(0), false)
            .into_iter()
            .map(|m| {
                let title = m.title.map(|t| cx.span_text(&t).to_string());
                (cx.span_text(&m.tokens).to_string(), m.kind, title)
            })
            .collect()
    }

    #[test]
    fn skip_the_stops_at_the_first_other_word() {
        let doc = Document::new("of the the Fisheries Board");
        let cx = Context::new(&doc);
        assert_eq!(cx.skip_the(1..5), 3);
        assert_eq!(cx.skip_the(3..5), 3);
        assert_eq!(cx.skip_the(1..3), 3);
    }

    #[test]
    fn mentions_apply_the_rules_in_order() {
        // The nationality goes, the title comes off the front, the name is a person's.
        let doc = Document::new("Norwegian Deputy Fisheries Minister Anna Weber said so.");
        let cx = Context::new(&doc);
        let run = span(&doc, "Norwegian Deputy Fisheries Minister Anna Weber");
        assert_eq!(
            found(&cx, run),
            [(
                "Anna Weber".to_string(),
                Some(EntityKind::Person),
                Some("Deputy Fisheries Minister".to_string())
            )]
        );
        // A name, "of the" and an organisation are two names.
        let doc = Document::new("Anna Weber of the Fisheries Authority spoke.");
        let cx = Context::new(&doc);
        let names: Vec<_> = found(&cx, span(&doc, "Anna Weber of the Fisheries Authority"))
            .into_iter()
            .map(|(text, kind, _)| (text, kind))
            .collect();
        assert_eq!(
            names,
            [
                ("Anna Weber".to_string(), Some(EntityKind::Person)),
                ("Fisheries Authority".to_string(), Some(EntityKind::Organization))
            ]
        );
    }
}
