//! Clustering mentions into entities.
//!
//! * Places and listed organisations cluster by their listed name ("U.S." = "United
//!   States" = "America").
//! * A person's full name ("Anatoly Antonov") claims the later mentions of its last or first
//!   word ("Antonov"); a word-for-word repeat is the same entity.
//! * An acronym joins the organisation it abbreviates: written after it in brackets ("the
//!   International Atomic Energy Agency (IAEA)") or equal to its initials.
//! * What the lists could not classify is decided here: a word that is part of a person's
//!   name is that person; an unknown name of two or three capitalised words is a person; a
//!   lone unknown word is dropped when it is a common word or written only once, a plural
//!   is a group; other unknown names are organisations.
//!
//! [`cluster`] decides each mention's kind and clustering key in text order; the rules are
//! small functions: `article` gathers what the whole article says about its names (full
//! names of people, organisations' initials and head words, how often each name is written,
//! lists of names), the rules here apply it to names whose kind the lists gave, and
//! `shape` decides, by their shape, the names the lists do not know.

mod article;
mod shape;

use rustc_hash::FxHashMap as HashMap;

use self::article::Article;
use super::mention::{Mention, HEADLINE};
use crate::analysis::EntityKind;
use crate::lexicon::{self, honorific_gender, Gender, WordMap};
use crate::text::{Case, Document};

/// An entity under construction: its kind, its mentions (indices), the key it clusters by.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub kind: EntityKind,
    pub mentions: Vec<usize>,
    pub canonical: Option<&'static str>,
}

/// Groups `mentions` (in text order) into clusters, in order of first mention.
/// `teams` are countries that the article uses as sports teams (organisations).
/// `written_lower` counts the words the article also writes in lowercase.
pub fn cluster(
    doc: &Document,
    mentions: &mut [Mention],
    teams: &rustc_hash::FxHashSet<&'static str>,
    written_lower: &WordMap<usize>,
) -> Vec<Cluster> {
    let article = Article::new(doc, mentions, teams, written_lower);
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: HashMap<(u8, &str), usize> = HashMap::default();
    // The kind each clustering key was given first: an unknown name that repeats a known
    // one takes its kind.
    let mut kind_of_key: HashMap<&str, EntityKind> = HashMap::default();
    for (idx, m) in mentions.iter_mut().enumerate() {
        let Some((kind, key)) = article.kind_and_key(m, idx, &kind_of_key) else {
            continue;
        };
        m.kind = Some(kind);
        kind_of_key.entry(key).or_insert(kind);
        let id = (kind_code(kind), key);
        let c = *by_key.entry(id).or_insert_with(|| {
            clusters.push(Cluster { kind, mentions: Vec::new(), canonical: None });
            clusters.len() - 1
        });
        clusters[c].mentions.push(idx);
        if clusters[c].canonical.is_none() {
            clusters[c].canonical = m.canonical.filter(|c| *c != HEADLINE);
        }
    }
    clusters
}

impl<'a> Article<'a> {
    /// The kind and the clustering key of `m`, the `idx`th mention; `None` when it names
    /// nothing the lists or the text confirm, and is dropped. `kind_of_key` holds the kind
    /// each key was given first.
    fn kind_and_key(
        &self,
        m: &Mention,
        idx: usize,
        kind_of_key: &HashMap<&str, EntityKind>,
    ) -> Option<(EntityKind, &'a str)> {
        let t = self.text(m);
        if self.is_town(m) {
            return Some((EntityKind::Place, t));
        }
        if self.is_model(m) {
            return Some((EntityKind::Other, t));
        }
        Some(match m.kind {
            Some(EntityKind::Place) => self.place_kind_and_key(m),
            Some(EntityKind::Organization) => (EntityKind::Organization, self.organisation_key(m)),
            Some(EntityKind::Other) => (EntityKind::Other, t),
            Some(EntityKind::Person) => (EntityKind::Person, self.person_of_word(m).unwrap_or(t)),
            None => return self.unknown_kind_and_key(m, idx, kind_of_key),
        })
    }

