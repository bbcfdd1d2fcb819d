//! The name lists: places, demonyms and groups, given names and surnames, titles,
//! organisation words and well-known organisations, and common English words.

use super::parse::{count, data, fields, lines};
use super::{inflect, WordMap};
use std::sync::OnceLock;

/// What kind of place a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Continent,
    Region,
    Feature,
    City,
}

/// A place, by any of its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The name `places.txt` lists it under ("United States" for "U.S.").
    pub canonical: &'static str,
    pub kind: PlaceKind,
}

/// The sex most bearers of a given name have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    Either,
}

/// How a word takes part in a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// A role that names a person: "Minister", "President", "adviser", "Mr.".
    Person,
    /// A word that combines with a role: "Deputy", "Defense", "former".
    Modifier,
}

/// Where an organisation word stands in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OrgWord {
    /// Ends a name: "Foreign Ministry", "Labour Party", "Acme Inc".
    pub suffix: bool,
    /// Begins one, before "of"/"for": "Ministry of Defence".
    pub head: bool,
}

#[derive(Debug, Default)]
pub struct Names {
    places: WordMap<'static, Place>,
    demonyms: WordMap<'static, &'static str>,
    groups: WordMap<'static, ()>,
    first_names: WordMap<'static, Gender>,
    surnames: WordMap<'static, ()>,
    /// Lowercase.
    common: WordMap<'static, ()>,
    /// Lowercased.
    titles: WordMap<'static, TitleKind>,
    org_words: WordMap<'static, OrgWord>,
    organizations: WordMap<'static, &'static str>,
    place_words: WordMap<'static, ()>,
    event_words: WordMap<'static, ()>,
}

impl Names {
    pub(super) fn load() -> Names {
        let mut n = Names::default();
        let src = data!("places");
        n.places = WordMap::with_capacity(count(src) * 3 / 2);
        for line in lines(src) {
            let mut f = fields(line);
            let (Some(name), Some(kind)) = (f.next(), f.next()) else {
                continue;
            };
            let kind = match kind {
                "country" => PlaceKind::Country,
                "continent" => PlaceKind::Continent,
                "region" => PlaceKind::Region,
                "feature" => PlaceKind::Feature,
                _ => PlaceKind::City,
            };
            let place = Place { canonical: name, kind };
            n.places.insert(name, place);
            for alias in f.next().unwrap_or("").split('|').filter(|a| !a.is_empty()) {
                n.places.insert_first(alias, place);
            }
        }
        let src = data!("demonyms");
        n.demonyms = WordMap::with_capacity(count(src));
        for line in lines(src) {
            let mut f = fields(line);
            if let (Some(d), Some(p)) = (f.next(), f.next()) {
                n.demonyms.insert(d, p);
            }
        }
        n.groups = set(data!("groups"));
        let src = data!("first_names");
        n.first_names = WordMap::with_capacity(count(src));
        for line in lines(src) {
            let mut f = fields(line);
            let (Some(name), g) = (f.next(), f.next()) else {
                continue;
            };
            let g = match g {
                Some("f") => Gender::Female,
                Some("m") => Gender::Male,
                _ => Gender::Either,
            };
            n.first_names.insert(name, g);
        }
        n.surnames = set(data!("surnames"));
        // (Stored as stems with their inflections: src/lexicon/inflect.rs.)
        static COMMON: OnceLock<String> = OnceLock::new();
        n.common = set(COMMON.get_or_init(|| inflect::expand(data!("common_words"))));
        let src = data!("titles");
        n.titles = WordMap::with_capacity(count(src));
        for line in lines(src) {
            let mut f = fields(line);
            if let (Some(t), Some(k)) = (f.next(), f.next()) {
                let kind = if k == "modifier" { TitleKind::Modifier } else { TitleKind::Person };
                n.titles.insert_lowercase_first(t, kind);
            }
        }
        for line in lines(data!("org_words")) {
            let mut f = fields(line);
            if let (Some(w), Some(role)) = (f.next(), f.next()) {
                let e = n.org_words.entry_or_insert_with(w, OrgWord::default);
                e.suffix |= role == "suffix";
                e.head |= role == "head";
            }
        }
        n.place_words = set(data!("place_words"));
        n.event_words = set(data!("event_words"));
        for line in lines(data!("organizations")) {
            let mut f = fields(line);
            let Some(name) = f.next() else { continue };
            n.organizations.insert(name, name);
            for alias in f.next().unwrap_or("").split('|').filter(|a| !a.is_empty()) {
                n.organizations.insert_first(alias, name);
            }
        }
        n
    }

