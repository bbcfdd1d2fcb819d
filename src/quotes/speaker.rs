//! Who a noun phrase before or after a speech verb is: an entity named in it, a pronoun's
//! antecedent, the holder of a role ("the minister"), or an unnamed source ("officials").
//!
//! [`Speakers::resolve_subject`] picks the phrase among those before a verb (a pronoun right
//! before it, else the nearest phrase naming a person, else the nearest naming anyone).
//! [`Speakers::resolve`] narrows it to the words that name the source (`phrase`: "a letter
//! seen by X" → "a letter"; "the post by X" → "X"), then asks a row of rules, one small method
//! each, in order; the first that decides wins:
//!
//! 1. `entity_named`: an entity in the phrase ("Anna Weber", "the Fisheries minister Anna
//!    Weber"), unless it only modifies a common noun ("Ministry officials": the phrase is the
//!    source).
//! 2. `pronoun_antecedent`: "he", "she", "they" → the latest entity that fits;
//!    `pronoun_without_antecedent`: none fits → nobody.
//! 3. `unlinked_surname`: "Weber" → the latest Anna Weber.
//! 4. `organisation_by_one_word`: "the Ministry" → the latest Ministry of Fisheries.
//! 5. `role_holder`: "the minister" → the latest person with that title.
//! 6. `first_person`: "I", "we", "you" → nobody.
//! 7. `unnamed_source`: a short phrase left over is its own name ("officials").

mod phrase;

use std::ops::Range;

use crate::analysis::{Entity, EntityKind};
use crate::lexicon::{self, Gender, TitleKind};
use crate::text::{ByteSpan, Case, Document};

/// A resolved speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speaker {
    /// Index into the entities.
    pub entity: Option<usize>,
    /// The entity's name, or the phrase for an unnamed source.
    pub name: Option<String>,
    /// Bytes of the words that name the speaker here.
    pub mention: Option<ByteSpan>,
    /// How sure the attribution to `entity` is, in percent (see [`confidence`]).
    pub confidence: u8,
}

/// How sure an attribution is, in percent, by how its speaker was found. Set by reasoning
/// about each way, not fitted: `quotes::speaker_confidence` is checked against PolNeAR's
/// attributions (of those above 80 %, at least 90 % right), and PolNeAR is never learned
/// from.
pub mod confidence {
    /// The attribution's phrase names the entity: "Anna Weber said", "said the minister,
    /// Anna Weber".
    pub const NAMED: u8 = 95;
    /// A lone surname of a person named in full before ("Weber said").
    pub const SURNAME: u8 = 85;
    /// A person found in a range of words (a colon's clause, a first-person report).
    pub const IN_CLAUSE: u8 = 75;
    /// An organisation by one of its words ("the Ministry said").
    pub const ORGANISATION_WORD: u8 = 70;
    /// A pronoun's antecedent ("she said"): the latest entity that fits.
    pub const PRONOUN: u8 = 65;
    /// The latest holder of a role ("the minister said").
    pub const ROLE: u8 = 60;
    /// Reported speech, whoever its subject: a reported clause's subject is as often the
    /// holder of a view as a speaker ("X accused Y of ..."), and where its content ends is
    /// less sure than a quotation's.
    pub const REPORTED: u8 = 80;
    /// A quotation with no attribution of its own takes the speaker of the report before.
    pub const REPORT_BEFORE: u8 = 60;
    /// ... or of the quote before, in its paragraph.
    pub const QUOTE_BEFORE: u8 = 60;
    /// ... or of the quote before, in the paragraph before.
    pub const QUOTE_BEFORE_PARAGRAPH: u8 = 50;
}

impl Speaker {
    /// The same speaker, at most `percent` sure.
    pub fn at_most(mut self, percent: u8) -> Speaker {
        self.confidence = self.confidence.min(percent);
        self
    }

    fn rated(mut self, percent: u8) -> Speaker {
        self.confidence = percent;
        self
    }
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
    /// Whether each token stands inside double quotation marks (counted from the start of
    /// its paragraph): worked out once, and shared by the copies `excluding` makes.
    quoted: std::rc::Rc<[bool]>,
    /// How many quotation marks, single or double, come before each token (one more entry
    /// than tokens): whether a name in a range stands quoted is then a subtraction, not a
    /// count over the range for every name.
    quotes_before: std::rc::Rc<[u32]>,
}

