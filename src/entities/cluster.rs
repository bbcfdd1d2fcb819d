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

use rustc_hash::FxHashMap as HashMap;

use super::mention::{Mention, HEADLINE};
use crate::analysis::EntityKind;
use crate::lexicon::{self, WordMap};
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
    let names = &lexicon::get().names;
    let text = |m: &Mention| {
        doc.slice(
            doc.tokens[m.tokens.start].start(),
            doc.tokens[m.tokens.end - 1].end(),
        )
    };
    let words =
        |m: &Mention| -> Vec<&str> { m.tokens.clone().map(|i| doc.token_text(i)).collect() };

    // Full names of people: each word of them points to the person (the last such name wins).
    let mut person_word: HashMap<&str, &str> = HashMap::default();
    for m in mentions
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Person) && m.tokens.len() >= 2)
    {
        let w = words(m);
        let full = text(m);
        person_word.insert(w[w.len() - 1], full);
        person_word.entry(w[0]).or_insert(full);
    }
    // Organisation names by their initials: "International Atomic Energy Agency" → "IAEA".
    let mut initials: HashMap<String, &str> = HashMap::default();
    // ... and by their head word: "the Church" after "Church of Scientology", "the Council"
    // after "Refugee Council" (the key each clusters under).
    let mut heads: HashMap<&str, &str> = HashMap::default();
    for m in mentions
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Organization) && m.tokens.len() >= 2)
    {
        let acronym: String = m
            .tokens
            .clone()
            .filter(|&i| doc.tokens[i].case != Case::Lower)
            .filter_map(|i| doc.token_text(i).chars().next())
            .collect();
        if acronym.len() >= 2 {
            initials.entry(acronym).or_insert_with(|| text(m));
        }
        let key = m.canonical.unwrap_or_else(|| text(m));
        let first = doc.token_text(m.tokens.start);
        if matches!(doc.token_text(m.tokens.start + 1), "of" | "for") {
            heads.entry(first).or_insert(key);
        }
        heads.entry(doc.token_text(m.tokens.end - 1)).or_insert(key);
    }

    // How often each mention's text occurs.
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for m in mentions.iter() {
        *seen.entry(text(m)).or_default() += 1;
    }
    let list_kind = list_kinds(doc, mentions);
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: HashMap<(u8, &str), usize> = HashMap::default();
    // The kind each clustering key was given first: an unknown name that repeats a known
    // one takes its kind.
    let mut kind_of_key: HashMap<&str, EntityKind> = HashMap::default();
    for idx in 0..mentions.len() {
        let m = &mentions[idx];
        let t = text(m);
        let single = m.tokens.len() == 1;
        // Decide the kind and the clustering key.
        // "Irving, Texas", "Mountain View, California": a name followed by a comma and a
        // state or country is a town there, whatever else the name could be.
        let town = m.title.is_none()
            && m.kind != Some(EntityKind::Place)
            && (single
                || (m.tokens.len() <= 3
                    && names.first_name(doc.token_text(m.tokens.start)).is_none()))
            && is_town_before_region(doc, m.tokens.end);
        let (kind, key) = match m.kind {
            _ if town => (EntityKind::Place, t),
            // Letters and digits in one unlisted word ("IE6", "PS4", "A380"): a product or a
            // model, whatever its capitals suggest.
            _ if single && m.canonical.is_none() && is_model_name(t) => (EntityKind::Other, t),
            // The article's own usage beats the gazetteer: "Paris" after "Valeska Paris".
            Some(EntityKind::Place) if single && person_word.contains_key(t) => {
                (EntityKind::Person, person_word[t])
            }
            Some(EntityKind::Place) if m.canonical.is_some_and(|c| teams.contains(c)) => {
                (EntityKind::Organization, m.canonical.unwrap_or_default())
            }
            Some(EntityKind::Place) => (EntityKind::Place, m.canonical.unwrap_or(t)),
            Some(EntityKind::Organization) => {
                let key = m
                    .canonical
                    .or_else(|| {
                        single
                            .then(|| initials.get(t).or_else(|| heads.get(t)).copied())
                            .flatten()
                    })
                    .unwrap_or(t);
                (EntityKind::Organization, key)
            }
            Some(EntityKind::Other) => (EntityKind::Other, t),
            Some(EntityKind::Person) if single => {
                (EntityKind::Person, person_word.get(t).copied().unwrap_or(t))
            }
            Some(EntityKind::Person) => (EntityKind::Person, t),
            None => {
                if let Some(&full) = person_word.get(t).filter(|_| single) {
                    (EntityKind::Person, full)
                } else if let Some(&org) = single.then(|| initials.get(t)).flatten() {
                    (EntityKind::Organization, org)
                } else if m.canonical == Some(HEADLINE) {
                    // A headline word the body does not name as a person.
                    continue;
                } else if let Some(&kind) = kind_of_key.get(t) {
                    (kind, t)
                } else if let Some(kind) = list_kind[idx] {
                    // "gods such as Zeus, Hera and Athena": a name in a list is of the kind
                    // of the names the lists know there.
                    (kind, t)
                } else {
                    let w = words(m);
                    let person_shaped = (2..=3).contains(&w.len())
                        && m.tokens
                            .clone()
                            .all(|i| doc.tokens[i].case == Case::Capitalized)
                        && !w
                            .iter()
                            .any(|w| names.org_word(w).suffix || names.is_common_lowered(w));
                    let upper = doc.tokens[m.tokens.start].case == Case::Upper;
                    // "the Church", "the Army", "the Crown": people take no article; a lone
                    // word after "the" is an institution.
                    let after_the = m.tokens.start > 0 && doc.lower(m.tokens.start - 1) == "the";
                    let institution_word =
                        names.is_common_lowered(t) || names.org_word(t) != Default::default();
                    // After "the" a listed name is still a person's when it is no institution
                    // word: "the Marilyn pictures", but "the Church".
                    let listed_name = single
                        && !(after_the && institution_word)
                        && (names.is_surname(t) || names.first_name(t).is_some());
                    if single && after_the && matches!(t, "North" | "South" | "East" | "West") {
                        // "the North", "the South": a region of the country in question.
                        (EntityKind::Place, t)
                    } else if single && after_the && !upper && institution_word {
                        (EntityKind::Organization, heads.get(t).copied().unwrap_or(t))
                    } else if person_shaped || listed_name || m.title.is_some() {
                        (EntityKind::Person, t)
                    } else if !single && w.last().is_some_and(|l| names.is_event_word(l)) {
                        // "Lantern Festival", "Clean Air Act", "Nobel Prize": an event, a law,
                        // a prize.
                        (EntityKind::Other, t)
                    } else if single
                        && !upper
                        && written_lower
                            .get(doc.lower(m.tokens.start))
                            .is_some_and(|&n| n >= seen[t])
                    {
                        // A word the article writes in lowercase at least as often ("Iodine
                        // deficiency ... iodine") is that word, capitalised by habit.
                        continue;
                    } else if single && !upper && names.is_common_lowered(t) {
                        // A lone capitalised common word ("Results", "University") names
                        // nothing the lists or the text confirm.
                        continue;
                    } else if single
                        && t.ends_with('s')
                        && !upper
                        && !t.contains('-')
                        && !["ss", "us", "is", "news"].iter().any(|e| t.ends_with(e))
                    {
                        // A plural name is a group or a kind of thing ("the Polaroids").
                        (EntityKind::Other, t)
                    } else if single && !upper && seen[t] == 1 {
                        // A lone word no list knows, written once: too little to tell what it
                        // names (measured: more of these are wrong than right).
                        continue;
                    } else {
                        (EntityKind::Organization, t)
                    }
                }
            }
        };
        mentions[idx].kind = Some(kind);
        kind_of_key.entry(key).or_insert(kind);
        let id = (kind_code(kind), key);
        let c = *by_key.entry(id).or_insert_with(|| {
            clusters.push(Cluster {
                kind,
                mentions: Vec::new(),
                canonical: None,
            });
            clusters.len() - 1
        });
        clusters[c].mentions.push(idx);
        if clusters[c].canonical.is_none() {
            clusters[c].canonical = mentions[idx].canonical.filter(|c| *c != HEADLINE);
        }
    }
    clusters
}

