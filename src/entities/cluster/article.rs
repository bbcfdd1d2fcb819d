//! What the whole article says about its names, gathered before any mention is decided:
//! the full names of its people, its organisations' initials and head words, how often
//! each name is written, and the lists of names it gives. A name the lists do not know is
//! often decided by another mention of it ("Antonov" after "Anatoly Antonov").

use rustc_hash::FxHashMap as HashMap;

use super::super::mention::{listed_after, Mention};
use crate::analysis::EntityKind;
use crate::lexicon::{self, WordMap};
use crate::text::{Case, Document};

/// The article's evidence about its names, for the rules that decide each mention.
pub(super) struct Article<'a> {
    pub(super) doc: &'a Document<'a>,
    /// Countries the article uses as sports teams.
    pub(super) teams: &'a rustc_hash::FxHashSet<&'static str>,
    /// Words the article also writes in lowercase, with how often.
    pub(super) written_lower: &'a WordMap<'a, usize>,
    /// Each word of a person's full name → the full name.
    pub(super) person_word: HashMap<&'a str, &'a str>,
    /// The last word of people's full names → its place in `people`.
    pub(super) surnames: HashMap<&'a str, usize>,
    /// For each such last word, the full names that end with it (up to [`MAX_NAMESAKES`]),
    /// each with the token where it first appears: "Weber" → "Bill Weber", "Anna Weber".
    pub(super) people: Vec<Vec<(usize, &'a str)>>,
    /// Organisations' initials → the organisation's name.
    pub(super) initials: HashMap<String, &'a str>,
    /// Organisations' head words → the organisation's clustering key.
    pub(super) heads: HashMap<&'a str, &'a str>,
    /// How often each mention's text occurs.
    pub(super) seen: HashMap<&'a str, usize>,
    /// For each mention, the kind of the list of names it stands in.
    pub(super) list_kind: Vec<Option<EntityKind>>,
}

impl<'a> Article<'a> {
    pub(super) fn new(
        doc: &'a Document<'a>,
        mentions: &[Mention],
        teams: &'a rustc_hash::FxHashSet<&'static str>,
        written_lower: &'a WordMap<'a, usize>,
    ) -> Article<'a> {
        let (surnames, people) = namesakes(doc, mentions);
        Article {
            doc,
            teams,
            written_lower,
            person_word: person_words(doc, mentions),
            surnames,
            people,
            initials: initials(doc, mentions),
            heads: heads(doc, mentions),
            seen: seen(doc, mentions),
            list_kind: list_kinds(doc, mentions),
        }
    }

    /// The text of a mention.
    pub(super) fn text(&self, m: &Mention) -> &'a str {
        text(self.doc, m)
    }
}

fn text<'a>(doc: &'a Document, m: &Mention) -> &'a str {
    doc.range_text(m.tokens.clone())
}

/// Full names of people: each word of them points to the person (the last such name wins
/// for the last word, the first for the first word).
fn person_words<'a>(doc: &'a Document, mentions: &[Mention]) -> HashMap<&'a str, &'a str> {
    let mut person_word = HashMap::default();
    for m in mentions.iter().filter(|m| m.kind == Some(EntityKind::Person) && m.tokens.len() >= 2) {
        let full = text(doc, m);
        person_word.insert(doc.token_text(m.tokens.end - 1), full);
        person_word.entry(doc.token_text(m.tokens.start)).or_insert(full);
    }
    person_word
}

/// The most full names one last word is kept with: a family, a few namesakes (a text with
/// more than this is not an article, and a longer list would be read at every lone word).
pub(super) const MAX_NAMESAKES: usize = 8;

/// People's full names by their last word, each with the token where it first appears.
#[allow(clippy::type_complexity)]
fn namesakes<'a>(
    doc: &'a Document,
    mentions: &[Mention],
) -> (HashMap<&'a str, usize>, Vec<Vec<(usize, &'a str)>>) {
    let mut surnames: HashMap<&'a str, usize> = HashMap::default();
    let mut people: Vec<Vec<(usize, &'a str)>> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == Some(EntityKind::Person) && m.tokens.len() >= 2) {
        let full = text(doc, m);
        let slot = *surnames.entry(doc.token_text(m.tokens.end - 1)).or_insert_with(|| {
            people.push(Vec::new());
            people.len() - 1
        });
        let names = &mut people[slot];
        if names.len() < MAX_NAMESAKES && !names.iter().any(|&(_, f)| f == full) {
            names.push((m.tokens.start, full));
        }
    }
    (surnames, people)
}

