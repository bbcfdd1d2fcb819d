//! The word lists of `data/`, compiled into the binary and parsed once, on first use.
//!
//! Each list is a plain text file (see `data/README.md` for sources and licences); this
//! module turns them into lookup tables. Nothing is allocated per word: the tables borrow
//! from the embedded `&'static str`s.
//!
//! ```
//! let lex = newslens::lexicon::get();
//! assert_eq!(lex.month("Sept"), Some(9));
//! assert!(lex.is_function_word("The"));
//! ```

mod inflect;
mod names;
mod parse;
mod wordmap;

pub use names::{Gender, Names, OrgWord, Place, PlaceKind, TitleKind};
pub use wordmap::WordMap;

use std::sync::OnceLock;

use parse::{count, data, fields, lines};

/// Whether an abbreviation can end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevRole {
    /// Comes before something ("Gen." before a name, "No." before a number): never final.
    Before,
    /// Can end a sentence ("Inc.", "Jr.").
    Any,
}

/// The sex an honorific or a title of nobility gives ("Mrs.", "Mr", "Sir", "queen"), in any
/// case, with or without its period.
// Inlined into each caller: called, it made the gzipped wasm 1.2 KB larger (its raw size did
// not grow: the code was laid out less compressibly), more than the page's budget had left.
#[inline(always)]
pub fn honorific_gender(title: &str) -> Option<Gender> {
    match title.trim_end_matches('.').to_lowercase().as_str() {
        "mr" | "sir" | "king" | "prince" | "lord" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "queen" | "princess" | "lady" => Some(Gender::Female),
        _ => None,
    }
}

/// What a verb of saying does (`data/speech_verbs.txt`): a set of the uses below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SpeechUses(u8);

impl SpeechUses {
    /// Reports speech or writing: the cue of a quote ("said", "tweeted").
    pub const SPEECH: SpeechUses = SpeechUses(1);
    /// Takes the hearer as its object before the content ("told reporters that ...").
    pub const TELL: SpeechUses = SpeechUses(2);
    /// Its content may be an infinitive ("urged the council to ...").
    pub const TO: SpeechUses = SpeechUses(4);
    /// Makes a clause an attribution or a reporting frame in the timeline.
    pub const FRAME: SpeechUses = SpeechUses(8);
    /// Introduces a quotation only, never a report without quotation marks ("he continued").
    pub const QUOTE: SpeechUses = SpeechUses(16);

    /// Whether every use of `other` is among these.
    pub fn has(self, other: SpeechUses) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }
}

/// `data/speech_verbs.txt` as `build.rs` writes it: (word, the bits of its uses), sorted.
const SPEECH_VERBS: &[(&str, u8)] = include!(concat!(env!("OUT_DIR"), "/speech_verbs.rs"));

/// What `word`, exactly as written (the list is lowercase), does as a verb of saying:
/// `SpeechUses::default()` (no use) for a word that is not one.
pub fn speech_verb(word: &str) -> SpeechUses {
    SPEECH_VERBS
        .binary_search_by_key(&word, |&(w, _)| w)
        .map_or(SpeechUses(0), |i| SpeechUses(SPEECH_VERBS[i].1))
}

/// All word lists, parsed.
#[derive(Debug)]
pub struct Lexicon {
    /// Keyed by the abbreviation without its final period, as written and lowercased.
    abbreviations: WordMap<'static, AbbrevRole>,
    abbreviations_lower: WordMap<'static, AbbrevRole>,
    /// Lowercased.
    function_words: WordMap<'static, ()>,
    /// Lowercased month names and abbreviations → 1..=12.
    months: WordMap<'static, u8>,
    /// Lowercased weekday names and abbreviations → 1 (Monday) ..= 7.
    weekdays: WordMap<'static, u8>,
    /// Places, people's names, titles, organisations: what the entities stage reads.
    pub names: Names,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The lexicon, parsed on first call.
pub fn get() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::load)
}

impl Lexicon {
    fn load() -> Lexicon {
        let src = data!("abbreviations");
        let mut abbreviations = WordMap::with_capacity(count(src));
        let mut abbreviations_lower = WordMap::with_capacity(count(src));
        for line in lines(src) {
            let mut f = fields(line);
            let (Some(word), Some(role)) = (f.next(), f.next()) else {
                continue;
            };
            let role = if role == "before" { AbbrevRole::Before } else { AbbrevRole::Any };
            let word = word.strip_suffix('.').unwrap_or(word);
            abbreviations.insert(word, role);
            abbreviations_lower.insert_lowercase_first(word, role);
        }
        let src = data!("function_words");
        let mut function_words = WordMap::with_capacity(count(src));
        for word in lines(src) {
            function_words.insert_lowercase_first(word, ());
        }
        Lexicon {
            abbreviations,
            abbreviations_lower,
            function_words,
            months: calendar(data!("months")),
            weekdays: calendar(data!("weekdays")),
            names: Names::load(),
        }
    }

