//! Entities: the people, organisations, places and other named things of an article, each
//! with its mentions and titles.
//!
//! 1. [`runs`] finds the stretches of capitalised tokens, sentence by sentence.
//! 2. [`mention`] turns each run into mentions: a sentence-opening common word goes
//!    ("Senior U.S. officials" → "U.S."), a nationality or a place before a title is split
//!    off, a title is taken off the front ("Russian | Deputy Defense Minister | Anatoly
//!    Antonov"), and the name is classified by the word lists of `data/` (places, given
//!    names and surnames, organisations and their words, demonyms).
//! 3. [`tagger`] reads each run again with a learned model, the rules' reading among its
//!    features; in text that writes in lowercase ("i flew to canada"), [`lowercase`] adds the
//!    listed places written so.
//! 4. [`cluster`] groups mentions into entities ("Antonov" → "Anatoly Antonov", "U.S." →
//!    "United States") and decides the kind of names the lists do not know.
//!
//! A mention is the name alone: no leading "the", no title, no possessive "'s" (the
//! tokenizer splits it off, so a run never includes it).

pub mod cluster;
pub mod lowercase;
pub mod mention;
pub mod runs;
pub mod tagger;

use crate::analysis::{Entity, EntityKind, Id};
use crate::text::{language, ByteSpan, Document};

/// In a sports report, countries are teams: the listed places named in a sentence with a
/// score ("Sweden defeated South Korea 1 – 0"), when the article gives two scores or more.
fn teams(doc: &Document, mentions: &[mention::Mention]) -> rustc_hash::FxHashSet<&'static str> {
    use crate::text::TokenKind;
    let is_score = |i: usize| {
        let t = &doc.tokens;
        let small = |k: usize| t[k].kind == TokenKind::Number && doc.token_text(k).len() <= 2;
        i + 2 < t.len()
            && small(i)
            && matches!(doc.token_text(i + 1), "–" | "-" | "—")
            && small(i + 2)
    };
    let score_sentences: Vec<&crate::text::Sentence> =
        doc.sentences.iter().filter(|s| s.tokens.clone().any(is_score)).collect();
    let mut teams = rustc_hash::FxHashSet::default();
    if score_sentences.len() < 2 {
        return teams;
    }
    for m in mentions {
        if m.kind == Some(EntityKind::Place)
            && score_sentences.iter().any(|s| s.tokens.contains(&m.tokens.start))
        {
            // Countries, and nations such as England and Scotland (listed as regions).
            let nation = |c: &&str| {
                crate::lexicon::get().names.place(c).is_some_and(|p| {
                    matches!(
                        p.kind,
                        crate::lexicon::PlaceKind::Country | crate::lexicon::PlaceKind::Region
                    )
                })
            };
            if let Some(c) = m.canonical.filter(nation) {
                teams.insert(c);
            }
        }
    }
    teams
}

/// A title in apposition to a person's name: "the State Department's top arms control
/// official, Rose Gottemoeller" or "Jeff Rathke, the State Department spokesperson," — the
/// phrase after "the"/"a" up to the role word that ends it.
fn apposition_title(
    doc: &Document,
    name: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let names = &crate::lexicon::get().names;
    let is_role =
        |i: usize| names.title(doc.token_text(i)) == Some(crate::lexicon::TitleKind::Person);
    let is_det = |i: usize| {
        matches!(doc.token_text(i), "the" | "a" | "an" | "its" | "his" | "her" | "their")
    };
    // Before: "<the ... role>, NAME"
    if name.start >= 3 && doc.token_text(name.start - 1) == "," && is_role(name.start - 2) {
        let role = name.start - 2;
        if let Some(det) = (role.saturating_sub(8)..role).rev().find(|&i| is_det(i)) {
            if (det + 1..role).all(|i| doc.tokens[i].kind != crate::text::TokenKind::Punct) {
                return Some(det + 1..role + 1);
            }
        }
    }
    // After: "NAME, the ... role," / "NAME, the ... role."
    if name.end + 2 < doc.tokens.len() && doc.token_text(name.end) == "," && is_det(name.end + 1) {
        let start = name.end + 2;
        let end = (start..(start + 8).min(doc.tokens.len()))
            .find(|&i| doc.tokens[i].kind == crate::text::TokenKind::Punct)?;
        if end > start && is_role(end - 1) {
            return Some(start..end);
        }
    }
    None
}

