//! Speech cues: the verbs that report speech, and the phrase that names the speaker around
//! them.

use std::ops::Range;

use crate::lexicon::{self, SpeechUses};
use crate::text::{Document, TokenKind};

/// Whether `w` (lowercase) is an auxiliary or a modal verb: "is", "has", "will", "must".
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
    )
}

/// Whether `lower` reports speech or writing (`data/speech_verbs.txt`, use `speech`).
pub fn is_speech_verb(lower: &str) -> bool {
    lexicon::speech_verb(lower).has(SpeechUses::SPEECH)
}

/// Whether `lower` takes the hearer as object before the content: "told reporters that ...".
pub fn is_tell_verb(lower: &str) -> bool {
    lexicon::speech_verb(lower).has(SpeechUses::TELL)
}

/// Whether the content of `word` may be an infinitive: "asked the government to ...".
pub fn takes_infinitive(word: &str) -> bool {
    lexicon::speech_verb(word).has(SpeechUses::TO)
}

fn lower<'d>(doc: &'d Document, i: usize) -> &'d str {
    doc.lower(i)
}

fn is_boundary(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.is_quote()
        || (t.kind == TokenKind::Punct
            && matches!(doc.token_text(i), "," | ";" | ":" | "(" | ")" | "—" | "–"))
}

/// The phrases before the verb at `verb`, nearest first, no further back than `limit`:
/// the chunk since the last comma or quotation mark ("Rogozin on Tuesday"), then the chunks
/// before earlier commas, for appositions ("Jeff Rathke, the State Department
/// spokesperson, said"; "Suleiman al-Amr, in remarks to television, said").
pub fn subject_chunks(doc: &Document, verb: usize, limit: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut end = verb;
    while out.len() < 5 && verb - end < 40 {
        // A bracket between the name and the verb says who they are, not who speaks ("Anna
        // Lind (D-Minn.) said", "Lind (pictured), said"): the phrase is before it.
        if end > limit && doc.token_text(end - 1) == ")" {
            let open = (end.saturating_sub(12).max(limit)..end - 1)
                .rev()
                .find(|&i| matches!(doc.token_text(i), "(" | ")"));
            if let Some(o) = open.filter(|&o| doc.token_text(o) == "(") {
                end = o;
            }
        }
        let mut a = end;
        // A long apposition is one phrase, passed over to the name before it ("X, a former
        // official who now studies ... at the Center for ..., said").
        while a > limit && !is_boundary(doc, a - 1) && verb - a < 40 {
            a -= 1;
        }
        out.push(a..end);
        if a > limit + 1 && doc.token_text(a - 1) == "," {
            end = a - 1;
        } else {
            break;
        }
    }
    out
}

/// The speaker phrase after an inverted verb ("said Rogozin, who ..."): up to the next
/// comma, quotation mark or the end of `limit`; and a description's name after its comma,
/// which ends the sentence ("said the mayor of Bergen, Ola Nordmann.").
pub fn subject_after(doc: &Document, verb: usize, limit: usize) -> Range<usize> {
    // "said on Tuesday", "said in a statement", "said Tuesday": when or how, not who.
    if verb + 1 < limit && is_circumstance(doc, verb + 1) {
        return verb + 1..verb + 1;
    }
    let mut b = verb + 1;
    while b < limit
        && !is_boundary(doc, b)
        && doc.tokens[b].kind != TokenKind::Punct
        && b - verb <= 12
    {
        b += 1;
    }
    // (The phrase has two tokens or more, so `verb + 1` is one of them.) "said the mayor,
    // NAME", "said Lund's spokeswoman, NAME".
    let described = b > verb + 2
        && (matches!(doc.lower(verb + 1), "the" | "a" | "an")
            || matches!(doc.token_text(verb + 2), "'s" | "’s"));
    if described && b + 1 < limit && doc.token_text(b) == "," {
        let name = (b + 1..limit.min(b + 5))
            .take_while(|&i| {
                let t = &doc.tokens[i];
                t.is_word()
                    && matches!(t.case, crate::text::Case::Capitalized | crate::text::Case::Upper)
            })
            .last();
        if let Some(last) =
            name.filter(|&l| l + 1 == limit || doc.tokens[l + 1].kind == TokenKind::Punct)
        {
            return verb + 1..last + 1;
        }
    }
    verb + 1..b
}

