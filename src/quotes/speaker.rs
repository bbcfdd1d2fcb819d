//! Who a noun phrase before or after a speech verb is: an entity named in it, a pronoun's
//! antecedent, the holder of a role ("the minister"), or an unnamed source ("officials").

use std::ops::Range;

use crate::analysis::{Entity, EntityKind};
use crate::lexicon::{self, Gender, TitleKind};
use crate::text::{Case, Document};

/// A resolved speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speaker {
    /// Index into the entities.
    pub entity: Option<usize>,
    /// The entity's name, or the phrase for an unnamed source.
    pub name: Option<String>,
    /// Bytes of the words that name the speaker here.
    pub mention: Option<(usize, usize)>,
}

/// Entity mentions by position, for looking up who a phrase names.
pub struct Speakers<'a> {
    doc: &'a Document<'a>,
    entities: &'a [Entity],
    /// (start byte, end byte, entity index), sorted.
    mentions: Vec<(usize, usize, usize)>,
    /// Each entity's gender ([`gender_of`]), worked out once: pronouns ask for it of every
    /// mention they look back over.
    genders: Vec<Option<Gender>>,
}

const MALE: &[&str] = &["he", "him", "his"];
const FEMALE: &[&str] = &["she", "her"];
/// Pronouns for organisations and groups.
const NON_PERSONAL: &[&str] = &["they", "it"];

impl<'a> Speakers<'a> {
    pub fn new(doc: &'a Document<'a>, entities: &'a [Entity]) -> Speakers<'a> {
        let mut mentions: Vec<_> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
            .collect();
        crate::sort::by_key(&mut mentions, |&(s, e, i)| crate::sort::key3(s, e, i));
        let genders = entities.iter().map(gender_of).collect();
        Speakers {
            doc,
            entities,
            mentions,
            genders,
        }
    }

    /// The same, blind to the entities `excluded`.
    pub fn excluding(&self, excluded: &[usize]) -> Speakers<'a> {
        let mentions = self
            .mentions
            .iter()
            .filter(|m| !excluded.contains(&m.2))
            .copied()
            .collect();
        Speakers {
            doc: self.doc,
            entities: self.entities,
            mentions,
            genders: self.genders.clone(),
        }
    }

    /// The entities named in bytes `start..end`.
    pub fn named_in(&self, start: usize, end: usize) -> Vec<usize> {
        self.mentions_in(start, end).map(|m| m.2).collect()
    }

    /// Whether entity `e` is a person.
    pub fn is_person(&self, e: usize) -> bool {
        self.entities
            .get(e)
            .is_some_and(|x| x.kind == EntityKind::Person)
    }

    /// Whether the speaker was found through a pronoun ("he said").
    pub fn by_pronoun(&self, sp: &Speaker) -> bool {
        sp.mention.is_some_and(|(s, e)| {
            let w = self.doc.text().get(s..e).unwrap_or_default().to_lowercase();
            MALE.contains(&w.as_str())
                || FEMALE.contains(&w.as_str())
                || NON_PERSONAL.contains(&w.as_str())
        })
    }

    fn entity_speaker(&self, e: usize, mention: (usize, usize)) -> Speaker {
        Speaker {
            entity: Some(e),
            name: Some(self.entities[e].name.clone()),
            mention: Some(mention),
        }
    }

