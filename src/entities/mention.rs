//! From a run of capitalised tokens to mentions: leading words that are not names go, a
//! leading nationality or place is split off ("Russian | Deputy Defense Minister | Anatoly
//! Antonov"), a title is taken off the front, and what is left is classified.

use std::ops::Range;

use crate::analysis::EntityKind;
use crate::lexicon::{self, TitleKind, WordMap};
use crate::text::{Case, Document};

/// A name found in the text, before clustering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Tokens of the name alone.
    pub tokens: Range<usize>,
    /// `None` when the lists and the context do not tell; clustering decides.
    pub kind: Option<EntityKind>,
    /// The listed name of a place or organisation ("United States" for "U.S.").
    pub canonical: Option<&'static str>,
    /// Tokens of the title before the name ("Deputy Defense Minister").
    pub title: Option<Range<usize>>,
}

/// What the mention analysis needs to know about the whole document.
pub struct Context<'d> {
    pub doc: &'d Document<'d>,
    /// Capitalised words seen away from the start of a sentence: "Miller" opening a
    /// sentence is a name if it is one elsewhere.
    pub seen_inside: WordMap<'d, ()>,
    /// Words written in lowercase somewhere in the text: "Iodine" opening a sentence is the
    /// common word "iodine" when the article also writes it so.
    pub seen_lower: WordMap<'d, usize>,
}