/// Whether the comma at `comma` opens a participle's clause ("..., waving a flag"), which
/// says how or why, and reports nothing. (The caller keeps `comma + 1` in the text.)
pub fn opens_participle(doc: &Document, comma: usize) -> bool {
    doc.token_text(comma) == "," && lower(doc, comma + 1).ends_with("ing")
}

/// Whether the phrase `r` opens with a conjunction of time or condition: '"We will see," when
/// asked ...', '..., after being told ...' say when, not who speaks.
pub fn opens_with_subordinator(doc: &Document, r: Range<usize>) -> bool {
    r.clone()
        .find(|&i| doc.tokens[i].is_word() && !matches!(lower(doc, i), "and" | "but"))
        .is_some_and(|i| {
            matches!(lower(doc, i), "when" | "while" | "after" | "before" | "as" | "if" | "because")
        })
}

/// Whether the word at `i`, right after a speech verb, opens a circumstance rather than
/// its speaker: a preposition ("on Tuesday", "in a statement", "over the phone"), a word of
/// time ("Tuesday", "yesterday", "later"), or an adverb ("also", "again").
pub fn is_circumstance(doc: &Document, i: usize) -> bool {
    let lex = lexicon::get();
    let word = doc.token_text(i);
    matches!(
        doc.lower(i),
        "on" | "in"
            | "at"
            | "over"
            | "during"
            | "after"
            | "before"
            | "for"
            | "to"
            | "with"
            | "from"
            | "through"
            | "via"
            | "about"
            | "of"
            | "into"
            | "since"
            | "until"
            | "while"
            | "when"
            | "as"
            | "last"
            | "this"
            | "next"
            | "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "later"
            | "recently"
            | "then"
            | "now"
            | "again"
            | "also"
            | "afterwards"
            | "afterward"
    ) || lex.weekday(word).is_some()
        || lex.month(word).is_some()
}

/// Whether token `i` is a speech verb: a lowercase word in the list ("States" is a name),
/// used as a verb with its speaker as subject — not a noun after a determiner ("the claims",
/// "his comments") nor a passive ("was reported", "were told"), which names no speaker.
pub fn is_verb_at(doc: &Document, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let word = doc.token_text(i);
    // "Said Lund, who ...: "..."": an inverted "said" may open its sentence.
    let opening_said = t.case == crate::text::Case::Capitalized
        && matches!(word, "Said" | "Says" | "Added" | "Asked")
        && (i == 0
            || doc.sentences.get(super::sentence_of(doc, i)).is_some_and(|s| s.tokens.start == i))
        && doc.tokens.get(i + 1).is_some_and(|n| n.is_word() && n.case != crate::text::Case::Lower);
    // "as Lund put it, "..."": the idiom cites.
    let put_it = matches!(word, "put" | "puts")
        && i > 0
        && doc.tokens.get(i + 1).is_some_and(|_| lower(doc, i + 1) == "it")
        && (i.saturating_sub(5)..i).any(|k| lower(doc, k) == "as");
    t.kind == TokenKind::Word
        && ((t.case == crate::text::Case::Lower && (is_speech_verb(word) || put_it))
            || opening_said)
        && !is_noun_use(doc, i)
        && !is_passive(doc, i)
}

/// Determiners and possessives: a speech-verb form after one is a noun ("the claims").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "such", "no", "any", "whose", "every",
];

/// Speech-verb forms that are also plural nouns: "asylum claims over 150,000", "reports of
/// violence", "notes from the meeting".
const NOUN_FORMS: &[&str] = &[
    "rules",
    "claims",
    "reports",
    "notes",
    "comments",
    "states",
    "estimates",
    "promises",
    "demands",
    "requests",
    "orders",
];