    /// The mentions inside bytes `start..end`.
    fn mentions_in(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &(usize, usize, usize)> {
        let from = self.mentions.partition_point(|m| m.0 < start);
        self.mentions[from..]
            .iter()
            .take_while(move |m| m.0 < end)
            .filter(move |m| m.1 <= end)
    }

    /// The gender of a person entity, from its given name or an honorific title.
    fn gender(&self, e: usize) -> Option<Gender> {
        self.genders[e]
    }

    /// The most recent entity mention before byte `before` that `fits`.
    fn latest(&self, before: usize, fits: impl Fn(usize) -> bool) -> Option<(usize, usize, usize)> {
        let upto = self.mentions.partition_point(|m| m.0 < before);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(200)
            .find(|m| fits(m.2))
            .copied()
    }

    /// The first person named in tokens `r`, outside quotation marks.
    pub fn first_person(&self, r: Range<usize>) -> Option<Speaker> {
        self.people_in(r).next()
    }

    /// The last person named in tokens `r`, outside quotation marks.
    pub fn last_person(&self, r: Range<usize>) -> Option<Speaker> {
        self.people_in(r).last()
    }

    /// The people named in tokens `r`, outside quotation marks, in order.
    fn people_in(&self, r: Range<usize>) -> impl Iterator<Item = Speaker> + '_ {
        let doc = self.doc;
        let bytes = match (
            doc.tokens.get(r.start),
            r.end.checked_sub(1).and_then(|i| doc.tokens.get(i)),
        ) {
            (Some(first), Some(last)) if r.start < r.end => (first.start(), last.end()),
            _ => (0, 0),
        };
        let quoted = move |byte: usize| {
            let i = doc.tokens.partition_point(|t| t.start() < byte);
            doc.tokens[r.start..i.min(r.end).max(r.start)]
                .iter()
                .filter(|t| t.is_quote())
                .count()
                % 2
                == 1
        };
        self.mentions_in(bytes.0, bytes.1)
            .filter(move |m| self.entities[m.2].kind == EntityKind::Person && !quoted(m.0))
            .map(|m| self.entity_speaker(m.2, (m.0, m.1)))
    }