    /// Whether `m` is a town located by the state or country after it: "Irving, Texas",
    /// "Mountain View, California" are towns there, whatever else the name could be. (Not
    /// a person with a title, nor a name opening with a given name.)
    fn is_town(&self, m: &Mention) -> bool {
        let names = &lexicon::get().names;
        m.title.is_none()
            && m.kind != Some(EntityKind::Place)
            && (one_word(m)
                || (m.tokens.end - m.tokens.start <= 3
                    && names.first_name(self.doc.token_text(m.tokens.start)).is_none()))
            && is_town_before_region(self.doc, m.tokens.end)
    }

    /// Whether `m` is one unlisted word of letters and digits ("IE6", "PS4", "A380"): a
    /// product or a model, whatever its capitals suggest.
    fn is_model(&self, m: &Mention) -> bool {
        one_word(m) && m.canonical.is_none() && is_model_name(self.text(m))
    }

    /// A place by the lists, unless the article's own usage says otherwise: a word of a
    /// person's full name is that person ("Paris" after "Valeska Paris"), and a country that
    /// plays in the article's scores is a team (an organisation).
    fn place_kind_and_key(&self, m: &Mention) -> (EntityKind, &'a str) {
        if let Some(full) = self.person_of_word(m) {
            (EntityKind::Person, full)
        } else if m.canonical.is_some_and(|c| self.teams.contains(c)) {
            (EntityKind::Organization, m.canonical.unwrap_or_default())
        } else {
            (EntityKind::Place, m.canonical.unwrap_or(self.text(m)))
        }
    }