/// A speech-verb form used as a noun: after a determiner, or a plural-noun form followed by a
/// preposition ("claims of fraud") rather than a clause, or without a subject before it
/// ("in six states", "her earlier claims", "Weber's comments").
fn is_noun_use(doc: &Document, i: usize) -> bool {
    let after_determiner = i > 0 && DETERMINERS.contains(&lower(doc, i - 1));
    let noun_form = NOUN_FORMS.contains(&lower(doc, i));
    if noun_form && !has_subject_before(doc, i) {
        return true;
    }
    let noun_then_preposition = noun_form
        && i + 1 < doc.tokens.len()
        && matches!(
            lower(doc, i + 1),
            "of" | "over"
                | "from"
                | "about"
                | "on"
                | "in"
                | "by"
                | "for"
                | "against"
                | "to"
                | "and"
                | "or"
                | "are"
                | "were"
                | "have"
                | "had"
        );
    // A participle as an adjective: "Lund's reported fortune", "$9,000 in reported gifts".
    let adjective = lower(doc, i).ends_with("ed")
        && i > 0
        && (doc.tokens[i - 1].kind == TokenKind::Possessive
            || matches!(lower(doc, i - 1), "in" | "of" | "for" | "with" | "from"));
    after_determiner || noun_then_preposition || adjective
}

/// Whether a plural-noun form at `i` ("states", "claims") has a subject right before it, as
/// a verb does: a pronoun ("he notes"), a name ("Weber claims"), or a noun after a determiner
/// ("the report states", "its website notes"); adverbs between are skipped ("Weber often
/// notes"). Not a number, a quantity, a possessive or an adjective ("five other states",
/// "many states", "Weber's claims", "false claims").
fn has_subject_before(doc: &Document, i: usize) -> bool {
    let Some(p) = (0..i).rev().find(|&k| {
        let w = lower(doc, k);
        !(w.ends_with("ly") || matches!(w, "also" | "often" | "now" | "still" | "even" | "never"))
    }) else {
        return false;
    };
    let t = &doc.tokens[p];
    let w = lower(doc, p);
    let quantity = |w: &str| {
        matches!(
            w,
            "other"
                | "many"
                | "several"
                | "some"
                | "most"
                | "all"
                | "both"
                | "few"
                | "more"
                | "remaining"
                | "same"
                | "these"
                | "those"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "dozen"
                | "key"
                | "new"
        )
    };
    if t.kind != TokenKind::Word {
        return false;
    }
    if matches!(w, "he" | "she" | "it" | "who" | "which" | "that" | "this" | "one") {
        return true;
    }
    if t.case != crate::text::Case::Lower {
        return lexicon::get().names.demonym(doc.token_text(p)).is_none() && !quantity(w);
    }
    // A noun phrase: a determiner, perhaps an adjective or a name, the noun ("an Australian
    // woman claims", "the city's report states"; "which media reports": a relative pronoun
    // too). Not after a possessive: "his previous comments" is a noun phrase, and nothing
    // tells it from "its website notes".
    let lex = lexicon::get();
    if lex.is_function_word(w) || quantity(w) {
        return false;
    }
    let mut k = p;
    for _ in 0..3 {
        // Reaching the sentence's start: a headline's subject, without its article
        // ("Local woman claims ...").
        let s = doc.sentences.partition_point(|s| s.tokens.start < k);
        if doc.sentences.get(s).is_some_and(|s| s.tokens.start == k) {
            return doc.tokens[k].case != crate::text::Case::Lower;
        }
        let Some(d) = k.checked_sub(1).map(|b| lower(doc, b)) else {
            return false;
        };
        if matches!(d, "the" | "a" | "an" | "this" | "that" | "which") {
            return true;
        }
        let before = &doc.tokens[k - 1];
        let modifier = (before.kind == TokenKind::Word
            && !lex.is_function_word(d)
            && !quantity(d)
            && !d.ends_with("ly"))
            || before.kind == TokenKind::Possessive;
        if !modifier {
            return false;
        }
        k -= 1;
    }
    false
}

/// A passive participle after a form of "be" ("was reported", "has been told"): the subject
/// is not the speaker. A progressive ("are saying") is still active.
fn is_passive(doc: &Document, i: usize) -> bool {
    // "when asked", "if pressed": a passive with its subject and "be" left out; so is
    // "written by" (not "said by phone").
    if i > 0 && matches!(lower(doc, i - 1), "when" | "if" | "once" | "unless" | "until") {
        return lower(doc, i).ends_with("ed");
    }
    if lower(doc, i).ends_with("en") && i + 1 < doc.tokens.len() && lower(doc, i + 1) == "by" {
        return true;
    }
    let prev = (0..i).rev().take(2).find(|&k| {
        !matches!(lower(doc, k), "also" | "widely" | "later" | "often" | "never" | "not")
    });
    prev.is_some_and(|k| {
        matches!(lower(doc, k), "was" | "were" | "is" | "are" | "be" | "been" | "being")
    }) && !lower(doc, i).ends_with("ing")
}