impl<'d> Context<'d> {
    pub fn new(doc: &'d Document<'d>) -> Context<'d> {
        let names = &lexicon::get().names;
        let mut seen_inside = WordMap::default();
        let mut seen_lower = WordMap::default();
        // (Not inside an address: "alt.religion.scientology", "example.org".)
        let separator = |i: usize| matches!(doc.token_text(i), "." | "/" | "@" | "#");
        for (i, t) in doc.tokens.iter().enumerate() {
            let in_address = (i > 0 && doc.touches_next(i - 1) && separator(i - 1))
                || (doc.touches_next(i) && separator(i + 1) && doc.touches_next(i + 1));
            if t.kind == crate::text::TokenKind::Word && t.case == Case::Lower && !in_address {
                *seen_lower.entry_or_insert_with(doc.token_text(i), || 0) += 1;
            }
        }
        for s in &doc.sentences {
            for i in s.tokens.clone().skip(1) {
                let t = &doc.tokens[i];
                let prev = &doc.tokens[i - 1];
                // After a lowercase word or a comma, or inside a name ("Kevin Allton"), or
                // after a given name even at the start of a sentence ("Jeff Rathke, ...").
                let after_name = super::runs::is_name_token(doc, prev)
                    && (i >= s.tokens.start + 2
                        || names.first_name(doc.token_text(i - 1)).is_some());
                let inside = prev.case == Case::Lower || doc.token_text(i - 1) == "," || after_name;
                if super::runs::is_name_token(doc, t) && inside {
                    seen_inside.insert(doc.token_text(i), ());
                }
            }
        }
        Context {
            doc,
            seen_inside,
            seen_lower,
        }
    }

    fn text(&self, i: usize) -> &'d str {
        self.doc.token_text(i)
    }

    fn span_text(&self, r: &Range<usize>) -> &'d str {
        self.doc.slice(
            self.doc.tokens[r.start].start(),
            self.doc.tokens[r.end - 1].end(),
        )
    }

    /// The mentions in one run. `sentence_start` is the first token of its sentence (`None`
    /// for a part of a run already split, which opens no sentence); `headline` says the
    /// sentence is a title-case headline, where only listed names count.
    pub fn mentions(
        &self,
        run: Range<usize>,
        sentence_start: Option<usize>,
        headline: bool,
    ) -> Vec<Mention> {
        let lex = lexicon::get();
        let names = &lex.names;
        let (mut a, b) = (run.start, run.end);
        // A word opening a sentence, a quotation or a list item ("a) Leaving") is capitalised
        // whatever it is: drop it when it is common English, or a lone word no list knows,
        // unless it is a name elsewhere in the text.
        let opens = sentence_start.is_some_and(|start| {
            a == start
                || (a > start && {
                    let prev = &self.doc.tokens[a - 1];
                    prev.is_quote() || matches!(self.text(a - 1), ":" | ";" | ")" | "—" | "–" | "-")
                })
        });
        if opens {
            let w = self.text(a);
            let lower = self.doc.lower(a);
            // A role before a name is kept for the title: "Minister of Education Jane Roe said";
            // so is "Team" before a team's name.
            let role = b - a >= 2 && (names.title(w) == Some(TitleKind::Person) || w == "Team");
            let listed = names.first_name(w).is_some()
                || names.place(w).is_some()
                || names.organization(w).is_some()
                || names.demonym(w).is_some()
                || names.is_group(w)
                || role;
            let unknown_alone = b - a == 1
                && !listed
                && !names.is_surname(w)
                && self.doc.tokens[a].case != Case::Upper;
            // Three words or more ending in an organisation's word keep their first: "Civil
            // Defense Authority", "Federal Reserve Board".
            let whole_org = b - a >= 3
                && !lex.is_function_word(w)
                && self
                    .organization(a..b)
                    .is_some_and(|m| m.canonical.is_none());
            let written_lower = self.seen_lower.contains(lower);
            // "Young and new faces emerged": a given name that is also a common word, alone,
            // and written in lowercase elsewhere in the article.
            let common_name = b - a == 1
                && written_lower
                && names.is_common(lower)
                && names.place(w).is_none()
                && names.organization(w).is_none();
            if ((names.is_common(lower)
                || lex.is_function_word(w)
                || unknown_alone
                || written_lower)
                && !listed
                || common_name)
                && !whole_org
                && !self.seen_inside.contains(w)
            {
                a += 1;
            }
        }
        // A label before a colon ("Image: ...", "Photo: ...") is not part of a name, nor is
        // a function word that ends a run ("Elizabeth Quat In the ...": a lost line break),
        // nor a place abbreviation glued to a currency sign ("US$").
        let mut b = b;
        while b > a
            && lex.is_function_word(self.text(b - 1))
            && self.doc.tokens[b - 1].case != Case::Upper
        {
            b -= 1;
        }
        // ("NZ $26 million" too: two or three capitals before a dollar sign.)
        let currency_code = b > a
            && self.doc.tokens[b - 1].case == Case::Upper
            && (2..=3).contains(&self.text(b - 1).len());
        if b > a
            && b < self.doc.tokens.len()
            && (self.doc.touches_next(b - 1) || currency_code)
            && self.text(b) == "$"
        {
            b -= 1;
        }
        let org_suffix = b - a >= 2 && names.org_word(self.text(b - 1)).suffix;
        if b - a >= 1
            && self.doc.tokens.get(b).is_some_and(|_| self.text(b) == ":")
            && names.is_common(self.doc.lower(b - 1))
            && !org_suffix
        {
            b -= 1;
        }
        // Nor does a weekday end one ("Prime Minister's Questions Wednesday").
        while b > a + 1 && self.is_date_word(b - 1) && self.text(b - 1).ends_with("day") {
            b -= 1;
        }
        // "The" and other function words never open a name; nor do weekdays, or months
        // used as dates ("in March", "May 5").
        while a < b
            && ((lex.is_function_word(self.text(a)) && self.doc.tokens[a].case != Case::Upper)
                || self.is_date_word(a)
                || matches!(self.text(a), "of" | "for" | "&"))
        {
            a += 1;
        }
        // "Pro-Beijing DAB", "Anti-war Green Party": a stance before a name.
        if b - a >= 2 {
            let w = self.doc.lower(a);
            if ["pro-", "anti-", "pan-", "non-", "ex-"]
                .iter()
                .any(|p| w.starts_with(p))
            {
                a += 1;
            }
        }
        if a >= b {
            return Vec::new();
        }
        if headline {
            return self.headline_mentions(a..b);
        }
        let mut out = Vec::new();
        // "University of Sheffield of the UK": a second "of" before a place ends the first name.
        let ofs: Vec<usize> = (a + 1..b).filter(|&j| self.text(j) == "of").collect();
        if let [.., first, last] = ofs[..] {
            let mut k = last + 1;
            while k < b && self.text(k) == "the" {
                k += 1;
            }
            if k < b && last > first + 1 && names.place(self.span_text(&(k..b))).is_some() {
                let mut out = self.mentions(a..last, None, false);
                out.extend(self.mentions(k..b, None, false));
                return out;
            }
        }
        // "Wu Chi-wai of the Democratic Party", "Michael Tien of NPP", "Ann Lee for Food
        // Standards Australia": a person, or a name before "of"/"for" and an organisation or
        // place, are two names, unless the first word heads an organisation ("University of
        // Texas", "Bank of England").
        if let Some(j) = (a + 1..b).find(|&j| matches!(self.text(j), "of" | "for")) {
            let mut k = j + 1;
            while k < b && self.text(k) == "the" {
                k += 1;
            }
            let right = k..b;
            let right_is_org = !right.is_empty()
                && (self.organization(right.clone()).is_some()
                    || names.place(self.span_text(&right)).is_some()
                    || (right.len() == 1 && self.doc.tokens[k].case == Case::Upper));
            let left = a..j;
            let left_is_person = (2..=3).contains(&left.len())
                && (names.first_name(self.text(a)).is_some()
                    || names.is_surname(self.text(a))
                    || names.is_surname(self.text(j - 1)));
            // An organisation's word before "of" keeps the name whole too: "Medical Journal
            // of Australia", "Food Standards of Australia", "Comic Corps of Canada".
            let left_is_org = names.org_word(self.text(j - 1)).suffix && !left_is_person;
            if (right_is_org || left_is_person)
                && !right.is_empty()
                && !names.org_word(self.text(a)).head
                && !left_is_org
                && names.title(self.text(j - 1)).is_none()
            {
                let mut out = self.mentions(a..j, None, false);
                out.extend(self.mentions(right, None, false));
                return out;
            }
        }
        // A whole-run organisation keeps its nationality ("Russian Embassy"), a whole-run
        // place its first word ("Saudi Arabia").
        if let Some(m) = self.organization(a..b) {
            return vec![m];
        }
        if let Some(p) = names.place(self.span_text(&(a..b))) {
            return vec![Mention {
                tokens: a..b,
                kind: Some(EntityKind::Place),
                canonical: Some(p.canonical),
                title: None,
            }];
        }
        // "Team Estonia", "Team Sky": a team.
        if b - a >= 2 && self.text(a) == "Team" {
            return vec![Mention {
                tokens: a..b,
                kind: Some(EntityKind::Organization),
                canonical: None,
                title: None,
            }];
        }
        // "East Los Angeles", "North London": a part of a listed place is a place.
        if b - a >= 2
            && matches!(
                self.text(a),
                "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Northern"
                    | "Southern"
                    | "Eastern"
                    | "Western"
                    | "Central"
            )
            && names.place(self.span_text(&(a + 1..b))).is_some()
        {
            return vec![Mention {
                tokens: a..b,
                kind: Some(EntityKind::Place),
                canonical: None,
                title: None,
            }];
        }
        // A leading nationality, group or place before a title or another name.
        while b - a >= 2 {
            let w = self.text(a);
            let demonym = names.demonym(w).is_some() || names.is_group(w);
            let place_before_title =
                names.place(w).is_some() && names.title(self.text(a + 1)).is_some() && b - a >= 3;
            if demonym {
                // An adjective ("Russian Deputy ...") names no entity of its own.
            } else if place_before_title {
                out.push(Mention {
                    tokens: a..a + 1,
                    kind: Some(EntityKind::Place),
                    canonical: names.place(w).map(|p| p.canonical),
                    title: None,
                });
            } else {
                break;
            }
            a += 1;
        }
        // Two names side by side (a caption, a title inside the run): split before the
        // title or the given name that starts the second.
        // (Only a title that names a role counts: "Refugee" in "Refugee Council" is a
        // modifier of titles, not one.)
        let opens_with_title = (a..b)
            .take_while(|&i| names.title(self.text(i)).is_some())
            .any(|i| names.title(self.text(i)) == Some(TitleKind::Person));
        if let Some(k) = self.second_name_start(a..b).filter(|_| !opens_with_title) {
            out.extend(self.mentions(a..k, None, false));
            a = k;
        }
        // A capitalised descriptor before a person's name ("Nonpartisan Paul Tse",
        // "Pan-democrat Lam Cheuk-ting"): a common word, or a hyphenated word ending in one.
        if b - a >= 3 {
            let w = self.doc.lower(a);
            let common = names.is_common(w)
                || w.rsplit_once('-')
                    .is_some_and(|(_, last)| names.is_common(last));
            let rest_is_person = (a + 1..b).all(|i| {
                self.doc.tokens[i].case == Case::Capitalized && !names.is_event_word(self.text(i))
            }) && b - a - 1 <= 3
                && names.place(self.text(a)).is_none()
                && names.title(self.text(a)).is_none()
                && names.demonym(self.text(a)).is_none();
            if common
                && rest_is_person
                && names.org_word(self.text(b - 1)) == Default::default()
                && !names.is_place_word(self.text(b - 1))
                && !names.is_event_word(self.text(b - 1))
            {
                a += 1;
            }
        }
        // A role after an organisation or place is no part of its name: "State Department
        // spokesperson", "Los Angeles Sheriff".
        while b - a >= 2
            && names.title(self.text(b - 1)) == Some(TitleKind::Person)
            && names.title(self.text(b - 2)).is_none()
            && self.organization(a..b).is_none()
        {
            b -= 1;
        }
        // A title before the name.
        let mut k = a;
        let mut person_title = false;
        while k + 1 < b {
            match names.title(self.text(k)) {
                Some(kind) => {
                    person_title |= kind == TitleKind::Person;
                    k += 1;
                }
                // "CEO of the Refugee Council Enver Solomon": the title ends before "of the";
                // what follows is an organisation and a person.
                None if person_title
                    && matches!(self.text(k), "of" | "for")
                    && self.text(k + 1) == "the"
                    && k + 3 < b =>
                {
                    out.extend(self.mentions(k + 2..b, None, false));
                    return out;
                }
                // "Secretary of State John Kerry"
                None if person_title && matches!(self.text(k), "of" | "for") && k + 2 < b => k += 2,
                None => break,
            }
        }
        // A run of title words alone ("the President", "Prime Minister") names nobody; a
        // modifier alone ("the Army") may be an institution.
        let role = (a..b).any(|i| names.title(self.text(i)) == Some(TitleKind::Person));
        if role
            && (a..b).all(|i| {
                names.title(self.text(i)).is_some() || matches!(self.text(i), "of" | "for")
            })
        {
            return out;
        }
        // "Co-founder of Google": a role of an organisation, and no person named.
        if person_title && k > a && k < b && matches!(self.text(k), "of" | "for") {
            let org = (k + 1..b).find(|&i| self.text(i) != "the").unwrap_or(b);
            if org < b {
                out.extend(self.mentions(org..b, None, false));
            }
            return out;
        }
        let mut title = (person_title && k > a).then_some(a..k);
        if title.is_some() {
            a = k;
        } else {
            title = sentence_start.and_then(|start| self.title_before(run.start, start));
        }
        if let Some(mut m) = self.classify(a..b) {
            if m.kind.is_none() && title.is_some() {
                m.kind = Some(EntityKind::Person);
            }
            if m.kind == Some(EntityKind::Person) || m.kind.is_none() {
                m.title = title;
            }
            out.push(m);
        }
        out
    }

    /// Whether token `i` is a date word: a weekday, or a month before a number or after a
    /// word that introduces dates.
    fn is_date_word(&self, i: usize) -> bool {
        let lex = lexicon::get();
        let w = self.text(i);
        if w.len() >= 6 && w.ends_with("day") && lex.weekday(w).is_some() {
            return true;
        }
        if lex.month(w.trim_end_matches('.')).is_none() {
            return false;
        }
        let next_number = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == crate::text::TokenKind::Number);
        let prev = i.checked_sub(1).map(|p| self.doc.lower(p));
        next_number
            || matches!(
                prev,
                Some(
                    "in" | "on"
                        | "since"
                        | "until"
                        | "by"
                        | "from"
                        | "of"
                        | "early"
                        | "late"
                        | "last"
                        | "next"
                        | "this"
                        | "through"
                        | "during"
                        | "between"
                        | "before"
                        | "after"
                )
            )
    }

    /// Where a second name starts inside `r` (two names side by side, as in captions):
    /// after the longest listed place or organisation that opens it ("United States |
    /// Hamdullah Mohib", "State Department | Spokesperson Jeff Rathke").
    ///
    /// The second name must be two words or more, or open with a title: "Jordan Peterson"
    /// and "Paris Hilton" stay whole, as does a listed place ("New York City").
    fn second_name_start(&self, r: Range<usize>) -> Option<usize> {
        let names = &lexicon::get().names;
        // Nor is an event named after its organiser: "Google Science Fair".
        if names.place(self.span_text(&r)).is_some() || names.is_event_word(self.text(r.end - 1)) {
            return None;
        }
        (r.start + 1..r.end).rev().find(|&k| {
            let left = r.start..k;
            let left_is_name = self.organization(left.clone()).is_some()
                || names.place(self.span_text(&left)).is_some();
            let right_is_name =
                r.end - k >= 2 || names.title(self.text(k)) == Some(TitleKind::Person);
            left_is_name
                && right_is_name
                && !matches!(self.text(k - 1), "of" | "for")
                && !matches!(self.text(k), "of" | "for")
        })
    }

    /// A lowercase title right before a name: "national security adviser Tom Donilon",
    /// "Mr. Smith" is taken by the run itself.
    fn title_before(&self, start: usize, sentence_start: usize) -> Option<Range<usize>> {
        let names = &lexicon::get().names;
        let mut k = start;
        let mut person = false;
        while k > sentence_start {
            let t = &self.doc.tokens[k - 1];
            if t.case != Case::Lower {
                break;
            }
            match names.title(self.text(k - 1)) {
                Some(kind) => {
                    // The role word comes last: "security adviser".
                    if k == start {
                        person = kind == TitleKind::Person;
                    }
                    k -= 1;
                }
                None => break,
            }
        }
        (person && k < start).then_some(k..start)
    }

    /// An organisation by the lists: a listed name, a name ending in an organisation word
    /// ("Foreign Ministry"), or one opening with one before "of"/"for" ("University of Texas").
    fn organization(&self, r: Range<usize>) -> Option<Mention> {
        let names = &lexicon::get().names;
        let text = self.span_text(&r);
        // A listed name, or a hyphenated one whose last part is listed ("ITAR-Tass").
        let listed = names.organization(text).or_else(|| {
            text.rsplit_once('-')
                .and_then(|(_, last)| names.organization(last))
                .filter(|_| r.len() == 1)
        });
        if let Some(c) = listed {
            return Some(Mention {
                tokens: r,
                kind: Some(EntityKind::Organization),
                canonical: Some(c),
                title: None,
            });
        }
        let last = self.text(r.end - 1).trim_end_matches('.');
        // "Grand Mosque", "Volgograd Arena": a building or place, not an organisation.
        if r.len() >= 2 && names.is_place_word(last) {
            return None;
        }
        let suffix = r.len() >= 2
            && names.org_word(last).suffix
            && self.doc.tokens[r.end - 1].case != Case::Upper;
        // "University of Texas"; also after a nationality or a place, and with words before
        // the head: "Greek Ministry of Culture", "U.S. Department of Agriculture", "Italian
        // Supreme Court of Cassation".
        let head = r.len() >= 3
            && (r.start + 1..r.end - 1)
                .find(|&j| matches!(self.text(j), "of" | "for"))
                .is_some_and(|j| {
                    let before = self.text(j - 1);
                    names.org_word(before).head
                        && (r.start..j - 1).all(|i| {
                            let w = self.text(i);
                            self.doc.tokens[i].case != Case::Lower
                                && (i > r.start
                                    || names.demonym(w).is_some()
                                    || names.place(w).is_some()
                                    || names.org_word(w) != Default::default()
                                    || j - 1 == r.start)
                        })
                });
        (suffix || head).then_some(Mention {
            tokens: r,
            kind: Some(EntityKind::Organization),
            canonical: None,
            title: None,
        })
    }

    /// The mention a name makes, its kind by the lists and its shape (`kind: None` when they
    /// do not tell); `None` when it names nothing (an adjective such as "Afghan").
    fn classify(&self, r: Range<usize>) -> Option<Mention> {
        let names = &lexicon::get().names;
        if let Some(m) = self.organization(r.clone()) {
            return Some(m);
        }
        let text = self.span_text(&r);
        let mention = |kind, canonical| Mention {
            tokens: r.clone(),
            kind,
            canonical,
            title: None,
        };
        if let Some(p) = names.place(text) {
            return Some(mention(Some(EntityKind::Place), Some(p.canonical)));
        }
        let first = self.text(r.start);
        if (r.len() == 1 && (names.demonym(first).is_some() || names.is_group(first)))
            || (r.len() >= 2 && names.demonym(text).is_some())
        {
            // A noun ("the Russians", "Muslims") is a group; an adjective ("Afghan team")
            // names nothing.
            let next_is_word = self.doc.tokens.get(r.end).is_some_and(|t| t.is_word());
            return (text.ends_with('s') || !next_is_word)
                .then(|| mention(Some(EntityKind::Other), None));
        }
        let prev = r.start.checked_sub(1).map(|i| self.text(i));
        // A hashtag or a handle ("#JeSuisCharlie", "@WHO") is a label, whatever it spells.
        if r.start > 0 && self.doc.touches_next(r.start - 1) && matches!(prev, Some("#" | "@")) {
            return Some(mention(Some(EntityKind::Other), None));
        }
        // Letters after a name and a comma are honours and ranks: "Mark Smith, QC,".
        if r.len() == 1 && prev == Some(",") && POSTNOMINALS.contains(&first) {
            return None;
        }
        if matches!(
            prev,
            Some("Mr." | "Mrs." | "Ms." | "Dr." | "Mr" | "Mrs" | "Ms" | "Dr")
        ) {
            return Some(mention(Some(EntityKind::Person), None));
        }
        // "Internet Explorer 6", "Windows 10", "Fan Expo 2016": a product or an edition of
        // an event, when no list knows the name.
        let numbered = self.doc.tokens.get(r.end).is_some_and(|t| {
            t.kind == crate::text::TokenKind::Number
                && t.start == self.doc.tokens[r.end - 1].end + 1
                && self.text(r.end).len() <= 4
        });
        if numbered && names.first_name(first).is_none() {
            return Some(mention(Some(EntityKind::Other), None));
        }
        // "Internet Explorer 6 Countdown": a name going on after a product's number.
        let after_numbered = r.start >= 2
            && self.doc.tokens[r.start - 1].kind == crate::text::TokenKind::Number
            && self.doc.tokens[r.start - 2].case == Case::Capitalized
            && self.doc.tokens[r.start - 2].end + 1 == self.doc.tokens[r.start - 1].start
            && self.doc.tokens[r.start - 1].end + 1 == self.doc.tokens[r.start].start;
        if after_numbered && names.first_name(first).is_none() && names.place(text).is_none() {
            return Some(mention(Some(EntityKind::Other), None));
        }
        // "Independence Day", "Waitangi Day": a holiday, an event.
        if r.len() >= 2 && self.text(r.end - 1) == "Day" {
            return Some(mention(Some(EntityKind::Other), None));
        }
        // "Kowloon West", "Sydney North": a place by its shape.
        if r.len() >= 2
            && matches!(
                self.text(r.end - 1),
                "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Central"
                    | "Northeast"
                    | "Northwest"
                    | "Southeast"
                    | "Southwest"
            )
        {
            return Some(mention(Some(EntityKind::Place), None));
        }
        let all_capitalised = r.clone().all(|i| {
            self.doc.tokens[i].case == Case::Capitalized
                || self.doc.tokens[i].kind == crate::text::TokenKind::Abbreviation
        });
        // ("Science Fair" and "Nobel Prize" are no people, whatever surnames they spell.)
        let last_is_event = names.is_event_word(self.text(r.end - 1));
        if r.len() >= 2
            && all_capitalised
            && !last_is_event
            && (names.first_name(first).is_some()
                || (r.len() <= 3 && names.is_surname(self.text(r.end - 1))))
        {
            return Some(mention(Some(EntityKind::Person), None));
        }
        // (After the given-name test: "Helen Park" is a person.)
        // "Shandao Station", "Plains of Arafat": a place by its last or first word.
        let place_head =
            r.len() >= 3 && names.is_place_word(first) && self.text(r.start + 1) == "of";
        if r.len() >= 2 && (names.is_place_word(self.text(r.end - 1)) || place_head) {
            return Some(mention(Some(EntityKind::Place), None));
        }
        if r.len() == 1
            && self.doc.tokens[r.start].case == Case::Upper
            && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        {
            // Capitals that name nothing: a word in capitals for emphasis ("UNLESS"), a
            // Roman numeral ("XVII"), a time zone ("GMT").
            let emphasis = names.is_common_lowered(first);
            let roman = first.chars().all(|c| "IVXLCDM".contains(c));
            let zone = matches!(
                first,
                "GMT"
                    | "UTC"
                    | "BST"
                    | "CET"
                    | "CEST"
                    | "EST"
                    | "EDT"
                    | "CST"
                    | "CDT"
                    | "MST"
                    | "MDT"
                    | "PST"
                    | "PDT"
                    | "JST"
                    | "IST"
                    | "AEST"
            );
            if emphasis || roman || zone {
                return None;
            }
            return Some(mention(Some(EntityKind::Organization), None));
        }
        Some(mention(None, None))
    }

    /// In a title-case headline, only listed names: the whole run, or its single words.
    fn headline_mentions(&self, r: Range<usize>) -> Vec<Mention> {
        let names = &lexicon::get().names;
        if let Some(whole) = self
            .classify(r.clone())
            .filter(|m| m.canonical.is_some() || m.kind == Some(EntityKind::Other))
        {
            return vec![whole];
        }
        r.map(|i| {
            let w = self.text(i);
            let (kind, canonical) = if let Some(p) = names.place(w) {
                (Some(EntityKind::Place), Some(p.canonical))
            } else if let Some(c) = names.organization(w) {
                (Some(EntityKind::Organization), Some(c))
            } else if names.demonym(w).is_some() {
                (Some(EntityKind::Other), None)
            } else {
                // Left for clustering to match against names from the body.
                (None, Some(HEADLINE))
            };
            Mention {
                tokens: i..i + 1,
                kind,
                canonical,
                title: None,
            }
        })
        .collect()
    }
}

/// Letters written after a name for an honour, a rank or a degree (general British and
/// Commonwealth usage): "Jane Doe, QC", "John Smith, MP".
const POSTNOMINALS: &[&str] = &[
    "QC", "KC", "SC", "MP", "MLA", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "MD",
    "Jr", "Jr.", "Sr", "Sr.", "Esq", "Esq.", "FRS", "VC",
];

/// Marks a headline word that counts only if the body names it.
pub const HEADLINE: &str = "\u{0}headline";