const MALE: &[&str] = &["he", "him", "his"];
/// How many sentences back a pronoun's subject is looked for.
const LOOK_BACK: usize = 3;
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
        let mut quoted = Vec::with_capacity(doc.tokens.len());
        let mut paragraphs = doc.paragraphs.iter().map(|p| p.start).peekable();
        let mut open = false;
        for t in &doc.tokens {
            while paragraphs.next_if(|&p| p <= t.start()).is_some() {
                open = false;
            }
            quoted.push(open);
            if matches!(t.kind, crate::text::TokenKind::Quote { double: true, .. }) {
                open = !open;
            }
        }
        let quotes_before: Vec<u32> = std::iter::once(0)
            .chain(doc.tokens.iter().scan(0, |n, t| {
                *n += u32::from(t.is_quote());
                Some(*n)
            }))
            .collect();
        let mut speakers = Speakers {
            doc,
            entities,
            mentions,
            genders,
            quoted: quoted.into(),
            quotes_before: quotes_before.into(),
        };
        speakers.genders_from_pronouns();
        speakers
    }

    /// The genders the article's own pronouns give the people whose names and titles do not:
    /// the first "he" or "she" (a subject) after a mention of a person, outside quotation
    /// marks, in the same sentence and before another person is named ("Lind said he would
    /// run": Lind is a man), by three to one over the article. A possessive says whose ("Lind's
    /// wife said she").
    fn genders_from_pronouns(&mut self) {
        let doc = self.doc;
        let mut votes = vec![[0u32; 2]; self.entities.len()];
        let people: Vec<_> = self.mentions.iter().filter(|m| self.is_person(m.2)).collect();
        for (k, m) in people.iter().enumerate() {
            let &(start, end, e) = *m;
            if self.genders[e].is_some() || self.is_possessive(m) {
                continue;
            }
            let next = people.get(k + 1).map_or(usize::MAX, |m| m.0);
            let sentence = doc.sentences.partition_point(|s| s.end <= start);
            let stop = doc.sentences.get(sentence).map_or(0, |s| s.end).min(next);
            let from = doc.tokens.partition_point(|t| t.start() < end);
            let pronoun = (from..doc.tokens.len())
                .take_while(|&i| doc.tokens[i].start() < stop)
                .filter(|&i| !self.quoted[i])
                .find_map(|i| match doc.lower(i) {
                    // (Not "his", "her", "him": as often someone else's, "Olsen backs her".)
                    "he" | "himself" => Some(0),
                    "she" | "herself" => Some(1),
                    _ => None,
                });
            if let Some(g) = pronoun {
                votes[e][g] += 1;
            }
        }
        for (g, [m, f]) in self.genders.iter_mut().zip(votes) {
            if g.is_none() && m + f > 0 {
                *g = if m >= 3 * f {
                    Some(Gender::Male)
                } else if f >= 3 * m {
                    Some(Gender::Female)
                } else {
                    None
                };
            }
        }
    }

    /// The same, blind to the entities `excluded`, for a resolution at byte `near`: with the
    /// 400 mentions on either side of it, more than a pronoun looks over (a copy of every
    /// mention, for every report that asks, was quadratic on a long run of pronoun quotes).
    pub fn excluding(&self, excluded: &[usize], near: usize) -> Speakers<'a> {
        let at = self.mentions.partition_point(|m| m.0 < near);
        let window = &self.mentions[at.saturating_sub(400)..(at + 400).min(self.mentions.len())];
        let mentions = window.iter().filter(|m| !excluded.contains(&m.2)).copied().collect();
        Speakers {
            doc: self.doc,
            entities: self.entities,
            mentions,
            genders: self.genders.clone(),
            quoted: self.quoted.clone(),
            quotes_before: self.quotes_before.clone(),
        }
    }

    /// The entities named in `span`.
    pub fn named_in(&self, span: ByteSpan) -> Vec<usize> {
        self.mentions_in(span).map(|m| m.2).collect()
    }

    /// Whether entity `e` is a person.
    pub fn is_person(&self, e: usize) -> bool {
        self.entities.get(e).is_some_and(|x| x.kind == EntityKind::Person)
    }

    /// Whether the speaker was found through a pronoun ("he said").
    pub fn by_pronoun(&self, sp: &Speaker) -> bool {
        sp.mention.is_some_and(|m| {
            let w = self.doc.text().get(m.start..m.end).unwrap_or_default().to_lowercase();
            is_pronoun(&w)
        })
    }

    fn entity_speaker(&self, e: usize, mention: ByteSpan) -> Speaker {
        Speaker {
            entity: Some(e),
            name: Some(self.entities[e].name.clone()),
            mention: Some(mention),
            confidence: confidence::IN_CLAUSE,
        }
    }

    /// The mentions inside `span`.
    fn mentions_in(&self, span: ByteSpan) -> impl Iterator<Item = &(usize, usize, usize)> {
        let ByteSpan { start, end } = span;
        let from = self.mentions.partition_point(|m| m.0 < start);
        self.mentions[from..].iter().take_while(move |m| m.0 < end).filter(move |m| m.1 <= end)
    }

    /// The gender of a person entity, from its given name or an honorific title.
    fn gender(&self, e: usize) -> Option<Gender> {
        self.genders[e]
    }

    /// The most recent entity mention before byte `before` that `fits`.
    fn latest(&self, before: usize, fits: impl Fn(usize) -> bool) -> Option<(usize, usize, usize)> {
        let upto = self.mentions.partition_point(|m| m.0 < before);
        self.mentions[..upto].iter().rev().take(200).find(|m| fits(m.2)).copied()
    }

    /// The first person named in tokens `r`, outside quotation marks.
    pub fn first_person(&self, r: Range<usize>) -> Option<Speaker> {
        self.first_person_where(r, |_, _| true)
    }

    /// The first person named in tokens `r`, outside quotation marks, who may be the subject
    /// of its clause: not one after a preposition ("in response to Lund's plan") nor one
    /// before a possessive ("Lund's aide").
    pub fn first_subject_person(&self, r: Range<usize>) -> Option<Speaker> {
        let doc = self.doc;
        self.first_person_where(r, |m, i| {
            let after_preposition = i > 0 && super::cues::is_preposition(doc.lower(i - 1));
            !self.is_possessive(m) && !after_preposition
        })
    }

    /// The first person named in tokens `r`, outside quotation marks, whose mention (and the
    /// index of its first token) `keep` accepts.
    fn first_person_where(
        &self,
        r: Range<usize>,
        keep: impl Fn(&(usize, usize, usize), usize) -> bool,
    ) -> Option<Speaker> {
        let found = self.mentions_in(self.bytes_of(r.clone())).find(|m| {
            let i = self.token_at(m.0);
            self.is_unquoted_person(m, i, &r) && keep(m, i)
        });
        found.map(|m| self.entity_speaker(m.2, ByteSpan::new(m.0, m.1)))
    }

    /// The last person named in tokens `r`, outside quotation marks, among the 200 mentions
    /// nearest its end (a sentence names fewer; a bound keeps a report cue asked of every
    /// verb in a long run-on text from looking over all before it).
    pub fn last_person(&self, r: Range<usize>) -> Option<Speaker> {
        let ByteSpan { start, end } = self.bytes_of(r.clone());
        let from = self.mentions.partition_point(|m| m.0 < start);
        let to = self.mentions.partition_point(|m| m.0 < end).max(from);
        let found = self.mentions[from..to]
            .iter()
            .rev()
            .filter(|m| m.1 <= end)
            .take(200)
            .find(|m| self.is_unquoted_person(m, self.token_at(m.0), &r));
        found.map(|m| self.entity_speaker(m.2, ByteSpan::new(m.0, m.1)))
    }

    /// The bytes of tokens `r`; empty when `r` is.
    fn bytes_of(&self, r: Range<usize>) -> ByteSpan {
        if r.start < r.end && r.end <= self.doc.tokens.len() {
            self.doc.byte_span(r)
        } else {
            ByteSpan::default()
        }
    }

    /// The index of the token at byte `byte` (or the first after it).
    fn token_at(&self, byte: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.start() < byte)
    }

    /// Whether mention `m`, whose first token is `i`, names a person and stands outside
    /// quotation marks counted from the start of tokens `r`.
    fn is_unquoted_person(&self, m: &(usize, usize, usize), i: usize, r: &Range<usize>) -> bool {
        let upto = i.min(r.end).max(r.start);
        let quotes = self.quotes_before[upto] - self.quotes_before[r.start];
        self.entities[m.2].kind == EntityKind::Person && quotes % 2 == 0
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
                let mut found =
                    self.entities.iter().enumerate().filter(|(_, o)| fits(o)).map(|(i, _)| i);
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
        let Some(nearest) = chunks.first() else {
            return Speaker::default();
        };
        if let Some(p) = self.pronoun_before_verb(nearest.clone()) {
            return self.resolve(p..p + 1);
        }
        if let Some(c) = self.nearest_naming_a_person(chunks) {
            return self.resolve(c.clone());
        }
        // Failing a person, the phrases between commas, nearest first.
        let parts = between_commas(self.doc, chunks);
        name_before_apposition(self.doc, &parts)
            .or_else(|| nearest_naming_anyone(self.doc, &parts))
            .map_or_else(Speaker::default, |c| self.resolve(c.clone()))
    }

    /// A pronoun as the last word of the nearest phrase ("After meeting X, she said") is the
    /// verb's subject: it wins over the people the phrases before it name.
    fn pronoun_before_verb(&self, nearest: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        nearest
            .rev()
            .find(|&i| doc.tokens[i].is_word() && super::cues::names_someone(doc, i..i + 1))
            .filter(|&i| is_pronoun(doc.lower(i)))
    }

    /// The nearest phrase that names a person: in "Anna Weber, the head of the agency, said"
    /// the apposition next to the verb names a role, the phrase before it the speaker.
    fn nearest_naming_a_person<'c>(&self, chunks: &'c [Range<usize>]) -> Option<&'c Range<usize>> {
        let doc = self.doc;
        // ("When Weber had spoken, a man shouted": a clause of time is not the subject.)
        let mut naming = chunks.iter().filter(|&c| {
            !c.is_empty()
                && !super::cues::opens_with_subordinator(doc, c.clone())
                && self
                    .mentions_in(doc.byte_span(c.clone()))
                    .any(|m| self.entities[m.2].kind == EntityKind::Person)
        });
        let nearest = naming.next()?;
        // An apposition that names someone else ("Ola Berg, a spokesman for the Weber
        // campaign, said") gives way to the person it describes before it.
        let before_comma =
            doc.tokens.get(nearest.end).is_some_and(|_| doc.token_text(nearest.end) == ",");
        // ("Ola Berg, pastor of the town church and a Weber supporter, said": a phrase that
        // opens with a lowercase word describes, as one with a determiner does.)
        let describes = |c: &Range<usize>| {
            is_apposition(doc, c)
                || c.clone()
                    .find(|&i| doc.tokens[i].is_word())
                    .is_some_and(|i| doc.tokens[i].case == Case::Lower && !is_pronoun(doc.lower(i)))
        };
        match naming.next() {
            Some(farther) if before_comma && describes(nearest) && !describes(farther) => {
                Some(farther)
            }
            _ => Some(nearest),
        }
    }

    /// Who the phrase `np` (token indices) names. The phrase is first narrowed to the words
    /// that name the source (`phrase`); then the rules below decide, in this order, the
    /// first that decides winning (some decide that the phrase names nobody).
    pub fn resolve(&self, np: Range<usize>) -> Speaker {
        let doc = self.doc;
        let np = phrase::trim_edges(doc, np);
        if let Some(part) = phrase::subject_or_predicate(doc, np.clone()) {
            return self.resolve(part);
        }
        if np.is_empty() {
            return Speaker::default();
        }
        if let Some(part) = phrase::before_participle(doc, np.clone())
            .or_else(|| phrase::agent_after_by(doc, np.clone()))
        {
            return self.resolve(part);
        }
        let p = Phrase::new(doc, np);
        let rated = |s: Option<Speaker>, percent| s.map(|s| s.rated(percent));
        rated(self.entity_named(&p), confidence::NAMED)
            .or_else(|| rated(self.pronoun_antecedent(&p), confidence::PRONOUN))
            .or_else(|| pronoun_without_antecedent(&p))
            .or_else(|| rated(self.unlinked_surname(&p), confidence::SURNAME))
            .or_else(|| rated(self.organisation_by_one_word(&p), confidence::ORGANISATION_WORD))
            .or_else(|| rated(self.role_holder(&p), confidence::ROLE))
            .or_else(|| first_person(&p))
            .or_else(|| unnamed_source(doc, &p))
            .unwrap_or_default()
    }

    /// An entity named in the phrase is the speaker: a person first, then anything but a
    /// place, then a place; by the fuller name when it is a short or misspelt one.
    fn entity_named(&self, p: &Phrase) -> Option<Speaker> {
        let inside: Vec<_> =
            self.mentions_in(p.bytes).copied().filter(|m| self.names_the_source(p, m)).collect();
        let person = |m: &&(usize, usize, usize)| self.entities[m.2].kind == EntityKind::Person;
        // "Clinton campaign manager Robby Mook", "Weber's spokesman, Jan Olsen": the person the
        // phrase is about, not one that only qualifies a noun.
        let pick = inside
            .iter()
            .filter(|m| !self.qualifies_a_noun(p, m))
            .find(person)
            .or_else(|| inside.iter().find(person))
            .or_else(|| inside.iter().find(|m| self.entities[m.2].kind != EntityKind::Place))
            .or(inside.first());
        let &(s, e, idx) = pick?;
        Some(self.entity_speaker(self.fuller_namesake(idx).unwrap_or(idx), ByteSpan::new(s, e)))
    }

    /// Whether the mention `m` is followed by a possessive "'s" ("Weber's").
    fn is_possessive(&self, m: &(usize, usize, usize)) -> bool {
        self.doc.text().get(m.1..).is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"))
    }

    /// Whether the mention `m` only qualifies the role of a person named after it in the
    /// phrase: a possessive ("Weber's spokesman, Jan Olsen") or a name before a role
    /// ("Weber campaign manager Jan Olsen", "Weber aide Jan Olsen"), a few words with no
    /// function word between.
    fn qualifies_a_noun(&self, p: &Phrase, m: &(usize, usize, usize)) -> bool {
        self.is_possessive(m) || self.role_then_person(m.1, p.bytes.end)
    }

    /// Whether a role stands between byte `from` and a person named right after it, ending
    /// by byte `end`: one to four lowercase words, no function word among them, the last a
    /// person's title ("campaign manager Jan Olsen", "aide Jan Olsen").
    fn role_then_person(&self, from: usize, end: usize) -> bool {
        let doc = self.doc;
        let next = doc.tokens.partition_point(|t| t.start() < from);
        let lex = lexicon::get();
        // (After four words at most: the search stops there.)
        let by = doc.tokens.get(next + 4).map_or(usize::MAX, |t| t.start());
        let Some(person) = self
            .mentions_in(ByteSpan::new(from, end))
            .take_while(|n| n.0 <= by)
            .find(|n| self.is_person(n.2))
        else {
            return false;
        };
        let role_end = doc.tokens.partition_point(|t| t.start() < person.0);
        (1..=4).contains(&(role_end - next))
            && (next..role_end)
                .all(|i| doc.tokens[i].case == Case::Lower && !lex.is_function_word(doc.lower(i)))
            && lex.names.title(doc.token_text(role_end - 1)) == Some(TitleKind::Person)
    }

    /// Whether the mention `m` stands for the source of the phrase. Not when it only modifies
    /// a common noun ("Scientology officials", "the New Zealand government": the phrase is
    /// the source), unless the noun is a role ("the Fisheries minister"), the mention is a
    /// possessive or a person, or the nouns after it only say what the organisation is
    /// ("Yonhap news agency", "the BBC website").
    fn names_the_source(&self, p: &Phrase, m: &(usize, usize, usize)) -> bool {
        let doc = self.doc;
        let after = doc.tokens.partition_point(|t| t.start() < m.1)..p.tokens.end;
        // "the mayor of Bergen": a place after a preposition only says where the source is.
        let first = doc.tokens.partition_point(|t| t.start() < m.0);
        let after_preposition = first > p.tokens.start
            && matches!(doc.lower(first - 1), "of" | "from" | "in" | "at" | "for");
        if after_preposition && self.entities[m.2].kind == EntityKind::Place {
            return false;
        }
        // "the Florida senator", "the Labour candidate", "the Fisheries minister": a place or
        // an organisation before a role says whose role it is; the role holder speaks.
        if p.role && !after.is_empty() && self.entities[m.2].kind != EntityKind::Person {
            return false;
        }
        !p.head_is_noun
            || p.role
            || self.is_possessive(m)
            || self.entities[m.2].kind == EntityKind::Person
            || (!after.is_empty() && after.clone().all(|i| is_descriptor(doc.token_text(i))))
    }

    /// A pronoun alone is the latest entity named before it that fits: a person not of the
    /// other gender for "he" and "she", an organisation for "they" and "it".
    fn pronoun_antecedent(&self, p: &Phrase) -> Option<Speaker> {
        if p.tokens.len() != 1 {
            return None;
        }
        let start = p.bytes.start;
        let is_person = |e: usize| self.entities[e].kind == EntityKind::Person;
        let male = |e: usize| is_person(e) && self.gender(e) != Some(Gender::Female);
        let female = |e: usize| is_person(e) && self.gender(e) != Some(Gender::Male);
        let found = if MALE.contains(&p.first) {
            self.subject_before(start, male).or_else(|| self.latest(start, male))
        } else if FEMALE.contains(&p.first) {
            self.subject_before(start, female).or_else(|| self.latest(start, female))
        } else if NON_PERSONAL.contains(&p.first) {
            self.latest(start, |e| self.entities[e].kind == EntityKind::Organization)
        } else {
            None
        };
        let (_, _, idx) = found?;
        Some(self.entity_speaker(idx, p.bytes))
    }

    /// The subject a pronoun continues: the first person named, outside quotation marks, in
    /// the sentence before the pronoun's, when that person `fits` and the pronoun's own
    /// sentence names no one before it ("Lund said he would back Olsen. "...," he said." →
    /// Lund, not Olsen, the latest named).
    fn subject_before(
        &self,
        start: usize,
        fits: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize, usize)> {
        let doc = self.doc;
        let si = doc.sentences.partition_point(|s| s.end <= start);
        let own = doc.sentences.get(si)?;
        // ("Olsen's spokeswoman Kari Berg", "Olsen aide Kari Berg": the subject is Berg.)
        // A possessive is no subject either ("Weber's plan ..."), unless the sentence names
        // no one else ("Lie's fate is unclear, but he said ...").
        let named_in = |from: usize, to: usize, possessive: bool| {
            self.mentions_in(ByteSpan::new(from, to))
                .find(|m| {
                    self.is_person(m.2)
                        && !self.quoted(m.0)
                        && !self.before_a_role(m)
                        && (possessive || !self.is_possessive(m))
                })
                .copied()
        };
        let named_before =
            |from: usize, to: usize| named_in(from, to, false).or_else(|| named_in(from, to, true));
        if self
            .mentions_in(ByteSpan::new(own.start, start))
            .any(|m| self.is_person(m.2) && !self.quoted(m.0))
        {
            return None;
        }
        // The nearest sentence before that names someone (a sentence of quotation between
        // names no one).
        // In it, the first person after an opening clause of time, reason or place, when it
        // names one ("While he backs Weber, Olsen admits ...": Olsen).
        // Sentences wholly inside quotation marks are not counted: a long quotation between
        // the name and the pronoun ("Wow. I love that. ...,' she said.") is one turn of
        // speech (a few at most, so that a long run of them costs no more to look over).
        let narrated = |k: &usize| {
            doc.sentences[*k].tokens.clone().any(|i| {
                !self.quoted.get(i).copied().unwrap_or(true)
                    && doc.tokens[i].kind == crate::text::TokenKind::Word
            })
        };
        let back = (si.saturating_sub(4 * LOOK_BACK)..si).rev().filter(narrated);
        let first = back.take(LOOK_BACK).find_map(|k| {
            let s = doc.sentences.get(k)?;
            let opening = s.tokens.clone().next().filter(|&i| {
                matches!(
                    doc.lower(i),
                    "while"
                        | "when"
                        | "after"
                        | "as"
                        | "although"
                        | "though"
                        | "because"
                        | "since"
                        | "if"
                        | "in"
                        | "on"
                        | "at"
                        | "during"
                        | "despite"
                        | "with"
                )
            });
            let comma = opening
                .and_then(|_| s.tokens.clone().find(|&i| doc.token_text(i) == ","))
                .map(|c| doc.tokens[c].end());
            comma.and_then(|c| named_in(c, s.end, false)).or_else(|| named_before(s.start, s.end))
        })?;
        fits(first.2).then_some(first)
    }

    /// Whether the person mention `m` only says whose role the next person holds: a
    /// possessive or a role before another person's name ("Olsen's spokeswoman Kari Berg",
    /// "Olsen campaign aide Kari Berg").
    fn before_a_role(&self, m: &(usize, usize, usize)) -> bool {
        let doc = self.doc;
        let after = doc.tokens.partition_point(|t| t.start() < m.1);
        let from = match doc.tokens.get(after) {
            Some(t) if t.kind == crate::text::TokenKind::Possessive => t.end(),
            _ => m.1,
        };
        self.role_then_person(from, doc.text().len())
    }

    /// Whether the token at byte `at` is inside double quotation marks.
    fn quoted(&self, at: usize) -> bool {
        let i = self.doc.tokens.partition_point(|t| t.start() < at);
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// A surname the entities stage did not link ("Rathke" for Jeff Rathke), or a misspelt
    /// one: the latest person of that last name named before the phrase.
    fn unlinked_surname(&self, p: &Phrase) -> Option<Speaker> {
        let doc = self.doc;
        p.tokens.clone().filter(|&i| doc.tokens[i].case == Case::Capitalized).find_map(|i| {
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
            let (_, _, idx) = self
                .latest(p.bytes.start, last_word)
                .or_else(|| self.latest(p.bytes.start, misspelt))?;
            Some(self.entity_speaker(idx, doc.byte_span(i..i + 1)))
        })
    }

    /// An organisation by the first or last word of its name: "the Church" for the Church
    /// of Scientology, "the Commission" for the European Commission.
    fn organisation_by_one_word(&self, p: &Phrase) -> Option<Speaker> {
        let doc = self.doc;
        let a = p.tokens.start;
        if p.tokens.len() != 1 || doc.tokens[a].case != Case::Capitalized {
            return None;
        }
        let w = doc.token_text(a);
        let named = |e: usize| {
            let name = &self.entities[e].name;
            self.entities[e].kind == EntityKind::Organization
                && name.contains(' ')
                && (name.split(' ').next() == Some(w) || name.rsplit(' ').next() == Some(w))
        };
        let (_, _, idx) = self.latest(p.bytes.start, named)?;
        Some(self.entity_speaker(idx, p.bytes))
    }

    /// A role: "the minister", "the White House adviser" → the latest person named before it
    /// whose title ends with the role's noun.
    fn role_holder(&self, p: &Phrase) -> Option<Speaker> {
        if !p.role {
            return None;
        }
        let head_lower = p.head.to_lowercase();
        let holds = |e: usize| {
            self.entities[e].kind == EntityKind::Person
                && self.entities[e].titles.iter().any(|t| t.to_lowercase().ends_with(&head_lower))
        };
        let (_, _, idx) = self.latest(p.bytes.start, holds)?;
        Some(self.entity_speaker(idx, p.bytes))
    }
}