    /// An organisation clusters by its listed name; a lone word by the organisation whose
    /// initials it spells ("IAEA") or whose head word it is ("the Council" after "Refugee
    /// Council"); otherwise by its text.
    fn organisation_key(&self, m: &Mention) -> &'a str {
        let t = self.text(m);
        m.canonical
            .or_else(|| {
                one_word(m)
                    .then(|| self.initials.get(t).or_else(|| self.heads.get(t)).copied())
                    .flatten()
            })
            .unwrap_or(t)
    }

    /// The full name a lone word belongs to, when the article names a person with it
    /// ("Mendes" after "Carlos Mendes"): the word is that person, unless its honorific says
    /// it is someone else ("Mrs. Mendes" is not Carlos Mendes). When two people share the
    /// word ("Bill Weber", "Anna Weber"), see [`Article::namesake_of_word`].
    fn person_of_word(&self, m: &Mention) -> Option<&'a str> {
        let word = one_word(m).then(|| self.text(m))?;
        let full = self.person_word.get(word).copied()?;
        match self.surnames.get(word).map(|&slot| &self.people[slot]) {
            Some(namesakes) if namesakes.len() >= 2 => self.namesake_of_word(m, namesakes),
            _ => (!self.honorific_disagrees(m, full)).then_some(full),
        }
    }

    /// Which of several people with the same last word a lone mention of it is: the only
    /// one its honorific fits ("Mrs. Weber" after "Bill Weber" and "Anna Weber"), else the
    /// only one the article has named so far. With two or more left, a person still, but on
    /// their own (the word is the key): a reader would not guess either.
    fn namesake_of_word(&self, m: &Mention, namesakes: &[(usize, &'a str)]) -> Option<&'a str> {
        let mut fit = namesakes.iter().filter(|&&(_, full)| !self.honorific_disagrees(m, full));
        let first = fit.next()?;
        if fit.next().is_none() {
            return Some(first.1);
        }
        let mut named = namesakes
            .iter()
            .filter(|&&(at, full)| at < m.tokens.start && !self.honorific_disagrees(m, full));
        match (named.next(), named.next()) {
            (Some(&(_, full)), None) => Some(full),
            _ => Some(self.text(m)),
        }
    }

    /// The sex the honorific before `m` says ("Mr.", "Mrs.", "Ms.", "Sir";
    /// [`honorific_gender`]), when it is capitalised: in lowercase the word is a common one
    /// ("polls miss Weber's fall").
    fn honorific(&self, m: &Mention) -> Option<Gender> {
        let title = m.title.as_ref().filter(|t| !t.is_empty())?;
        let word = self.doc.token_text(title.end - 1);
        word.starts_with(|c: char| c.is_uppercase()).then(|| honorific_gender(word)).flatten()
    }

    /// Whether the honorific before `m` is of the other sex than the given name that opens
    /// `full`, by the list of given names: a family shares a surname, and news tells its
    /// members apart by the honorific.
    fn honorific_disagrees(&self, m: &Mention, full: &str) -> bool {
        let Some(honorific) = self.honorific(m) else {
            return false;
        };
        match lexicon::get().names.given_name_gender(full) {
            Some(g @ (Gender::Male | Gender::Female)) => g != honorific,
            _ => false,
        }
    }

    /// The organisation a lone word abbreviates by its initials ("IAEA" after "International
    /// Atomic Energy Agency").
    fn organisation_of_initials(&self, m: &Mention) -> Option<&'a str> {
        one_word(m).then(|| self.initials.get(self.text(m)).copied()).flatten()
    }

    /// The kind and key of a name the lists do not know: by the other mentions of the
    /// article first (a person's word, an organisation's initials, a name already decided, a
    /// list of names), then by its shape. A headline word the body does not name as a
    /// person is dropped.
    fn unknown_kind_and_key(
        &self,
        m: &Mention,
        idx: usize,
        kind_of_key: &HashMap<&str, EntityKind>,
    ) -> Option<(EntityKind, &'a str)> {
        let t = self.text(m);
        if let Some(full) = self.person_of_word(m) {
            Some((EntityKind::Person, full))
        } else if let Some(org) = self.organisation_of_initials(m) {
            Some((EntityKind::Organization, org))
        } else if m.canonical == Some(HEADLINE) {
            None
        } else if let Some(&kind) = kind_of_key.get(t) {
            Some((kind, t))
        } else if let Some(kind) = self.list_kind[idx] {
            // "gods such as Zeus, Hera and Athena": a name in a list is of the kind of the
            // names the lists know there.
            Some((kind, t))
        } else {
            self.kind_by_shape(m)
        }
    }
}

/// Whether `m` is one word. (Not `m.tokens.len() == 1`: `Range::len` asserts that the range
/// is well formed, and in `cluster` the compiler failed to prove it and kept the assertion's
/// panic code, 0.4 KB of the wasm.)
pub(super) fn one_word(m: &Mention) -> bool {
    m.tokens.end - m.tokens.start == 1
}

fn kind_code(k: EntityKind) -> u8 {
    match k {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Other => 3,
    }
}

/// A word of letters and digits that names a model or product: "IE6", "PS4", "A380", "F-16".
fn is_model_name(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    letters > 0 && digits > 0 && word.chars().all(|c| c.is_alphanumeric() || c == '-')
}

/// Whether tokens from `comma` read ", <state or country>" closed by punctuation: the place
/// that locates a town named just before.
fn is_town_before_region(doc: &Document, comma: usize) -> bool {
    use crate::lexicon::PlaceKind;
    if doc.tokens.get(comma).is_none_or(|_| doc.token_text(comma) != ",") {
        return false;
    }
    let names = &crate::lexicon::get().names;
    // One or two words: "Texas", "New Jersey", "South Korea".
    (1..=2).rev().any(|n| {
        let (a, b) = (comma + 1, comma + 1 + n);
        if b > doc.tokens.len() || !(a..b).all(|i| doc.tokens[i].case == Case::Capitalized) {
            return false;
        }
        let name = doc.range_text(a..b);
        // The place closes the phrase ("Irving, Texas, was", "in Mountain View, California."):
        // not "Gomez, Panama coach, said" nor "Group G, Belgium faced Panama".
        let ends = doc.tokens.get(b).is_none_or(|t| {
            t.kind == crate::text::TokenKind::Punct
                && !matches!(doc.token_text(b), "'s" | "’s" | "'" | "’")
        });
        ends && names
            .place(name)
            .is_some_and(|p| matches!(p.kind, PlaceKind::Region | PlaceKind::Country))
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::entities::mention::Context;

    /// Mentions of `names` in `doc`, each found after the one before, with the kinds given.
    pub(super) fn mentions_in(
        doc: &Document,
        names: &[(&str, Option<EntityKind>)],
    ) -> Vec<Mention> {
        let mut from = 0;
        names
            .iter()
            .map(|&(words, kind)| {
                let start = from + doc.text()[from..].find(words).expect("name in the text");
                let end = start + words.len();
                from = end;
                let a = doc.tokens.iter().position(|t| t.start() == start);
                let b = doc.tokens.iter().position(|t| t.end() == end);
                Mention {
                    tokens: a.zip(b).map(|(a, b)| a..b + 1).expect("token boundaries"),
                    kind,
                    canonical: None,
                    title: None,
                }
            })
            .collect()
    }

    /// Runs `f` with the article's evidence about `mentions` in `text`; `teams` are the
    /// countries that play.
    pub(super) fn with_article(
        text: &str,
        names: &[(&str, Option<EntityKind>)],
        teams: &[&'static str],
        f: impl FnOnce(&Article, &mut Vec<Mention>),
    ) {
        let doc = Document::new(text);
        let mut mentions = mentions_in(&doc, names);
        with_mentions(&doc, &mut mentions, teams, f);
    }

    /// Runs `f` with the article's evidence about `mentions` (made by the caller).
    pub(super) fn with_mentions(
        doc: &Document,
        mentions: &mut Vec<Mention>,
        teams: &[&'static str],
        f: impl FnOnce(&Article, &mut Vec<Mention>),
    ) {
        let cx = Context::new(doc);
        let teams = teams.iter().copied().collect();
        let article = Article::new(doc, mentions, &teams, &cx.seen_lower);
        f(&article, mentions);
    }

    const PERSON: Option<EntityKind> = Some(EntityKind::Person);
    const ORG: Option<EntityKind> = Some(EntityKind::Organization);
    const PLACE: Option<EntityKind> = Some(EntityKind::Place);

    #[test]
    fn mentions_cluster_by_kind_and_key_in_order_of_first_mention() {
        let doc = Document::new("Anna Weber met Quarnstrom. Weber and Quarnstrom left.");
        let mut mentions = mentions_in(
            &doc,
            &[("Anna Weber", PERSON), ("Quarnstrom", None), ("Weber", None), ("Quarnstrom", None)],
        );
        let teams = Default::default();
        let cx = Context::new(&doc);
        let clusters = cluster(&doc, &mut mentions, &teams, &cx.seen_lower);
        let found: Vec<_> = clusters.iter().map(|c| (c.kind, c.mentions.clone())).collect();
        assert_eq!(
            found,
            [(EntityKind::Person, vec![0, 2]), (EntityKind::Organization, vec![1, 3])]
        );
        assert_eq!(mentions[2].kind, PERSON);
    }

    #[test]
    fn a_town_and_a_model_whatever_their_kind() {
        with_article(
            "Anna Weber of Veldrin, Texas, sold XR7 phones.",
            &[("Anna Weber", PERSON), ("Veldrin", PERSON), ("XR7", ORG)],
            &[],
            |article, m| {
                let decided: Vec<_> =
                    (0..3).map(|i| article.kind_and_key(&m[i], i, &HashMap::default())).collect();
                assert_eq!(
                    decided,
                    [
                        Some((EntityKind::Person, "Anna Weber")),
                        Some((EntityKind::Place, "Veldrin")),
                        Some((EntityKind::Other, "XR7"))
                    ]
                );
            },
        );
    }

    #[test]
    fn a_name_before_a_comma_and_a_region_is_a_town() {
        with_article(
            "Veldrin, Texas, and Anna Weber, Texas, and Lena Larsen.",
            &[("Veldrin", None), ("Anna Weber", None), ("Lena Larsen", None)],
            &[],
            |article, m| {
                assert!(article.is_town(&m[0]));
                // A name opening with a given name is a person's.
                assert!(!article.is_town(&m[1]));
                assert!(!article.is_town(&m[2]));
                m[0].title = Some(0..1);
                assert!(!article.is_town(&m[0]));
            },
        );
    }

    #[test]
    fn one_unlisted_word_of_letters_and_digits_is_a_model() {
        with_article("XR7 and Weber", &[("XR7", None), ("Weber", None)], &[], |article, m| {
            assert!(article.is_model(&m[0]));
            assert!(!article.is_model(&m[1]));
            m[0].canonical = Some("XR7 Phone");
            assert!(!article.is_model(&m[0]));
        });
    }

    #[test]
    fn the_article_overrides_a_listed_place() {
        let text = "Anna Bergen met Norway; Bergen and Norway won 2 - 1.";
        let names =
            [("Anna Bergen", PERSON), ("Norway", PLACE), ("Bergen", PLACE), ("Norway", PLACE)];
        with_article(text, &names, &["Norway"], |article, m| {
            m[2].canonical = Some("Bergen");
            m[3].canonical = Some("Norway");
            let bergen = article.place_kind_and_key(&m[2]);
            assert_eq!(bergen, (EntityKind::Person, "Anna Bergen"));
            let norway = article.place_kind_and_key(&m[3]);
            assert_eq!(norway, (EntityKind::Organization, "Norway"));
        });
        with_article(text, &names, &[], |article, m| {
            m[3].canonical = Some("Norway");
            let norway = article.place_kind_and_key(&m[3]);
            assert_eq!(norway, (EntityKind::Place, "Norway"));
        });
    }

    #[test]
    fn an_organisation_by_its_listed_name_its_initials_or_its_head_word() {
        with_article(
            "The Veldrin Fisheries Authority (VFA) said the Authority and Anna Group agreed.",
            &[
                ("Veldrin Fisheries Authority", ORG),
                ("VFA", ORG),
                ("Authority", ORG),
                ("Anna Group", ORG),
            ],
            &[],
            |article, m| {
                let keys: Vec<_> = m.iter().map(|m| article.organisation_key(m)).collect();
                let full = "Veldrin Fisheries Authority";
                assert_eq!(keys, [full, full, full, "Anna Group"]);
                m[3].canonical = Some("Anna Holdings");
                assert_eq!(article.organisation_key(&m[3]), "Anna Holdings");
            },
        );
    }

    #[test]
    fn a_lone_word_of_a_full_name_is_that_person() {
        with_article(
            "Anna Weber left; Weber and Weber Anna stayed.",
            &[("Anna Weber", PERSON), ("Weber", None), ("Weber Anna", None)],
            &[],
            |article, m| {
                assert_eq!(article.person_of_word(&m[1]), Some("Anna Weber"));
                assert_eq!(article.person_of_word(&m[2]), None);
            },
        );
    }

    #[test]
    fn a_surname_two_people_share_goes_to_the_one_the_context_points_to() {
        let text = "Bill Weber founded the firm. Weber retired. Anna Weber took over. Mrs. Weber \
                    hired staff. Mr. Weber agreed. Weber said so.";
        let doc = Document::new(text);
        let weber = ("Weber", PERSON);
        let mut mentions = mentions_in(
            &doc,
            &[("Bill Weber", PERSON), weber, ("Anna Weber", PERSON), weber, weber, weber],
        );
        for m in [3, 4] {
            let at = mentions[m].tokens.start;
            mentions[m].title = Some(at - 1..at);
        }
        with_mentions(&doc, &mut mentions, &[], |article, m| {
            // Only Bill Weber has been named.
            assert_eq!(article.person_of_word(&m[1]), Some("Bill Weber"), "Weber retired");
            // The honorific picks one of the two.
            assert_eq!(article.person_of_word(&m[3]), Some("Anna Weber"), "Mrs. Weber");
            assert_eq!(article.person_of_word(&m[4]), Some("Bill Weber"), "Mr. Weber");
            // Both have been named, and nothing tells them apart: a person on their own.
            assert_eq!(article.person_of_word(&m[5]), Some("Weber"), "Weber said so");
        });
    }

    #[test]
    fn an_honorific_of_the_other_sex_is_someone_else() {
        let text = "Peter Lund spoke. Mrs. Lund and Mr. Lund left; Ms Lund stayed with Dr. Lund. \
                    Polls miss Lund.";
        let doc = Document::new(text);
        let lund = ("Lund", PERSON);
        let mut mentions =
            mentions_in(&doc, &[("Peter Lund", PERSON), lund, lund, lund, lund, lund]);
        // Each lone "Lund" with the honorific (one token) before it as its title.
        for (m, honorific) in mentions[1..].iter_mut().zip(["Mrs.", "Mr.", "Ms", "Dr.", "miss"]) {
            assert_eq!(doc.token_text(m.tokens.start - 1), honorific);
            m.title = Some(m.tokens.start - 1..m.tokens.start);
        }
        with_mentions(&doc, &mut mentions, &[], |article, m| {
            assert_eq!(article.person_of_word(&m[1]), None, "Mrs. Lund");
            assert_eq!(article.person_of_word(&m[2]), Some("Peter Lund"), "Mr. Lund");
            assert_eq!(article.person_of_word(&m[3]), None, "Ms Lund");
            assert_eq!(article.person_of_word(&m[4]), Some("Peter Lund"), "Dr. Lund");
            // In lowercase, a verb.
            assert_eq!(article.person_of_word(&m[5]), Some("Peter Lund"), "miss Lund");
        });
    }

    #[test]
    fn a_lone_word_of_an_organisations_initials_is_that_organisation() {
        with_article(
            "Veldrin Fisheries Authority, VFA and VFA Board",
            &[("Veldrin Fisheries Authority", ORG), ("VFA", None), ("VFA Board", None)],
            &[],
            |article, m| {
                let full = Some("Veldrin Fisheries Authority");
                assert_eq!(article.organisation_of_initials(&m[1]), full);
                assert_eq!(article.organisation_of_initials(&m[2]), None);
            },
        );
    }

    #[test]
    fn an_unknown_name_by_the_other_mentions_first() {
        with_article(
            "Quarnstrom and Veldrin; Anna, Lena and Quarnstrom",
            &[
                ("Quarnstrom", None),
                ("Veldrin", None),
                ("Anna", None),
                ("Lena", None),
                ("Quarnstrom", None),
            ],
            &[],
            |article, m| {
                let mut kind_of_key = HashMap::default();
                kind_of_key.insert("Quarnstrom", EntityKind::Place);
                let decide = |i| article.unknown_kind_and_key(&m[i], i, &kind_of_key);
                // A name already decided keeps its kind.
                assert_eq!(decide(0), Some((EntityKind::Place, "Quarnstrom")));
                // "Veldrin", written once, is too little to tell.
                assert_eq!(decide(1), None);
                // A name in a list of given names.
                assert_eq!(decide(3), Some((EntityKind::Person, "Lena")));
            },
        );
    }

    #[test]
    fn a_headline_word_the_body_does_not_name_is_dropped() {
        with_article(
            "Quarnstrom Wins. Quarnstrom left.",
            &[("Quarnstrom", None), ("Quarnstrom", None)],
            &[],
            |article, m| {
                m[0].canonical = Some(HEADLINE);
                let none = HashMap::default();
                assert_eq!(article.unknown_kind_and_key(&m[0], 0, &none), None);
                assert_eq!(
                    article.unknown_kind_and_key(&m[1], 1, &none),
                    Some((EntityKind::Organization, "Quarnstrom"))
                );
            },
        );
    }

    #[test]
    fn one_word_counts_tokens() {
        let doc = Document::new("Weber and Anna Weber");
        let m = mentions_in(&doc, &[("Weber", None), ("Anna Weber", None)]);
        assert!(one_word(&m[0]));
        assert!(!one_word(&m[1]));
    }

    #[test]
    fn model_names_mix_letters_and_digits() {
        assert!(is_model_name("XR7"));
        assert!(is_model_name("F-16"));
        assert!(!is_model_name("Weber"));
        assert!(!is_model_name("2016"));
    }

    #[test]
    fn a_region_closes_the_phrase_after_a_comma() {
        let doc = Document::new("Veldrin, Texas, said. Weber, Texas coach, said.");
        assert!(is_town_before_region(&doc, 1));
        let after_weber = doc.text().find("Weber").unwrap() + "Weber".len();
        let comma = doc.tokens.iter().position(|t| t.start() == after_weber).unwrap();
        assert!(!is_town_before_region(&doc, comma));
        assert!(!is_town_before_region(&doc, 0));
    }
}