/// A run of capitalised tokens, with its sentence.
#[derive(Debug, Clone)]
pub struct Stretch {
    pub sentence: std::ops::Range<usize>,
    pub run: std::ops::Range<usize>,
    /// The sentence is the article's title-case headline.
    pub headline: bool,
    /// The rules' mentions in the run, as indices into [`Rules::mentions`] (before the
    /// mentions of text that is not English are filtered).
    pub mentions: std::ops::Range<usize>,
}

/// What the rules make of a document: its runs, their mentions, and the mentions' clusters.
pub struct Rules<'d> {
    pub cx: mention::Context<'d>,
    pub stretches: Vec<Stretch>,
    pub mentions: Vec<mention::Mention>,
    pub teams: rustc_hash::FxHashSet<&'static str>,
    pub clusters: Vec<cluster::Cluster>,
    /// Whether each mention's kind came from the lists and the run itself, before
    /// clustering decided the rest.
    pub known: Vec<bool>,
    pub english: bool,
}

/// The rules alone: runs, mentions and clusters.
pub fn rules<'d>(doc: &'d Document<'d>) -> Rules<'d> {
    let cx = mention::Context::new(doc);
    let mut mentions = Vec::new();
    let mut stretches = Vec::new();
    // Only the article's first paragraph can be its headline; title-case lines further down
    // are captions and lists, whose names count.
    let first_paragraph = doc.paragraphs.first().map_or(0..0, |p| p.sentences.clone());
    for (n, s) in doc.sentences.iter().enumerate() {
        let headline = first_paragraph.contains(&n) && runs::is_headline(doc, s.tokens.clone());
        for run in runs::runs(doc, s.tokens.clone()) {
            let found = cx.mentions(run.clone(), Some(s.tokens.start), headline);
            let at = mentions.len();
            let mentions_of_run = at..at + found.len();
            stretches.push(Stretch {
                sentence: s.tokens.clone(),
                run,
                headline,
                mentions: mentions_of_run,
            });
            // One endless run (50,000 capitalised words) must not be held twice.
            if mentions.is_empty() {
                mentions = found;
            } else {
                mentions.extend(found);
            }
        }
    }
    // In text that is not English the shapes that make a name here ("Le ministre", "Viele
    // Bürger") mean nothing: keep only the names the lists know (Berlin, Paris, UNESCO).
    let english = language::reads_as_english(doc);
    if !english {
        mentions
            .retain(|m| m.canonical.is_some() && m.kind.is_some_and(|k| k != EntityKind::Person));
    }
    let teams = teams(doc, &mentions);
    let known = mentions.iter().map(|m| m.kind.is_some()).collect();
    let clusters = cluster::cluster(doc, &mut mentions, &teams, &cx.seen_lower);
    Rules { cx, stretches, mentions, teams, clusters, known, english }
}

/// The rules' tag of each token of `doc`: B-/I- of the kind of its mention's cluster, O
/// (0) outside every mention. A feature of the tagger.
///
/// With each tag, what the rules based it on (a second feature): 1 a listed name, 2 a
/// person's title, 3 the lists' kind of its words, 4 the article (clustering's decision).
pub fn rule_tags(doc: &Document, rules: &Rules) -> (Vec<u8>, Vec<u8>) {
    let mut tags = vec![0u8; doc.tokens.len()];
    let mut evidence = vec![0u8; doc.tokens.len()];
    for c in &rules.clusters {
        let b = tagger::begin(c.kind);
        for &i in &c.mentions {
            let m = &rules.mentions[i];
            let e = if m.canonical.is_some() {
                1
            } else if m.title.is_some() {
                2
            } else if rules.known[i] {
                3
            } else {
                4
            };
            let r = m.tokens.clone();
            for t in r.clone() {
                tags[t] = if t == r.start { b } else { b + 1 };
                evidence[t] = e;
            }
        }
    }
    (tags, evidence)
}