/// Whether the verb at `i` may report speech without quotation marks: not one that only
/// introduces a quotation ("Lund continued his tour"), and not "states" or "state" without
/// "that" or a colon after it, which are nearly always the noun ("battleground states").
pub fn reports_unquoted(doc: &Document, i: usize) -> bool {
    let w = lower(doc, i);
    let noun_like = matches!(w, "states" | "state")
        && !doc.tokens.get(i + 1).is_some_and(|_| matches!(lower(doc, i + 1), "that" | ":"));
    !noun_like && !lexicon::speech_verb(w).has(SpeechUses::QUOTE)
}

/// The first speech verb in `range`.
pub fn find_verb(doc: &Document, range: Range<usize>) -> Option<usize> {
    range.into_iter().find(|&i| is_verb_at(doc, i))
}

/// Words that can stand between a subject and its verb without naming anyone: "Moscow,
/// though, has said", "he also said".
const NOT_A_SUBJECT: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "is",
    "are",
    "were",
    "also",
    "later",
    "then",
    "previously",
    "though",
    "however",
    "again",
    "already",
    "further",
    "reportedly",
    "would",
    "will",
    "could",
    "once",
    "separately",
    "earlier",
    "recently",
    "had",
    "publicly",
    "repeatedly",
    "since",
    "often",
    "never",
    "not",
    "always",
    "been",
    "being",
    "be",
    "and",
    "but",
    "so",
    "when",
    "while",
    "after",
    "before",
    "if",
    "because",
];

/// Whether the phrase `r` names anyone at all.
pub fn names_someone(doc: &Document, r: Range<usize>) -> bool {
    r.into_iter().any(|i| {
        let t = &doc.tokens[i];
        (t.is_word() || t.kind == TokenKind::Number) && !NOT_A_SUBJECT.contains(&lower(doc, i))
    })
}

/// Speech verbs with other common senses: "denied visas", "tweeted support", "estimated at".
/// Also "maintained a majority", "conceded a penalty", "requested donations", "ordered a
/// review", "demanded payment", "recommended a dose".
const AMBIGUOUS: &[&str] = &[
    "denied",
    "denies",
    "tweeted",
    "tweets",
    "estimated",
    "estimates",
    "observed",
    "observes",
    "wrote",
    "writes",
    "described",
    "describes",
    "maintained",
    "maintains",
    "conceded",
    "ruled",
    "rules",
    "charged",
    "charges",
    "accused",
    "advised",
    "warning",
    "claiming",
    "reporting",
    "requested",
    "ordered",
    "demanded",
    "recommended",
    "recommends",
    "promised",
    "revealed",
    "reveals",
    "repeated",
    "cried",
    "cited",
    "cites",
    "assured",
    "sang",
    "sings",
];

pub fn is_ambiguous(lower: &str) -> bool {
    AMBIGUOUS.contains(&lower)
}

/// A request rather than a saying: "pleaded with him to send ...", "asked them to leave".
/// A quotation after it may be someone else's reply, so it attributes none.
pub fn is_request(doc: &Document, i: usize) -> bool {
    takes_infinitive(doc.token_text(i))
        && (i + 1..(i + 7).min(doc.tokens.len())).any(|k| doc.token_text(k) == "to")
}

/// "according to" at `i`.
pub fn is_according_to(doc: &Document, i: usize) -> bool {
    lower(doc, i) == "according" && i + 1 < doc.tokens.len() && lower(doc, i + 1) == "to"
}

/// A preposition: after a verb it opens a phrase ("requested in arrears"), not a clause.
pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "into"
            | "over"
            | "under"
            | "about"
            | "between"
            | "through"
            | "during"
            | "until"
            | "than"
            | "to"
            | "of"
    )
}