    /// A person known by one name only ("Bauchtman") that is a misspelling of the surname of
    /// a person named in full ("Lydia Buchtmann"): news copy misspells names now and then.
    /// An organisation known by one word of its name ("the Church", "the Municipality") is
    /// the organisation named in full ("Church of Scientology").
    fn fuller_namesake(&self, e: usize) -> Option<usize> {
        let entity = &self.entities[e];
        if entity.name.contains(' ') {
            return None;
        }
        match entity.kind {
            EntityKind::Person => self.entities.iter().position(|o| {
                o.kind == EntityKind::Person
                    && o.name.contains(' ')
                    && o.name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| is_misspelling(&entity.name, last))
            }),
            EntityKind::Organization => {
                // Only when one organisation fits: "the Municipality" of two is neither.
                let fits = |o: &Entity| {
                    o.kind == EntityKind::Organization
                        && o.name.contains(' ')
                        && (o.name.split(' ').next() == Some(entity.name.as_str())
                            || o.name.rsplit(' ').next() == Some(entity.name.as_str()))
                };
                let mut found = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| fits(o))
                    .map(|(i, _)| i);
                match (found.next(), found.next()) {
                    (Some(i), None) => Some(i),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Who the subject phrases before a verb name (nearest first, as
    /// [`super::cues::subject_chunks`] gives them): a pronoun right before the verb, else
    /// the nearest phrase with a person in it, else the nearest that names anyone.
    pub fn resolve_subject(&self, chunks: &[Range<usize>]) -> Speaker {
        let doc = self.doc;
        let Some(nearest) = chunks.first() else {
            return Speaker::default();
        };
        let pronoun = nearest
            .clone()
            .rev()
            .find(|&i| doc.tokens[i].is_word() && super::cues::names_someone(doc, i..i + 1))
            .filter(|&i| {
                let w = doc.lower(i);
                MALE.contains(&w) || FEMALE.contains(&w) || NON_PERSONAL.contains(&w)
            });
        if let Some(p) = pronoun {
            return self.resolve(p..p + 1);
        }
        for c in chunks {
            let (Some(first), Some(last)) = (c.clone().next(), c.clone().last()) else {
                continue;
            };
            let (s, e) = (doc.tokens[first].start(), doc.tokens[last].end());
            if self
                .mentions_in(s, e)
                .any(|m| self.entities[m.2].kind == EntityKind::Person)
            {
                return self.resolve(c.clone());
            }
        }
        chunks
            .iter()
            .find(|c| super::cues::names_someone(doc, (*c).clone()))
            .map_or_else(Speaker::default, |c| self.resolve(c.clone()))
    }

    /// Who the phrase `np` (token indices) names.
    pub fn resolve(&self, np: Range<usize>) -> Speaker {
        let doc = self.doc;
        let names = &lexicon::get().names;
        // Trim punctuation and determiners at the edges.
        let mut a = np.start;
        let mut b = np.end;
        while a < b
            && (!doc.tokens[a].is_word() && doc.tokens[a].kind != crate::text::TokenKind::Number
                || matches!(doc.lower(a), "the" | "a" | "an" | "and" | "but"))
        {
            a += 1;
        }
        while b > a && (!doc.tokens[b - 1].is_word() || !super::cues::names_someone(doc, b - 1..b))
        {
            b -= 1;
        }
        // The subject ends where its verb phrase begins: "several municipalities have started
        // asking", "It is also encouraging" — but after a copula and a determiner the source
        // is what the subject is: "all they get is a message stating".
        if let Some(aux) = (a + 1..b).find(|&i| {
            matches!(
                doc.lower(i),
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
        }) {
            let predicate = aux + 1 < b && matches!(doc.lower(aux + 1), "a" | "an" | "the");
            return if predicate {
                self.resolve(aux + 1..b)
            } else {
                self.resolve(a..aux)
            };
        }
        if a >= b {
            return Speaker::default();
        }
        // A participle after the head noun ("an Internet posting made 24 hours ago", "a
        // letter seen by Sky News") only says more about the source.
        if let Some(p) = (a + 1..b).find(|&i| {
            is_plain_noun(doc, i - 1)
                && matches!(
                    doc.lower(i),
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
        }) {
            return self.resolve(a..p);
        }
        if let Some(by) = (a + 1..b).find(|&i| doc.lower(i) == "by" && is_plain_noun(doc, i - 1)) {
            // "the post by an unknown author": the author is the source.
            return self.resolve(by + 1..b);
        }
        let (start, end) = (doc.tokens[a].start(), doc.tokens[b - 1].end());
        let head = doc.token_text(b - 1);
        let head_is_noun = doc.tokens[b - 1].case == Case::Lower;
        let role = head_is_noun && names.title(head) == Some(TitleKind::Person);
        // A named entity: a person first, then anything else — unless it only modifies a
        // common noun ("Scientology officials", "the New Zealand government"): then the
        // phrase is the source.
        // ... but a noun that only says what the organisation is ("Yonhap news agency",
        // "the BBC website") leaves it the source.
        let descriptor = |i: usize| {
            matches!(
                doc.token_text(i),
                "news"
                    | "agency"
                    | "newspaper"
                    | "daily"
                    | "paper"
                    | "channel"
                    | "broadcaster"
                    | "website"
                    | "site"
                    | "company"
                    | "firm"
                    | "magazine"
                    | "network"
                    | "television"
                    | "radio"
            )
        };
        let inside: Vec<_> = self
            .mentions_in(start, end)
            .copied()
            .filter(|m| {
                let after = doc.tokens.partition_point(|t| t.start() < m.1)..b;
                let possessive = doc
                    .text()
                    .get(m.1..)
                    .is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"));
                !head_is_noun
                    || role
                    || possessive
                    || self.entities[m.2].kind == EntityKind::Person
                    || (!after.is_empty() && after.clone().all(descriptor))
            })
            .collect();
        let pick = inside
            .iter()
            .find(|m| self.entities[m.2].kind == EntityKind::Person)
            .or_else(|| {
                inside
                    .iter()
                    .find(|m| self.entities[m.2].kind != EntityKind::Place)
            })
            .or(inside.first());
        if let Some(&(s, e, idx)) = pick {
            return self.entity_speaker(self.fuller_namesake(idx).unwrap_or(idx), (s, e));
        }
        // A pronoun: the latest fitting mention before it.
        let first = doc.lower(a);
        if b - a == 1 {
            let is_person = |e: usize| self.entities[e].kind == EntityKind::Person;
            let found = if MALE.contains(&first) {
                self.latest(start, |e| {
                    is_person(e) && self.gender(e) != Some(Gender::Female)
                })
            } else if FEMALE.contains(&first) {
                self.latest(start, |e| {
                    is_person(e) && self.gender(e) != Some(Gender::Male)
                })
            } else if NON_PERSONAL.contains(&first) {
                self.latest(start, |e| self.entities[e].kind == EntityKind::Organization)
            } else {
                None
            };
            if let Some((_, _, idx)) = found {
                return Speaker {
                    mention: Some((start, end)),
                    ..self.entity_speaker(idx, (start, end))
                };
            }
            if MALE.contains(&first)
                || FEMALE.contains(&first)
                || NON_PERSONAL.contains(&first)
                || first == "i"
                || first == "we"
            {
                return Speaker::default();
            }
        }
        // A surname the entities stage did not link ("Rathke" for Jeff Rathke).
        for i in a..b {
            if doc.tokens[i].case == Case::Capitalized {
                let w = doc.token_text(i);
                let last_word = |e: usize| {
                    self.entities[e].kind == EntityKind::Person
                        && self.entities[e].name.rsplit(' ').next() == Some(w)
                };
                let misspelt = |e: usize| {
                    self.entities[e].kind == EntityKind::Person
                        && self.entities[e]
                            .name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|last| is_misspelling(w, last))
                };
                if let Some((_, _, idx)) = self
                    .latest(start, last_word)
                    .or_else(|| self.latest(start, misspelt))
                {
                    return self.entity_speaker(idx, (doc.tokens[i].start(), doc.tokens[i].end()));
                }
            }
        }
        // An organisation by the first or last word of its name: "the Church" for the Church
        // of Scientology, "the Commission" for the European Commission.
        if b - a == 1 && doc.tokens[a].case == Case::Capitalized {
            let w = doc.token_text(a);
            let named = |e: usize| {
                let name = &self.entities[e].name;
                self.entities[e].kind == EntityKind::Organization
                    && name.contains(' ')
                    && (name.split(' ').next() == Some(w) || name.rsplit(' ').next() == Some(w))
            };
            if let Some((_, _, idx)) = self.latest(start, named) {
                return self.entity_speaker(idx, (start, end));
            }
        }
        // A role: "the minister", "the White House adviser" → who holds that title.
        if role {
            let head_lower = head.to_lowercase();
            let holds = |e: usize| {
                self.entities[e].kind == EntityKind::Person
                    && self.entities[e]
                        .titles
                        .iter()
                        .any(|t| t.to_lowercase().ends_with(&head_lower))
            };
            if let Some((_, _, idx)) = self.latest(start, holds) {
                return self.entity_speaker(idx, (start, end));
            }
        }
        // A first-person phrase ("I was basically hauled in and") names nobody the reader
        // knows; an unnamed source does: "officials", "U.S. officials", "the ministry".
        if matches!(first, "i" | "we" | "you") {
            return Speaker::default();
        }
        if b - a <= 6 {
            return Speaker {
                entity: None,
                name: Some(doc.slice(start, end).to_string()),
                mention: Some((start, end)),
            };
        }
        Speaker::default()
    }
}

/// The gender of a person entity, from its given name or an honorific title.
fn gender_of(entity: &Entity) -> Option<Gender> {
    let names = &lexicon::get().names;
    for t in &entity.titles {
        match t.trim_end_matches('.').to_lowercase().as_str() {
            "mr" | "sir" | "king" | "prince" | "lord" => return Some(Gender::Male),
            "mrs" | "ms" | "miss" | "dame" | "queen" | "princess" | "lady" => {
                return Some(Gender::Female)
            }
            _ => {}
        }
    }
    entity
        .name
        .split_whitespace()
        .next()
        .and_then(|first| names.first_name(first))
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

/// Whether `a` is a misspelling of the different name `b`: the same first letter, both five
/// letters or more, at most one edit in four letters ("Water" for "Waters", "Bauchtman" for
/// "Buchtmann").
fn is_misspelling(a: &str, b: &str) -> bool {
    // ASCII (nearly every name): bytes are characters, no copies needed.
    if a.is_ascii() && b.is_ascii() {
        return misspelt(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    misspelt(&a, &b)
}

fn misspelt<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a == b
        || a.len() < 5
        || b.len() < 5
        || a.first() != b.first()
        || a.len().abs_diff(b.len()) > 2
    {
        return false;
    }
    edit_distance(a, b) * 4 <= a.len().min(b.len())
}

/// Levenshtein distance.
fn edit_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}