/// Each run the tagger reads, with its rules' tags and the features of its tokens, for
/// analysis and training alike: which runs are read and what is computed for them is the
/// model's input, and must not differ between the two. A run that is only a sentence's
/// opening function word is skipped ([`tagger::features::is_only_an_opener`]).
pub fn each_tagged_run(
    doc: &Document,
    rules: &Rules,
    mut each: impl FnMut(&Stretch, &tagger::features::Run, &[u8], &[u8], &[Vec<u32>]),
) {
    let (rule, evidence) = rule_tags(doc, rules);
    let input = tagger::features::Input {
        doc,
        rule: &rule,
        evidence: &evidence,
        seen_lower: &rules.cx.seen_lower,
        seen_inside: &rules.cx.seen_inside,
    };
    let mut features: Vec<Vec<u32>> = Vec::new();
    let mut memo = tagger::features::Memo::default();
    let mut run = tagger::features::Run::default();
    for st in &rules.stretches {
        if tagger::features::is_only_an_opener(doc, &st.sentence, &st.run) {
            continue;
        }
        run.read(&input, &mut memo, st.sentence.clone(), st.run.clone(), st.headline);
        features.truncate(st.run.len());
        features.resize_with(st.run.len(), Vec::new);
        for (f, i) in features.iter_mut().zip(st.run.clone()) {
            f.clear();
            tagger::features::features(&input, &run, i, f);
        }
        each(st, &run, &rule[st.run.clone()], &evidence[st.run.clone()], &features);
    }
}

/// The mentions the tagger reads in the runs. A name the rules found too keeps their title
/// and listed name; the kind is the tagger's.
fn tagged_mentions(doc: &Document, rules: &Rules, model: &tagger::Model) -> Vec<mention::Mention> {
    let names = &crate::lexicon::get().names;
    let mut out = Vec::new();
    let mut decoder = tagger::Decoder::default();
    each_tagged_run(doc, rules, |st, run, rule, evidence, features| {
        // A weekday is never part of a name ("Prime Minister's Questions Wednesday"): the
        // runs take it in, and the training texts hold too few to teach it.
        let outside = |k: usize| run.is_weekday(st.run.start + k);
        model.decode(features, rule, evidence, outside, &mut decoder);
        for (r, kind) in tagger::spans(st.run.clone(), &decoder.tags) {
            // A nationality or a group ("New Zealander", "Kurds") is no name here, as in the
            // rules; some training files mark nationalities as MISC.
            let text = doc.range_text(r.clone());
            if names.demonym(text).is_some() || names.is_group(text) {
                continue;
            }
            let ruled = &rules.mentions[st.mentions.clone()];
            // What the rules settle holds over the model's reading: a stance word opens no
            // name ("Anti-war Green Party"), and a name no list knows before a version or a
            // year is a product or an edition ("Zorblat Browser 6").
            let stance = ruled.iter().find(|m| {
                m.tokens.start == r.start + 1
                    && m.tokens.end == r.end
                    && mention::is_stance(doc.lower(r.start))
            });
            let r = stance.map_or(r, |m| m.tokens.clone());
            let same = ruled.iter().find(|m| m.tokens == r);
            let numbered = same.is_some_and(|m| {
                m.kind == Some(EntityKind::Other)
                    && doc
                        .tokens
                        .get(r.end)
                        .is_some_and(|t| t.kind == crate::text::TokenKind::Number)
            });
            let kind = if numbered { EntityKind::Other } else { kind };
            let m = match same {
                Some(m) => mention::Mention { kind: Some(kind), ..m.clone() },
                None => {
                    let canonical = match kind {
                        EntityKind::Place => names.place(text).map(|p| p.canonical),
                        EntityKind::Organization => names.organization(text),
                        _ => None,
                    };
                    mention::Mention { tokens: r, kind: Some(kind), canonical, title: None }
                }
            };
            out.push(m);
        }
    });
    out
}