/// A speaker phrase narrowed by [`phrase`] (never empty), with what the rules ask of it.
struct Phrase<'d> {
    tokens: Range<usize>,
    /// Its bytes.
    bytes: ByteSpan,
    /// Its first word, lowercased.
    first: &'d str,
    /// Its last word, as written.
    head: &'d str,
    /// The last word is lowercase: a common noun ("officials", "the minister").
    head_is_noun: bool,
    /// The last word is a person's title ("the minister"): the phrase names a role.
    role: bool,
}

impl<'d> Phrase<'d> {
    fn new(doc: &'d Document, tokens: Range<usize>) -> Phrase<'d> {
        let (a, b) = (tokens.start, tokens.end);
        let head = doc.token_text(b - 1);
        let head_is_noun = doc.tokens[b - 1].case == Case::Lower;
        Phrase {
            bytes: doc.byte_span(a..b),
            first: doc.lower(a),
            head,
            head_is_noun,
            role: head_is_noun && lexicon::get().names.title(head) == Some(TitleKind::Person),
            tokens,
        }
    }
}

/// Failing a pronoun or a person, the nearest phrase that names anyone at all ("officials",
/// "the ministry").
fn nearest_naming_anyone<'c>(
    doc: &Document,
    chunks: &'c [Range<usize>],
) -> Option<&'c Range<usize>> {
    chunks.iter().find(|c| !opens_relative(doc, c) && super::cues::names_someone(doc, (*c).clone()))
}

