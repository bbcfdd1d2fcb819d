//! Which words of a speaker phrase name the speaker.
//!
//! The phrase a cue hands over is the words next to a speech verb, up to a comma or a quotation
//! mark: "the agency's report published on Monday", "several municipalities have started
//! asking", "all they get is a message". Before the rules of [`super`] ask whom it names, it
//! is narrowed here: its edges trimmed, then cut to its subject (or to what the subject is),
//! to the noun before a participle, or to the agent after "by". Each narrowing returns the
//! words to resolve in place of the whole phrase.

use std::ops::Range;

use crate::quotes::cues;
use crate::text::{Case, Document, TokenKind};

/// The phrase without punctuation, determiners and conjunctions at its start ("the", "and"),
/// nor words at its end that name no one ("has", "also", a number, punctuation): what is
/// left starts and ends with words the rules can read as a name.
pub(super) fn trim_edges(doc: &Document, np: Range<usize>) -> Range<usize> {
    let mut a = np.start;
    let mut b = np.end;
    while a < b
        && (!doc.tokens[a].is_word() && doc.tokens[a].kind != TokenKind::Number
            || matches!(doc.lower(a), "the" | "a" | "an" | "and" | "but"))
    {
        a += 1;
    }
    while b > a && (!doc.tokens[b - 1].is_word() || !cues::names_someone(doc, b - 1..b)) {
        b -= 1;
    }
    a..b
}

/// The subject ends where its verb phrase begins, at an auxiliary: "several municipalities
/// have started asking", "It is also encouraging". But after a copula and a determiner the
/// source is what the subject is: "all they get is a message stating". None without one.
pub(super) fn subject_or_predicate(doc: &Document, np: Range<usize>) -> Option<Range<usize>> {
    let (a, b) = (np.start, np.end);
    let aux = (a + 1..b).find(|&i| cues::is_auxiliary(doc.lower(i)))?;
    let predicate = aux + 1 < b && matches!(doc.lower(aux + 1), "a" | "an" | "the");
    Some(if predicate { aux + 1..b } else { a..aux })
}

/// A participle after the head noun ("an Internet posting made 24 hours ago", "a letter seen
/// by Sky News") only says more about the source: the phrase up to it.
pub(super) fn before_participle(doc: &Document, np: Range<usize>) -> Option<Range<usize>> {
    let p = (np.start + 1..np.end)
        .find(|&i| is_plain_noun(doc, i - 1) && is_participle(doc.lower(i)))?;
    Some(np.start..p)
}

/// "the post by an unknown author": after a noun, the agent of "by" is the source.
pub(super) fn agent_after_by(doc: &Document, np: Range<usize>) -> Option<Range<usize>> {
    let by = (np.start + 1..np.end).find(|&i| doc.lower(i) == "by" && is_plain_noun(doc, i - 1))?;
    Some(by + 1..np.end)
}

/// Participles that say more about a source ("a letter seen by", "a statement issued on").
fn is_participle(w: &str) -> bool {
    matches!(
        w,
        "made"
            | "seen"
            | "published"
            | "posted"
            | "issued"
            | "released"
            | "obtained"
            | "sent"
            | "dated"
            | "quoted"
            | "cited"
            | "leaked"
    )
}

/// A lowercase noun before "by" ("the post by", "a statement by"), not a participle ("seen
/// by", "written by"), whose agent is not the author.
fn is_plain_noun(doc: &Document, i: usize) -> bool {
    let w = doc.lower(i);
    doc.tokens[i].case == Case::Lower
        && doc.tokens[i].is_word()
        && !w.ends_with("ed")
        && !w.ends_with("en")
        && !matches!(
            w,
            "seen"
                | "told"
                | "made"
                | "held"
                | "said"
                | "led"
                | "run"
                | "read"
                | "sent"
                | "set"
                | "paid"
                | "caught"
                | "hit"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::speaker::testing::first;

    /// The text of tokens `r`.
    fn words(doc: &Document, r: Range<usize>) -> String {
        r.map(|i| doc.token_text(i)).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn edges_without_determiners_punctuation_or_words_that_name_nobody() {
        let doc = Document::new("But the harbour officials also, then");
        let all = 0..doc.tokens.len();
        assert_eq!(words(&doc, trim_edges(&doc, all)), "harbour officials");
        let doc = Document::new("\"The wardens have\"");
        let all = 0..doc.tokens.len();
        assert_eq!(words(&doc, trim_edges(&doc, all)), "wardens");
        let doc = Document::new("and the, also");
        assert!(trim_edges(&doc, 0..doc.tokens.len()).is_empty());
    }

    #[test]
    fn the_subject_before_its_verb_phrase_or_what_it_is() {
        let doc = Document::new("several municipalities have started asking");
        let np = 0..doc.tokens.len();
        let part = subject_or_predicate(&doc, np).unwrap();
        assert_eq!(words(&doc, part), "several municipalities");
        let doc = Document::new("all they get is a message stating");
        let part = subject_or_predicate(&doc, 0..doc.tokens.len()).unwrap();
        assert_eq!(words(&doc, part), "a message stating");
        let doc = Document::new("the fisheries minister");
        assert_eq!(subject_or_predicate(&doc, 0..doc.tokens.len()), None);
        // An auxiliary first is no verb phrase after a subject.
        let doc = Document::new("has the minister");
        assert_eq!(subject_or_predicate(&doc, 0..doc.tokens.len()), None);
    }

    #[test]
    fn a_participle_after_the_noun_only_describes_the_source() {
        let doc = Document::new("a letter seen by the agency");
        let part = before_participle(&doc, 0..doc.tokens.len()).unwrap();
        assert_eq!(words(&doc, part), "a letter");
        let doc = Document::new("a statement issued on Monday");
        let part = before_participle(&doc, 0..doc.tokens.len()).unwrap();
        assert_eq!(words(&doc, part), "a statement");
        // After a name, not a common noun.
        let doc = Document::new("Anna Weber seen");
        assert_eq!(before_participle(&doc, 0..doc.tokens.len()), None);
        let doc = Document::new("Anna Weber");
        assert_eq!(before_participle(&doc, 0..doc.tokens.len()), None);
    }

    #[test]
    fn the_agent_after_a_noun_and_by() {
        let doc = Document::new("the post by an unknown author");
        let part = agent_after_by(&doc, 0..doc.tokens.len()).unwrap();
        assert_eq!(words(&doc, part), "an unknown author");
        // "written by": a participle, whose agent is the author named already.
        let doc = Document::new("a letter written by Weber");
        assert_eq!(agent_after_by(&doc, 0..doc.tokens.len()), None);
        let doc = Document::new("a letter told by Weber");
        assert_eq!(agent_after_by(&doc, 0..doc.tokens.len()), None);
        let doc = Document::new("a letter from Weber");
        assert_eq!(agent_after_by(&doc, 0..doc.tokens.len()), None);
        // `first` finds a phrase inside a longer text.
        let doc = Document::new("Later, the post by Weber said so.");
        let part = agent_after_by(&doc, first(&doc, "the post by Weber")).unwrap();
        assert_eq!(words(&doc, part), "Weber");
    }
}