/// One name, one kind through the article: each mention takes the kind most mentions of the
/// same words were given (its own on a tie). The tagger reads each mention in its sentence
/// alone, and a sentence can mislead ("Harlow said" reads as a person even where the article
/// calls Harlow a town three times).
fn consistent_kinds(doc: &Document, mentions: &mut [mention::Mention]) {
    // (The map's type is clustering's: one more kind of map would weigh on the wasm.)
    let mut votes: rustc_hash::FxHashMap<(u8, &str), usize> = rustc_hash::FxHashMap::default();
    for m in mentions.iter() {
        if let Some(k) = m.kind {
            *votes.entry((tagger::begin(k), doc.range_text(m.tokens.clone()))).or_default() += 1;
        }
    }
    for m in mentions.iter_mut() {
        let Some(own) = m.kind else { continue };
        let text = doc.range_text(m.tokens.clone());
        let count = |k: EntityKind| votes.get(&(tagger::begin(k), text)).copied().unwrap_or(0);
        let best = tagger::KINDS.into_iter().max_by_key(|&k| (count(k), k == own));
        m.kind = best.or(Some(own));
    }
}

/// Names in a list are of one kind ("Zeus, Hera, Poseidon and Athena"; "Ubisoft, Microsoft
/// and Sony"): in three names or more joined by commas, "and" or "or", where most are of one
/// kind, the names no list knows take that kind. The tagger reads each name alone.
fn list_kinds(doc: &Document, mentions: &mut [mention::Mention]) {
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start + 1;
        while end < mentions.len() && mention::listed_after(doc, &mentions[end - 1], &mentions[end])
        {
            end += 1;
        }
        let list = &mut mentions[start..end];
        if list.len() >= 3 {
            let count = |k: EntityKind| list.iter().filter(|m| m.kind == Some(k)).count();
            let top = tagger::KINDS.into_iter().max_by_key(|&k| count(k));
            if let Some(k) = top.filter(|&k| count(k) * 2 > list.len() && k != EntityKind::Other) {
                for m in list.iter_mut().filter(|m| m.canonical.is_none()) {
                    m.kind = Some(k);
                }
            }
        }
        start = end;
    }
}

/// The tokens whose names give their entity no title: inside double quotation marks
/// (someone else's words: a remark, a quoted letter's signature; the quotations are those the
/// quotes stage pairs, [`crate::quotes::marks`]) and in the runs of the headline (title case,
/// where a name and the words before it run together). A title comes from the article's own
/// running text about the person.
///
/// Single marks are left out: where a paragraph has no double ones the quotes stage pairs
/// single ones, and a stray apostrophe ("In 't Veld", "I 'm") would then take the titles of
/// the rest of the paragraph.
fn untitled_tokens(doc: &Document, stretches: &[Stretch]) -> Vec<bool> {
    use crate::text::TokenKind;
    let double = |i: usize| matches!(doc.tokens[i].kind, TokenKind::Quote { double: true, .. });
    let mut out = vec![false; doc.tokens.len()];
    crate::quotes::marks::each_quoted(doc, |q| {
        // Opened by a double mark, or carried on from the paragraph before to one.
        let by_double = if q.continued {
            q.tokens.end > q.tokens.start && double(q.tokens.end - 1)
        } else {
            double(q.tokens.start)
        };
        if by_double {
            out[q.tokens].fill(true);
        }
    });
    for st in stretches.iter().filter(|st| st.headline) {
        out[st.run.clone()].fill(true);
    }
    out
}

/// The entities of `doc` (byte offsets), in order of first mention, with ids `e1`, `e2`, ...
pub fn entities(doc: &Document) -> Vec<Entity> {
    entities_with(doc, tagger::Model::get())
}

