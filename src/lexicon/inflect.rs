//! Regular English inflections, so that a word list can be stored by its stems.
//!
//! `data/common_words.txt` lists every form a spelling dictionary has ("abandon",
//! "abandoned", "abandoning", "abandons"); three in five of its words are a regular form of
//! another. `build.rs` embeds the list as stems, each with the letters of the inflections
//! whose forms are all in the list ("abandon\tsv"), and [`expand`] writes the forms back
//! when the list is first used: the same words, in a tenth less of the gzipped wasm.
//! Nothing guesses: a stem carries a flag only when the list has every form it makes, so
//! the expanded list is the file, word for word (`build.rs` checks it, and so does a test).
//!
//! This file is also compiled into `build.rs` (`#[path]`), so packing and unpacking share
//! one definition of each inflection.

/// The flags, in the order `build.rs` tries them: a plural or third person ("fox" →
/// "foxes"), a past and a present participle ("hope" → "hoped", "hoping"), a past alone, a
/// participle alone, a past and a participle that double the last letter ("plan" →
/// "planned", "planning"), an adverb in -ly ("easy" → "easily"), a comparative and a
/// superlative ("large" → "larger", "largest").
#[allow(dead_code)] // (build.rs packs with it; unpacking only reads the flags written)
pub const FLAGS: &[u8] = b"svdgblr";

/// The forms flag `flag` makes of `stem` (one or two; none for an unknown flag), each
/// followed by a newline, appended to `out`.
pub fn forms(stem: &str, flag: u8, out: &mut String) {
    let b = stem.as_bytes();
    let n = b.len();
    let last = b.last().copied().unwrap_or(0);
    // A "y" after a consonant turns to "i" ("try" → "tries", but "play" → "plays").
    let y = last == b'y' && n > 1 && !b"aeiou".contains(&b[n - 2]);
    let e = last == b'e';
    // "hope" → "hoping", but "agree" → "agreeing".
    let drops_e = e && n > 1 && !b"eyo".contains(&b[n - 2]);
    let sibilant = b"sxz".contains(&last) || stem.ends_with("ch") || stem.ends_with("sh");
    // Each form: whether the last letter goes, and the ending.
    let past = if y { (true, "ied") } else { (false, if e { "d" } else { "ed" }) };
    let ing = (drops_e, "ing");
    let none = (false, "");
    let endings = match flag {
        b's' => [if sibilant { (false, "es") } else { (y, if y { "ies" } else { "s" }) }, none],
        b'v' => [past, ing],
        b'd' => [past, none],
        b'g' => [ing, none],
        b'b' => [(false, "ed"), (false, "ing")],
        b'l' => [(y, if y { "ily" } else { "ly" }), none],
        b'r' if e => [(false, "r"), (false, "st")],
        b'r' => [(y, if y { "ier" } else { "er" }), (y, if y { "iest" } else { "est" })],
        _ => [none, none],
    };
    for (cut, ending) in endings {
        if ending.is_empty() {
            continue;
        }
        // (The last byte is ASCII whenever it is cut off, so the cut is a character boundary.)
        out.push_str(if cut { &stem[..n - 1] } else { stem });
        if flag == b'b' {
            // "plan" → "planned": the last letter twice.
            out.push_str(&stem[stem.len() - stem.chars().last().map_or(0, char::len_utf8)..]);
        }
        out.push_str(ending);
        out.push('\n');
    }
}

/// A list of `stem` or `stem<TAB>flags` lines as the list of every word, one per line: each
/// stem, then the forms of its flags.
pub fn expand(src: &str) -> String {
    let mut out = String::with_capacity(src.len() * 2);
    for line in src.lines() {
        let (stem, flags) = line.split_once('\t').unwrap_or((line, ""));
        out.push_str(stem);
        out.push('\n');
        for &f in flags.as_bytes() {
            forms(stem, f, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_flag_spells_its_forms() {
        let f = |stem, flag| {
            let mut out = String::new();
            forms(stem, flag, &mut out);
            out.lines().map(String::from).collect::<Vec<_>>()
        };
        assert_eq!(f("fox", b's'), ["foxes"]);
        assert_eq!(f("city", b's'), ["cities"]);
        assert_eq!(f("play", b's'), ["plays"]);
        assert_eq!(f("hope", b'v'), ["hoped", "hoping"]);
        assert_eq!(f("agree", b'v'), ["agreed", "agreeing"]);
        assert_eq!(f("try", b'v'), ["tried", "trying"]);
        assert_eq!(f("plan", b'b'), ["planned", "planning"]);
        assert_eq!(f("easy", b'l'), ["easily"]);
        assert_eq!(f("large", b'r'), ["larger", "largest"]);
        assert_eq!(f("early", b'r'), ["earlier", "earliest"]);
        assert!(f("word", b'?').is_empty());
    }

    #[test]
    fn expand_writes_every_form() {
        assert_eq!(expand("hope\tsv\nzebra\n"), "hope\nhopes\nhoped\nhoping\nzebra\n");
        assert_eq!(expand(""), "");
    }
}