    /// The place `name` names: as written, or an all-capitals name ("MOSCOW") in title case.
    pub fn place(&self, name: &str) -> Option<Place> {
        // Title-casing shrinks a name to no less than a third of its bytes: checked first, a
        // long stretch of text (a run of thousands of capitalised words) is not scanned and
        // copied for nothing.
        if name.len() > 3 * self.places.longest_word() {
            return None;
        }
        self.places.get(name).copied().or_else(|| {
            let is_caps =
                name.len() > 3 && name.chars().all(|c| !c.is_lowercase()) && !name.contains('.');
            is_caps.then(|| self.place_in_title_case(name)).flatten()
        })
    }

    /// The place `name` would be in title case ("MOSCOW", "san francisco" → San Francisco):
    /// for text in capitals, or text that writes names in lowercase.
    pub fn place_in_title_case(&self, name: &str) -> Option<Place> {
        if name.len() > 3 * self.places.longest_word() {
            return None;
        }
        self.places.get(title_case(name).as_str()).copied()
    }

    /// The place a demonym belongs to: "Russian" → "Russia".
    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(word).copied()
    }

    /// Whether `word` names a religious, ethnic or political group ("Muslims", "Kurdish").
    pub fn is_group(&self, word: &str) -> bool {
        self.groups.contains(word)
    }

    pub fn first_name(&self, word: &str) -> Option<Gender> {
        self.first_names.get(word).copied()
    }

    /// The gender of a person's full name by its first word, a given name ("Anna Weber").
    pub fn given_name_gender(&self, full: &str) -> Option<Gender> {
        full.split_whitespace().next().and_then(|first| self.first_name(first))
    }

    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }

    /// Whether `lower` (lowercase) is a common English word.
    pub fn is_common(&self, lower: &str) -> bool {
        self.common.contains(lower)
    }

    /// Whether `word` ends the name of an event, a law, a prize or a holiday ("Festival",
    /// "Cup", "Act", "Prize", "Day").
    pub fn is_event_word(&self, word: &str) -> bool {
        self.event_words.contains(word)
    }

    /// Whether `word`, lowercased, is a common English word ("Senior" → "senior": yes).
    pub fn is_common_lowered(&self, word: &str) -> bool {
        self.common.get_lower(word).is_some()
    }

    /// How `word` (any case) takes part in a title.
    pub fn title(&self, word: &str) -> Option<TitleKind> {
        self.titles.get_lower(word).copied()
    }

    /// How `word` (as written) marks an organisation name.
    pub fn org_word(&self, word: &str) -> OrgWord {
        self.org_words.get(word).copied().unwrap_or_default()
    }

    /// Whether `word` (as written) ends the name of a place or building ("Arena", "Station").
    pub fn is_place_word(&self, word: &str) -> bool {
        self.place_words.contains(word)
    }

    /// The canonical name of a well-known organisation, by any of its names.
    pub fn organization(&self, name: &str) -> Option<&'static str> {
        self.organizations.get(name).copied()
    }
}

/// A list of words, as a set.
fn set(src: &'static str) -> WordMap<'static, ()> {
    let mut set = WordMap::with_capacity(count(src));
    for word in lines(src) {
        set.insert(word, ());
    }
    set
}

/// "MOSCOW" → "Moscow", "NEW YORK" → "New York".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}