/// The entities of `doc` as [`entities`] finds them, with `model` as the tagger (`None`: the
/// rules alone).
pub fn entities_with(doc: &Document, model: Option<&tagger::Model>) -> Vec<Entity> {
    let rules = rules(doc);
    let untitled = untitled_tokens(doc, &rules.stretches);
    let (mentions, clusters) = match model.filter(|_| rules.english) {
        Some(model) => {
            let mut mentions = tagged_mentions(doc, &rules, model);
            if lowercase::writes_lowercase(doc) {
                mentions.extend(lowercase::places(doc));
                // Clustering takes mentions in text order.
                crate::sort::by_key(&mut mentions, |m| m.tokens.start as u128);
            }
            consistent_kinds(doc, &mut mentions);
            list_kinds(doc, &mut mentions);
            let clusters = cluster::cluster(doc, &mut mentions, &rules.teams, &rules.cx.seen_lower);
            (mentions, clusters)
        }
        None => (rules.mentions, rules.clusters),
    };
    clusters
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let spans: Vec<ByteSpan> =
                c.mentions.iter().map(|&i| doc.byte_span(mentions[i].tokens.clone())).collect();
            let longest = spans
                .iter()
                .max_by_key(|s| (s.end - s.start, std::cmp::Reverse(s.start)))
                .map(|s| s.of(doc.text()))
                .unwrap_or_default();
            // Places by their listed name ("United States" for "U.S."); organisations by the
            // listed name only when the article writes one of its names ("U.N."), else as
            // the article writes them ("ITAR-Tass", not "TASS").
            let names = &crate::lexicon::get().names;
            let name = match (c.kind, c.canonical) {
                (EntityKind::Place, Some(canonical)) => canonical.to_string(),
                // An acronym ("U.N.", "WHO") reads better expanded; a full name stays as
                // the article spells it ("World Health Organisation").
                (EntityKind::Organization, Some(canonical))
                    if names.organization(longest) == Some(canonical)
                        && !longest.chars().any(char::is_lowercase) =>
                {
                    canonical.to_string()
                }
                _ => longest.to_string(),
            };
            let mut titles: Vec<String> = Vec::new();
            for &i in c.mentions.iter().filter(|&&i| !untitled[mentions[i].tokens.start]) {
                let apposition = (c.kind == EntityKind::Person)
                    .then(|| apposition_title(doc, mentions[i].tokens.clone()))
                    .flatten();
                if let Some(t) = mentions[i].title.as_ref().or(apposition.as_ref()) {
                    let title = doc.range_text(t.clone()).to_string();
                    if !titles.iter().any(|x| x.eq_ignore_ascii_case(&title)) {
                        titles.push(title);
                    }
                }
            }
            Entity {
                id: Id::entity(n),
                kind: c.kind,
                name,
                titles,
                mentions: spans.into_iter().map(|s| doc.span(s)).collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_and_the_headline_give_no_titles() {
        let text = "Mayor Anna Weber Opens The New Harbour\n\nShe said: \"Thank Chairman Lars \
                    Dahl.\" Chairman Kari Holm agreed.\n\n\"An open quote ends with Director \
                    Per Lund\n\nDirector Per Lund spoke.";
        let doc = Document::new(text);
        let untitled = untitled_tokens(&doc, &rules(&doc).stretches);
        let at = |word: &str, nth: usize| {
            let start = doc.text().match_indices(word).nth(nth).expect("word").0;
            untitled[doc.tokens.iter().position(|t| t.start() == start).expect("token")]
        };
        assert!(at("Anna", 0), "the headline");
        assert!(at("Lars", 0), "inside quotation marks");
        assert!(!at("Kari", 0), "after the quotation closed");
        assert!(at("Per", 0), "a quotation left open");
        assert!(!at("Per", 1), "the next paragraph");
        // A quotation that runs on into the next line and closes after a signature there.
        let text = "\"We will build it, and soon.\nChairman Ole Berg.\" Ole Berg agreed.";
        let doc = Document::new(text);
        let untitled = untitled_tokens(&doc, &rules(&doc).stretches);
        let ole: Vec<bool> = doc
            .tokens
            .iter()
            .enumerate()
            .filter(|&(i, _)| doc.token_text(i) == "Ole")
            .map(|(i, _)| untitled[i])
            .collect();
        assert_eq!(ole, [true, false], "the signature, then the running text");
    }
}