/// A relative clause set off by commas ("..., which runs the schools, said") only says more
/// about the phrase before it. (Right before the verb, "which media reports", the relative
/// pronoun is the verb's object; and "WHO" in capitals is an organisation.)
fn opens_relative(doc: &Document, c: &Range<usize>) -> bool {
    doc.tokens.get(c.end).is_some_and(|_| doc.token_text(c.end) == ",")
        && c.clone().find(|&i| doc.tokens[i].is_word()).is_some_and(|i| {
            doc.tokens[i].case == Case::Lower
                && matches!(doc.lower(i), "which" | "who" | "whose" | "whom")
        })
}

/// The phrases of `chunks` (nearest first) split at their commas, nearest first, without
/// the empty ones.
fn between_commas(doc: &Document, chunks: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    for c in chunks {
        let mut end = c.end;
        for i in c.clone().rev() {
            if doc.token_text(i) == "," {
                parts.push(i + 1..end);
                end = i;
            }
        }
        parts.push(c.start..end);
    }
    parts.retain(|p| !p.is_empty());
    parts
}

/// Whether phrase `c` reads as an apposition: it opens with a determiner ("a spokesman for
/// ...", "the head of ...") or a relative pronoun ("who ...").
fn is_apposition(doc: &Document, c: &Range<usize>) -> bool {
    opens_relative(doc, c)
        || c.clone()
            .find(|&i| doc.tokens[i].is_word())
            .is_some_and(|i| matches!(doc.lower(i), "the" | "a" | "an" | "its" | "his" | "her"))
}