    /// The role of `word` (without its period) as an abbreviation, if it is one.
    pub fn abbreviation(&self, word: &str) -> Option<AbbrevRole> {
        self.abbreviations.get(word).or_else(|| self.abbreviations_lower.get_lower(word)).copied()
    }

    /// Whether `word` is listed as an abbreviation exactly as written.
    pub fn abbreviation_exact(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// Whether `word` (any case) is a closed-class word: a pronoun, determiner, conjunction,
    /// common preposition or auxiliary ("The", "he", "and", "was").
    pub fn is_function_word(&self, word: &str) -> bool {
        self.function_words.get_lower(word).is_some()
    }

    /// The month number (1..=12) of a month name or abbreviation, any case.
    pub fn month(&self, word: &str) -> Option<u8> {
        self.months.get_lower(word).copied()
    }

    /// The ISO weekday number (1 = Monday ..= 7) of a weekday name or abbreviation, any case.
    pub fn weekday(&self, word: &str) -> Option<u8> {
        self.weekdays.get_lower(word).copied()
    }
}

/// Reads `NUMBER<TAB>NAME<TAB>ABBR,ABBR` lines into a lowercase name → number table.
fn calendar(src: &'static str) -> WordMap<'static, u8> {
    let mut map = WordMap::default();
    for line in lines(src) {
        let mut f = fields(line);
        let Some(n) = f.next().and_then(|n| n.parse().ok()) else {
            continue;
        };
        for name in f.flat_map(|names| names.split(',')).filter(|s| !s.is_empty()) {
            map.insert_lowercase_first(name, n);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lex = get();
        assert_eq!(lex.abbreviation("Gen"), Some(AbbrevRole::Before));
        assert_eq!(lex.abbreviation("inc"), Some(AbbrevRole::Any));
        assert_eq!(lex.abbreviation("General"), None);
        assert_eq!(lex.month("january"), Some(1));
        assert_eq!(lex.month("May"), Some(5));
        assert_eq!(lex.month("Sept"), Some(9));
        assert_eq!(lex.month("Mayday"), None);
        assert_eq!(lex.weekday("Tues"), Some(2));
        assert_eq!(lex.weekday("SUNDAY"), Some(7));
        assert!(speech_verb("said").has(SpeechUses::SPEECH));
        assert!(speech_verb("said").has(SpeechUses::FRAME));
        assert!(speech_verb("told").has(SpeechUses::TELL));
        assert!(!speech_verb("said").has(SpeechUses::TELL));
        assert!(speech_verb("according").has(SpeechUses::FRAME));
        assert!(!speech_verb("according").has(SpeechUses::SPEECH));
        assert!(!speech_verb("Said").has(SpeechUses::SPEECH));
        assert!(!speech_verb("table").has(SpeechUses::SPEECH));
        assert!(lex.is_function_word("However"));
        assert!(!lex.is_function_word("Defense"));
        let n = &lex.names;
        assert_eq!(n.place("U.S.").map(|p| p.canonical), Some("United States"));
        assert_eq!(n.place("MOSCOW").map(|p| p.kind), Some(PlaceKind::City));
        assert_eq!(n.demonym("Russian"), Some("Russia"));
        assert_eq!(n.first_name("Anna"), Some(Gender::Female));
        assert_eq!(n.given_name_gender("Anna Weber"), Some(Gender::Female));
        assert_eq!(honorific_gender("Mrs."), Some(Gender::Female));
        assert_eq!(honorific_gender("SIR"), Some(Gender::Male));
        assert_eq!(honorific_gender("Dr."), None);
        assert!(n.is_surname("Miller") && n.is_common("senior") && !n.is_common("Senior"));
        assert_eq!(n.title("minister"), Some(TitleKind::Person));
        assert_eq!(n.title("Deputy"), Some(TitleKind::Modifier));
        assert!(n.org_word("Ministry").suffix && n.org_word("Ministry").head);
        assert_eq!(n.organization("U.N."), Some("United Nations"));
    }
}
