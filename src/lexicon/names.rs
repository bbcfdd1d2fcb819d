//! The name lists: places, demonyms and groups, given names and surnames, titles,
//! organisation words and well-known organisations, and common English words.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::parse::{data, fields, lines};

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
    places: HashMap<&'static str, Place>,
    demonyms: HashMap<&'static str, &'static str>,
    groups: HashSet<&'static str>,
    first_names: HashMap<&'static str, Gender>,
    surnames: HashSet<&'static str>,
    common: HashSet<&'static str>,
    titles: HashMap<String, TitleKind>,
    org_words: HashMap<&'static str, OrgWord>,
    organizations: HashMap<&'static str, &'static str>,
    place_words: HashSet<&'static str>,
    event_words: HashSet<&'static str>,
}

impl Names {
    pub(super) fn load() -> Names {
        let mut n = Names::default();
        for line in lines(data!("places")) {
            let mut f = fields(line);
            let (Some(name), Some(kind)) = (f.next(), f.next()) else { continue };
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
                n.places.entry(alias).or_insert(place);
            }
        }
        for line in lines(data!("demonyms")) {
            let mut f = fields(line);
            if let (Some(d), Some(p)) = (f.next(), f.next()) {
                n.demonyms.insert(d, p);
            }
        }
        n.groups = lines(data!("groups")).collect();
        for line in lines(data!("first_names")) {
            let mut f = fields(line);
            let (Some(name), g) = (f.next(), f.next()) else { continue };
            let g = match g {
                Some("f") => Gender::Female,
                Some("m") => Gender::Male,
                _ => Gender::Either,
            };
            n.first_names.insert(name, g);
        }
        n.surnames = lines(data!("surnames")).collect();
        n.common = lines(data!("common_words")).collect();
        for line in lines(data!("titles")) {
            let mut f = fields(line);
            if let (Some(t), Some(k)) = (f.next(), f.next()) {
                let kind = if k == "modifier" { TitleKind::Modifier } else { TitleKind::Person };
                n.titles.entry(t.to_lowercase()).or_insert(kind);
            }
        }
        for line in lines(data!("org_words")) {
            let mut f = fields(line);
            if let (Some(w), Some(role)) = (f.next(), f.next()) {
                let e = n.org_words.entry(w).or_default();
                e.suffix |= role == "suffix";
                e.head |= role == "head";
            }
        }
        n.place_words = lines(data!("place_words")).collect();
        n.event_words = lines(data!("event_words")).collect();
        for line in lines(data!("organizations")) {
            let mut f = fields(line);
            let Some(name) = f.next() else { continue };
            n.organizations.insert(name, name);
            for alias in f.next().unwrap_or("").split('|').filter(|a| !a.is_empty()) {
                n.organizations.entry(alias).or_insert(name);
            }
        }
        n
    }

    /// The place `name` names: as written, or an all-capitals name ("MOSCOW") in title case.
    pub fn place(&self, name: &str) -> Option<Place> {
        self.places.get(name).copied().or_else(|| {
            let is_caps = name.len() > 3 && name.chars().all(|c| !c.is_lowercase()) && !name.contains('.');
            is_caps.then(|| self.places.get(title_case(name).as_str()).copied()).flatten()
        })
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
        super::with_lower(word, |w| self.common.contains(w))
    }

    /// How `word` (any case) takes part in a title.
    pub fn title(&self, word: &str) -> Option<TitleKind> {
        self.titles.get(word).copied().or_else(|| super::with_lower(word, |w| self.titles.get(w).copied()))
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