/// The organisations of two words or more.
fn organisations(mentions: &[Mention]) -> impl Iterator<Item = &Mention> {
    mentions.iter().filter(|m| m.kind == Some(EntityKind::Organization) && m.tokens.len() >= 2)
}

/// Organisation names by their initials, the first letters of their words that are not
/// lowercase: "International Atomic Energy Agency" → "IAEA" (the first such name wins).
fn initials<'a>(doc: &'a Document, mentions: &[Mention]) -> HashMap<String, &'a str> {
    let mut initials = HashMap::default();
    for m in organisations(mentions) {
        let acronym: String = m
            .tokens
            .clone()
            .filter(|&i| doc.tokens[i].case != Case::Lower)
            .filter_map(|i| doc.token_text(i).chars().next())
            .collect();
        if acronym.len() >= 2 {
            initials.entry(acronym).or_insert_with(|| text(doc, m));
        }
    }
    initials
}

/// Organisation keys by their head word, the last word or one before "of"/"for": "the
/// Church" after "Church of Scientology", "the Council" after "Refugee Council" (the first
/// such name wins).
fn heads<'a>(doc: &'a Document, mentions: &[Mention]) -> HashMap<&'a str, &'a str> {
    let mut heads = HashMap::default();
    for m in organisations(mentions) {
        let key = m.canonical.unwrap_or_else(|| text(doc, m));
        let first = doc.token_text(m.tokens.start);
        if matches!(doc.token_text(m.tokens.start + 1), "of" | "for") {
            heads.entry(first).or_insert(key);
        }
        heads.entry(doc.token_text(m.tokens.end - 1)).or_insert(key);
    }
    heads
}

/// How often each mention's text occurs.
fn seen<'a>(doc: &'a Document, mentions: &[Mention]) -> HashMap<&'a str, usize> {
    let mut seen = HashMap::default();
    for m in mentions {
        *seen.entry(text(doc, m)).or_default() += 1;
    }
    seen
}