/// "Dagbladet, the Oslo daily, wrote": a name before an apposition (a phrase opening with
/// a determiner) is who speaks, though nobody recognised it as a name: the phrase of a few
/// capitalised words before the appositions, not a common word ("Later, the ministry said").
fn name_before_apposition<'c>(
    doc: &Document,
    chunks: &'c [Range<usize>],
) -> Option<&'c Range<usize>> {
    let lex = lexicon::get();
    let mut appositions = 0;
    let name = chunks.iter().find(|c| {
        let more = is_apposition(doc, c);
        appositions += usize::from(more);
        !more
    });
    let name = name.filter(|_| appositions > 0)?;
    let words: Vec<usize> = name.clone().filter(|&i| doc.tokens[i].is_word()).collect();
    let capitalised = |i: &usize| doc.tokens[*i].case != Case::Lower;
    let first_common = words.first().is_some_and(|&i| {
        lex.is_function_word(doc.lower(i)) || lex.names.is_common_lowered(doc.token_text(i))
    });
    (!words.is_empty() && words.len() <= 5 && words.iter().all(capitalised) && !first_common)
        .then_some(name)
}

/// A pronoun without an antecedent, or a lone "I" or "we", names nobody the reader knows:
/// no later rule may take it for a surname or an unnamed source.
fn pronoun_without_antecedent(p: &Phrase) -> Option<Speaker> {
    (p.tokens.len() == 1 && (is_pronoun(p.first) || matches!(p.first, "i" | "we")))
        .then(Speaker::default)
}

/// A first-person phrase ("I was basically hauled in and") names nobody the reader knows,
/// nor does one addressed to the reader ("you").
fn first_person(p: &Phrase) -> Option<Speaker> {
    matches!(p.first, "i" | "we" | "you").then(Speaker::default)
}

/// A short phrase that names no entity is an unnamed source, named by the phrase itself:
/// "officials", "U.S. officials", "the ministry". A longer one (over six tokens) is no name.
fn unnamed_source(doc: &Document, p: &Phrase) -> Option<Speaker> {
    (p.tokens.len() <= 6).then(|| Speaker {
        entity: None,
        name: Some(p.bytes.of(doc.text()).to_string()),
        mention: Some(p.bytes),
        confidence: 0,
    })
}