/// For each mention, the kind of the list of names it stands in ("Zeus, Hera, Poseidon and
/// Athena"; "Ubisoft, Microsoft and Sony"): three names or more joined by commas, "and" or
/// "or", whose known members (by the lists: kinds already decided, given names and surnames)
/// are all of one kind. `None` outside such lists.
fn list_kinds(doc: &Document, mentions: &[Mention]) -> Vec<Option<EntityKind>> {
    let names = &lexicon::get().names;
    let mut out = vec![None; mentions.len()];
    let joined = |a: &Mention, b: &Mention| {
        let between: Vec<&str> = (a.tokens.end..b.tokens.start)
            .map(|i| doc.token_text(i))
            .collect();
        matches!(
            between[..],
            [","] | ["and"] | ["or"] | [",", "and"] | [",", "or"]
        )
    };
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
        while end < mentions.len() && joined(&mentions[end - 1], &mentions[end]) {
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
    if doc
        .tokens
        .get(comma)
        .is_none_or(|_| doc.token_text(comma) != ",")
    {
        return false;
    }
    let names = &crate::lexicon::get().names;
    // One or two words: "Texas", "New Jersey", "South Korea".
    (1..=2).rev().any(|n| {
        let (a, b) = (comma + 1, comma + 1 + n);
        if b > doc.tokens.len() || !(a..b).all(|i| doc.tokens[i].case == Case::Capitalized) {
            return false;
        }
        let name = doc.slice(doc.tokens[a].start(), doc.tokens[b - 1].end());
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