/// For each mention, the kind of the list of names it stands in ("Zeus, Hera, Poseidon and
/// Athena"; "Ubisoft, Microsoft and Sony"): three names or more joined by commas, "and" or
/// "or", whose known members (by the lists: kinds already decided, given names and surnames)
/// are all of one kind. `None` outside such lists.
pub(super) fn list_kinds(doc: &Document, mentions: &[Mention]) -> Vec<Option<EntityKind>> {
    let names = &lexicon::get().names;
    let mut out = vec![None; mentions.len()];
    let known = |m: &Mention| {
        m.kind.or_else(|| {
            let w = doc.token_text(m.tokens.start);
            (m.tokens.len() == 1
                && m.canonical.is_none()
                && (names.first_name(w).is_some() || names.is_surname(w)))
            .then_some(EntityKind::Person)
        })
    };
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start + 1;
        while end < mentions.len() && listed_after(doc, &mentions[end - 1], &mentions[end]) {
            end += 1;
        }
        if end - start >= 3 {
            let kinds: Vec<EntityKind> = mentions[start..end].iter().filter_map(known).collect();
            if let Some(&first) = kinds.first() {
                if kinds.iter().all(|&k| k == first) && first != EntityKind::Other {
                    out[start..end].iter_mut().for_each(|k| *k = Some(first));
                }
            }
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::{mentions_in, with_article};
    use super::*;

    const PERSON: Option<EntityKind> = Some(EntityKind::Person);
    const ORG: Option<EntityKind> = Some(EntityKind::Organization);

    #[test]
    fn each_word_of_a_full_name_points_to_the_person() {
        let doc = Document::new("Anna Weber, Lena Weber, Anna Larsen and Weber Quarnstrom");
        let mentions = mentions_in(
            &doc,
            &[
                ("Anna Weber", PERSON),
                ("Lena Weber", PERSON),
                ("Anna Larsen", PERSON),
                ("Weber Quarnstrom", None),
            ],
        );
        let words = person_words(&doc, &mentions);
        // The last full name wins for the last word, the first for the first word.
        assert_eq!(words.get("Weber"), Some(&"Lena Weber"));
        assert_eq!(words.get("Anna"), Some(&"Anna Weber"));
        assert_eq!(words.get("Larsen"), Some(&"Anna Larsen"));
        // Only people's names count.
        assert_eq!(words.get("Quarnstrom"), None);
    }

    #[test]
    fn namesakes_are_kept_by_last_word_with_where_they_first_appear() {
        let doc = Document::new("Bill Weber met Anna Weber and Bill Weber again, with Jon Lund.");
        let mentions = mentions_in(
            &doc,
            &[
                ("Bill Weber", PERSON),
                ("Anna Weber", PERSON),
                ("Bill Weber", PERSON),
                ("Jon Lund", PERSON),
            ],
        );
        let (surnames, people) = namesakes(&doc, &mentions);
        assert_eq!(people[surnames["Weber"]], [(0, "Bill Weber"), (3, "Anna Weber")]);
        assert_eq!(people[surnames["Lund"]].len(), 1);
        assert_eq!(surnames.get("Bill"), None);
    }

    #[test]
    fn organisations_of_two_words_or_more() {
        let doc = Document::new("Veldrin Group, Fisheries and Anna Weber");
        let mentions = mentions_in(
            &doc,
            &[("Veldrin Group", ORG), ("Fisheries", ORG), ("Anna Weber", PERSON)],
        );
        let found: Vec<_> = organisations(&mentions).map(|m| m.tokens.start).collect();
        assert_eq!(found, [0]);
    }

    #[test]
    fn an_organisation_by_its_initials() {
        let doc = Document::new("Veldrin Fisheries Authority, Ministry of Fisheries, Veldrin Fund");
        let mentions = mentions_in(
            &doc,
            &[
                ("Veldrin Fisheries Authority", ORG),
                ("Ministry of Fisheries", ORG),
                ("Veldrin Fund", ORG),
            ],
        );
        let initials = initials(&doc, &mentions);
        assert_eq!(initials.get("VFA"), Some(&"Veldrin Fisheries Authority"));
        // Lowercase words do not count.
        assert_eq!(initials.get("MF"), Some(&"Ministry of Fisheries"));
        assert_eq!(initials.get("VF"), Some(&"Veldrin Fund"));
        assert_eq!(initials.len(), 3);
    }

    #[test]
    fn an_organisation_by_its_head_word() {
        let doc = Document::new("Ministry of Fisheries and Veldrin Council and Anna Council");
        let mut mentions = mentions_in(
            &doc,
            &[("Ministry of Fisheries", ORG), ("Veldrin Council", ORG), ("Anna Council", ORG)],
        );
        mentions[1].canonical = Some("Council of Veldrin");
        let heads = heads(&doc, &mentions);
        assert_eq!(heads.get("Ministry"), Some(&"Ministry of Fisheries"));
        assert_eq!(heads.get("Fisheries"), Some(&"Ministry of Fisheries"));
        // By the listed name, and the first organisation wins.
        assert_eq!(heads.get("Council"), Some(&"Council of Veldrin"));
        assert_eq!(heads.get("Veldrin"), None);
    }

    #[test]
    fn how_often_each_name_is_written() {
        let doc = Document::new("Weber, Anna Weber and Weber");
        let mentions =
            mentions_in(&doc, &[("Weber", None), ("Anna Weber", PERSON), ("Weber", None)]);
        let seen = seen(&doc, &mentions);
        assert_eq!((seen["Weber"], seen["Anna Weber"]), (2, 1));
    }

    #[test]
    fn a_name_in_a_list_takes_the_kind_of_the_known_names() {
        with_article(
            "Anna, Lena and Quarnstrom met Veldrin and Quarnstrom.",
            &[
                ("Anna", None),
                ("Lena", None),
                ("Quarnstrom", None),
                ("Veldrin", None),
                ("Quarnstrom", None),
            ],
            &[],
            |article, _| {
                let person = Some(EntityKind::Person);
                assert_eq!(article.list_kind, [person, person, person, None, None]);
            },
        );
        // Known members of different kinds make no list kind.
        with_article(
            "Anna, Veldrin Group and Quarnstrom",
            &[("Anna", None), ("Veldrin Group", ORG), ("Quarnstrom", None)],
            &[],
            |article, _| assert_eq!(article.list_kind, [None, None, None]),
        );
    }
}