/// A noun that only says what an organisation is: "Yonhap news agency", "the BBC website".
fn is_descriptor(w: &str) -> bool {
    matches!(
        w,
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
}

fn is_pronoun(w: &str) -> bool {
    MALE.contains(&w) || FEMALE.contains(&w) || NON_PERSONAL.contains(&w)
}

/// The gender of a person entity, from its given name or an honorific title.
fn gender_of(entity: &Entity) -> Option<Gender> {
    entity
        .titles
        .iter()
        .find_map(|t| lexicon::honorific_gender(t))
        .or_else(|| lexicon::get().names.given_name_gender(&entity.name))
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
            let next = (diag + usize::from(ca != cb)).min(row[j] + 1).min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Entities written by hand for the quote stages' unit tests: a test says whom its text names,
/// so that a failure points at the rule under test, not at the entities stage.
#[cfg(test)]
pub(super) mod testing {
    use std::ops::Range;

    use crate::analysis::{Entity, EntityKind, Id, Span};
    use crate::text::Document;

    /// An entity of `kind` called `name`, mentioned wherever one of `mentions` stands in
    /// `text` as whole words (where two overlap, the one listed first). The speaker stages
    /// go by index into the entities, so every id is `e1`.
    pub fn entity(text: &str, kind: EntityKind, name: &str, mentions: &[&str]) -> Entity {
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let whole_word = |start: usize, end: usize| {
            !alnum(text[..start].chars().next_back()) && !alnum(text[end..].chars().next())
        };
        let mut spans: Vec<Span> = Vec::new();
        for m in mentions {
            for (start, _) in text.match_indices(m) {
                let end = start + m.len();
                let free = spans.iter().all(|s| s.end <= start || end <= s.start);
                if free && whole_word(start, end) {
                    spans.push(Span { start, end, text: m.to_string() });
                }
            }
        }
        spans.sort_by_key(|s| s.start);
        Entity {
            id: Id::entity(0),
            kind,
            name: name.to_string(),
            titles: Vec::new(),
            mentions: spans,
        }
    }

    pub fn person(text: &str, name: &str, mentions: &[&str]) -> Entity {
        entity(text, EntityKind::Person, name, mentions)
    }

    pub fn org(text: &str, name: &str, mentions: &[&str]) -> Entity {
        entity(text, EntityKind::Organization, name, mentions)
    }

    /// The tokens of the last `phrase` in the document's text.
    pub fn last(doc: &Document, phrase: &str) -> Range<usize> {
        let start = doc.text().rfind(phrase).expect("the phrase is in the text");
        crate::quotes::token_range(doc, start, start + phrase.len())
    }

    /// The tokens of the first `phrase` in the document's text.
    pub fn first(doc: &Document, phrase: &str) -> Range<usize> {
        let start = doc.text().find(phrase).expect("the phrase is in the text");
        crate::quotes::token_range(doc, start, start + phrase.len())
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{entity, first, last, org, person};
    use super::*;
    use crate::quotes::cues;

    /// The speaker's name and the text of its mention.
    fn named(doc: &Document, sp: &Speaker) -> (Option<String>, Option<String>) {
        (sp.name.clone(), sp.mention.map(|m| m.of(doc.text()).to_string()))
    }

    fn some(name: &str, mention: &str) -> (Option<String>, Option<String>) {
        (Some(name.to_string()), Some(mention.to_string()))
    }

    const NOBODY: (Option<String>, Option<String>) = (None, None);

    /// The phrase the rules see: the tokens of the last `phrase`, narrowed.
    fn phrase_at<'d>(doc: &'d Document, phrase: &str) -> Phrase<'d> {
        Phrase::new(doc, phrase::trim_edges(doc, last(doc, phrase)))
    }

    /// The subject chunks before the last `verb` of the text.
    fn chunks_before(doc: &Document, verb: &str) -> Vec<Range<usize>> {
        cues::subject_chunks(doc, last(doc, verb).start, 0)
    }

    #[test]
    fn a_pronoun_before_the_verb_is_the_subject() {
        let text = "Anna Weber arrived. After meeting Tom Berger, she said no.";
        let doc = Document::new(text);
        let es = [
            person(text, "Anna Weber", &["Anna Weber"]),
            person(text, "Tom Berger", &["Tom Berger"]),
        ];
        let sp = Speakers::new(&doc, &es);
        let chunks = chunks_before(&doc, "said");
        assert_eq!(sp.pronoun_before_verb(chunks[0].clone()), Some(last(&doc, "she").start));
        // Not Tom Berger, whom the phrase before names.
        assert_eq!(named(&doc, &sp.resolve_subject(&chunks)), some("Anna Weber", "she"));

        let doc = Document::new("After the vote, the minister said no.");
        let sp = Speakers::new(&doc, &[]);
        let chunks = chunks_before(&doc, "said");
        assert_eq!(sp.pronoun_before_verb(chunks[0].clone()), None);
    }

    #[test]
    fn the_nearest_phrase_naming_a_person_beats_an_apposition() {
        let text = "Anna Weber, the head of the fleet, said no.";
        let doc = Document::new(text);
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let sp = Speakers::new(&doc, &es);
        let chunks = chunks_before(&doc, "said");
        assert_eq!(sp.nearest_naming_a_person(&chunks), Some(&first(&doc, "Anna Weber")));
        assert_eq!(named(&doc, &sp.resolve_subject(&chunks)), some("Anna Weber", "Anna Weber"));
        // Without a person, none.
        let sp = Speakers::new(&doc, &[]);
        assert_eq!(sp.nearest_naming_a_person(&chunks), None);
    }

    #[test]
    fn failing_a_person_the_nearest_phrase_that_names_anyone() {
        let doc = Document::new("Officials, however, said no.");
        let chunks = chunks_before(&doc, "said");
        // "however" names nobody.
        assert_eq!(nearest_naming_anyone(&doc, &chunks), Some(&first(&doc, "Officials")));
        let sp = Speakers::new(&doc, &[]);
        assert_eq!(named(&doc, &sp.resolve_subject(&chunks)), some("Officials", "Officials"));
        let doc = Document::new("However, also said no.");
        let chunks = chunks_before(&doc, "said");
        assert_eq!(nearest_naming_anyone(&doc, &chunks), None);
        assert_eq!(Speakers::new(&doc, &[]).resolve_subject(&chunks), Speaker::default());
    }

    #[test]
    fn an_entity_in_the_phrase_a_person_first_then_not_a_place() {
        let text = "Ministry of Fisheries spokeswoman Anna Weber said so. Oslo's Ministry of \
                    Fisheries said so.";
        let doc = Document::new(text);
        let es = [
            org(text, "Ministry of Fisheries", &["Ministry of Fisheries"]),
            person(text, "Anna Weber", &["Anna Weber"]),
            entity(text, EntityKind::Place, "Oslo", &["Oslo"]),
        ];
        let sp = Speakers::new(&doc, &es);
        let p = phrase_at(&doc, "Ministry of Fisheries spokeswoman Anna Weber");
        assert_eq!(named(&doc, &sp.entity_named(&p).unwrap()), some("Anna Weber", "Anna Weber"));
        let p = phrase_at(&doc, "Oslo's Ministry of Fisheries");
        assert_eq!(
            named(&doc, &sp.entity_named(&p).unwrap()),
            some("Ministry of Fisheries", "Ministry of Fisheries")
        );
        let p = phrase_at(&doc, "said");
        assert_eq!(sp.entity_named(&p), None);
    }

    #[test]
    fn an_entity_that_only_modifies_a_common_noun_is_not_the_source() {
        let text = "Nordlys readers said so. The Nordlys editor said so. The Nordlys news agency \
                    said so. Nordlys's statement said so.";
        let doc = Document::new(text);
        let es = [org(text, "Nordlys", &["Nordlys"])];
        let sp = Speakers::new(&doc, &es);
        let source = |phrase: &str| {
            let p = phrase_at(&doc, phrase);
            let m = sp.mentions_in(p.bytes).next().copied().unwrap();
            sp.names_the_source(&p, &m)
        };
        assert!(!source("Nordlys readers"));
        // A role of the organisation: its holder speaks, not the organisation.
        assert!(!source("Nordlys editor"), "a role");
        assert!(source("Nordlys news agency"), "a descriptor");
        assert!(source("Nordlys's statement"), "a possessive");
        // So "Nordlys readers" are an unnamed source of their own, and so is "The Nordlys
        // editor" when no one named before holds the role.
        assert_eq!(
            named(&doc, &sp.resolve(first(&doc, "Nordlys readers"))),
            some("Nordlys readers", "Nordlys readers")
        );
        let editor = sp.resolve(first(&doc, "The Nordlys editor"));
        assert_eq!(
            (editor.entity, named(&doc, &editor)),
            (None, some("Nordlys editor", "Nordlys editor"))
        );
    }

    #[test]
    fn a_short_or_misspelt_name_is_the_entity_named_in_full() {
        let text =
            "Anna Weber and the Ministry of Fisheries met. Webber said so. The Ministry said so.";
        let doc = Document::new(text);
        let es = [
            person(text, "Anna Weber", &["Anna Weber"]),
            org(text, "Ministry of Fisheries", &["Ministry of Fisheries"]),
            person(text, "Webber", &["Webber"]),
            org(text, "Ministry", &["Ministry"]),
        ];
        let sp = Speakers::new(&doc, &es);
        assert_eq!(sp.fuller_namesake(2), Some(0));
        assert_eq!(sp.fuller_namesake(3), Some(1));
        assert_eq!(sp.fuller_namesake(0), None, "a full name is its own");
        assert_eq!(named(&doc, &sp.resolve(last(&doc, "Webber"))), some("Anna Weber", "Webber"));
        // "the Ministry" of two ministries is neither.
        let text =
            "The Ministry of Fisheries and the Ministry of Health met. The Ministry said so.";
        let doc = Document::new(text);
        let es = [
            org(text, "Ministry of Fisheries", &["Ministry of Fisheries"]),
            org(text, "Ministry of Health", &["Ministry of Health"]),
            org(text, "Ministry", &["Ministry"]),
        ];
        assert_eq!(Speakers::new(&doc, &es).fuller_namesake(2), None);
    }

    #[test]
    fn the_articles_pronouns_give_a_person_a_gender() {
        // Neither surname is a given name; the pronouns after each say who is who.
        let text = "Okonjo said she was ready. Vasquez said he would wait. Vasquez's \
                    sister said she agreed. Vasquez met Okonjo. Then she spoke.";
        let doc = Document::new(text);
        let es = [
            person(text, "Okonjo", &["Okonjo", "Okonjo"]),
            person(text, "Vasquez", &["Vasquez", "Vasquez", "Vasquez"]),
        ];
        let sp = Speakers::new(&doc, &es);
        // (The possessive's "she" is his sister's: Vasquez stays a man.)
        assert_eq!((sp.gender(0), sp.gender(1)), (Some(Gender::Female), Some(Gender::Male)));
        // Not the subject before, a man now.
        let she = sp.pronoun_antecedent(&phrase_at(&doc, "she")).map(|s| named(&doc, &s));
        assert_eq!(she, Some(some("Okonjo", "she")));
        // Pronouns inside a quotation say nothing of the person named before them.
        let text = "Okonjo said: \"he is late.\"";
        let doc = Document::new(text);
        let es = [person(text, "Okonjo", &["Okonjo"])];
        assert_eq!(Speakers::new(&doc, &es).gender(0), None);
    }

    #[test]
    fn a_pronoun_is_the_latest_entity_that_fits() {
        let text = "Anna Weber met Tom Berger at the Baltic Trawler Union. She left. He left. \
                    They left. Kim left.";
        let doc = Document::new(text);
        let es = [
            person(text, "Anna Weber", &["Anna Weber"]),
            person(text, "Tom Berger", &["Tom Berger"]),
            org(text, "Baltic Trawler Union", &["Baltic Trawler Union"]),
        ];
        let sp = Speakers::new(&doc, &es);
        let antecedent =
            |w: &str| sp.pronoun_antecedent(&phrase_at(&doc, w)).map(|s| named(&doc, &s));
        assert_eq!(antecedent("She"), Some(some("Anna Weber", "She")));
        assert_eq!(antecedent("He"), Some(some("Tom Berger", "He")));
        // Not the person named last when the pronoun is of the other gender.
        let text = "Tom Berger met Anna Weber. He left.";
        let doc = Document::new(text);
        let es = [
            person(text, "Tom Berger", &["Tom Berger"]),
            person(text, "Anna Weber", &["Anna Weber"]),
        ];
        let sp2 = Speakers::new(&doc, &es);
        assert_eq!(
            sp2.pronoun_antecedent(&phrase_at(&doc, "He")).map(|s| named(&doc, &s)),
            Some(some("Tom Berger", "He"))
        );
        assert_eq!(antecedent("They"), Some(some("Baltic Trawler Union", "They")));
        assert_eq!(antecedent("Kim"), None, "not a pronoun");
    }

    #[test]
    fn a_pronoun_without_antecedent_names_nobody() {
        let doc = Document::new("She left. I left. Officials left.");
        for w in ["She", "I"] {
            let p = phrase_at(&doc, w);
            assert_eq!(pronoun_without_antecedent(&p), Some(Speaker::default()), "{w}");
        }
        assert_eq!(pronoun_without_antecedent(&phrase_at(&doc, "Officials")), None);
        // Not an unnamed source "She".
        let sp = Speakers::new(&doc, &[]);
        assert_eq!(named(&doc, &sp.resolve(first(&doc, "She"))), NOBODY);
    }

    #[test]
    fn a_surname_not_linked_or_misspelt_is_the_person_named_before() {
        let text = "Anna Weber arrived. Weber said so. Webber said so. Berger said so.";
        let doc = Document::new(text);
        // The entities stage linked none of the surnames.
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let sp = Speakers::new(&doc, &es);
        let surname = |w: &str| sp.unlinked_surname(&phrase_at(&doc, w)).map(|s| named(&doc, &s));
        assert_eq!(surname("Weber said"), Some(some("Anna Weber", "Weber")));
        assert_eq!(surname("Webber"), Some(some("Anna Weber", "Webber")));
        assert_eq!(surname("Berger"), None);
        // Only a person named before: not one named after.
        let text = "Weber said so. Anna Weber arrived.";
        let doc = Document::new(text);
        let es = [person(text, "Anna Weber", &["Anna Weber"])];
        let sp = Speakers::new(&doc, &es);
        assert_eq!(sp.unlinked_surname(&phrase_at(&doc, "Weber said")), None);
    }

    #[test]
    fn an_organisation_by_one_word_of_its_name() {
        let text = "The Ministry of Fisheries met the European Commission. The Ministry said so. \
                    The Commission said so. The European said so. The ministry said so.";
        let doc = Document::new(text);
        let es = [
            org(text, "Ministry of Fisheries", &["Ministry of Fisheries"]),
            org(text, "European Commission", &["European Commission"]),
        ];
        let sp = Speakers::new(&doc, &es);
        let by_word =
            |w: &str| sp.organisation_by_one_word(&phrase_at(&doc, w)).map(|s| named(&doc, &s));
        assert_eq!(by_word("The Ministry"), Some(some("Ministry of Fisheries", "Ministry")));
        assert_eq!(by_word("The Commission"), Some(some("European Commission", "Commission")));
        assert_eq!(by_word("The European"), Some(some("European Commission", "European")));
        assert_eq!(by_word("The ministry"), None, "lowercase: a common noun");
    }

    #[test]
    fn a_role_is_its_latest_holder() {
        let text =
            "Fisheries Minister Anna Weber arrived. The minister said so. The mayor said so.";
        let doc = Document::new(text);
        let mut weber = person(text, "Anna Weber", &["Anna Weber"]);
        weber.titles = vec!["Fisheries Minister".to_string()];
        let es = [weber];
        let sp = Speakers::new(&doc, &es);
        let p = phrase_at(&doc, "The minister");
        assert!(p.role);
        assert_eq!(
            sp.role_holder(&p).map(|s| named(&doc, &s)),
            Some(some("Anna Weber", "minister"))
        );
        // A role nobody holds is an unnamed source.
        assert_eq!(sp.role_holder(&phrase_at(&doc, "The mayor")), None);
        assert_eq!(named(&doc, &sp.resolve(last(&doc, "The mayor"))), some("mayor", "mayor"));
    }

    #[test]
    fn a_first_person_phrase_names_nobody() {
        let doc = Document::new("We in the industry said so. Wardens in the industry said so.");
        assert_eq!(first_person(&phrase_at(&doc, "We in the industry")), Some(Speaker::default()));
        assert_eq!(first_person(&phrase_at(&doc, "Wardens in the industry")), None);
        let sp = Speakers::new(&doc, &[]);
        assert_eq!(named(&doc, &sp.resolve(first(&doc, "We in the industry"))), NOBODY);
    }

    #[test]
    fn a_short_phrase_naming_no_entity_is_an_unnamed_source() {
        let doc = Document::new(
            "Two of the senior harbour wardens said so. Two of the many senior harbour wardens \
             said so.",
        );
        let p = phrase_at(&doc, "Two of the senior harbour wardens");
        assert_eq!(
            unnamed_source(&doc, &p).map(|s| named(&doc, &s)),
            Some(some("Two of the senior harbour wardens", "Two of the senior harbour wardens"))
        );
        let p = phrase_at(&doc, "Two of the many senior harbour wardens");
        assert_eq!(unnamed_source(&doc, &p), None, "over six tokens");
    }

    #[test]
    fn resolve_narrows_the_phrase_before_the_rules() {
        let text = "A letter seen by Anna Weber said so. The post by Anna Weber said so. \
                    Ministry officials have said so.";
        let doc = Document::new(text);
        let es =
            [person(text, "Anna Weber", &["Anna Weber"]), org(text, "Ministry", &["Ministry"])];
        let sp = Speakers::new(&doc, &es);
        let resolve = |phrase: &str| named(&doc, &sp.resolve(first(&doc, phrase)));
        assert_eq!(resolve("A letter seen by Anna Weber"), some("letter", "letter"));
        assert_eq!(resolve("The post by Anna Weber"), some("Anna Weber", "Anna Weber"));
        assert_eq!(
            resolve("Ministry officials have said"),
            some("Ministry officials", "Ministry officials")
        );
        assert_eq!(sp.resolve(0..0), Speaker::default());
    }

    #[test]
    fn gender_from_an_honorific_then_the_given_name() {
        let text = "Anna Weber, Tom Berger and Kim Lund met.";
        let mut es = [
            person(text, "Anna Weber", &["Anna Weber"]),
            person(text, "Tom Berger", &["Tom Berger"]),
            person(text, "Kim Lund", &["Kim Lund"]),
        ];
        assert_eq!(gender_of(&es[0]), Some(Gender::Female));
        assert_eq!(gender_of(&es[1]), Some(Gender::Male));
        es[2].titles = vec!["Mr.".to_string()];
        assert_eq!(gender_of(&es[2]), Some(Gender::Male));
        es[0].titles = vec!["Sir".to_string()];
        assert_eq!(gender_of(&es[0]), Some(Gender::Male), "the title first");
    }

    #[test]
    fn misspellings_are_one_edit_in_four_letters_of_long_names() {
        assert!(is_misspelling("Webber", "Weber"));
        assert!(is_misspelling("Bergerr", "Berger"));
        assert!(is_misspelling("Müllerr", "Müller"));
        assert!(!is_misspelling("Weber", "Weber"), "the same name");
        assert!(!is_misspelling("Lund", "Lunde"), "too short");
        assert!(!is_misspelling("Webber", "Gebber"), "another first letter");
        assert!(!is_misspelling("Wabbar", "Weber"), "too many edits");
        assert_eq!(edit_distance(b"kitten", b"sitting"), 3);
    }

    #[test]
    fn by_pronoun_and_excluding() {
        let text = "Anna Weber met Tom Berger. She left.";
        let doc = Document::new(text);
        let es = [
            person(text, "Anna Weber", &["Anna Weber"]),
            person(text, "Tom Berger", &["Tom Berger"]),
        ];
        let sp = Speakers::new(&doc, &es);
        let she = sp.resolve(last(&doc, "She"));
        assert!(sp.by_pronoun(&she));
        assert!(!sp.by_pronoun(&sp.resolve(first(&doc, "Anna Weber"))));
        let all = ByteSpan::new(0, text.len());
        assert_eq!(sp.named_in(all), [0, 1]);
        assert_eq!(sp.excluding(&[0], 0).named_in(all), [1]);
        assert_eq!(sp.excluding(&[0], 0).resolve(last(&doc, "She")), Speaker::default());
        assert_eq!(
            sp.last_person(0..doc.tokens.len()).and_then(|s| s.name),
            Some("Tom Berger".to_string())
        );
    }
}
