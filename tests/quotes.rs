//! Quotes: direct, split, multi-paragraph, mixed and reported speech, and their speakers.

use newslens::analysis::{Analysis, QuoteKind};
use newslens::{analyze, Offsets, Options};

fn analysis(text: &str) -> Analysis {
    analyze(text, &Options { offsets: Offsets::Utf8, ..Options::default() }).unwrap()
}

/// (kind, quote text, speaker name, cue) of every quote.
fn quotes(text: &str) -> Vec<Found> {
    analysis(text)
        .quotes
        .into_iter()
        .map(|q| (q.kind, q.text, q.speaker_name, q.cue.map(|c| c.text)))
        .collect()
}

/// A quote as `quotes` gives it.
type Found = (QuoteKind, String, Option<String>, Option<String>);

/// The direct ones of `q`.
fn direct_of(q: &[Found]) -> Vec<&Found> {
    q.iter().filter(|q| q.0 == QuoteKind::Direct).collect()
}

#[test]
fn direct_quotes_with_the_speaker_after_or_before() {
    let q = quotes("Police chief Maria Costa spoke on Friday. \"We have arrested three men in connection with the fire,\" Costa said.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert_eq!(q[0].1, "\"We have arrested three men in connection with the fire,\"");
    assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("Maria Costa"), Some("said")));

    let q = quotes("Mayor Daniel Ortiz told reporters: “The bridge will reopen before winter, whatever it costs.”");
    assert_eq!((q[0].0, q[0].2.as_deref()), (QuoteKind::Direct, Some("Daniel Ortiz")));

    let q = quotes("\"It is a sad day for the city and for all of us,\" said Helen Brooks, who chairs the council.");
    assert_eq!(q[0].2.as_deref(), Some("Helen Brooks"));
}

#[test]
fn curly_single_and_doubled_marks() {
    for text in [
        "“The talks have failed completely,” Anna Weber said.",
        "``The talks have failed completely,'' Anna Weber said.",
        "‘The talks have failed completely,’ Anna Weber said.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!((q[0].0, q[0].2.as_deref()), (QuoteKind::Direct, Some("Anna Weber")), "{text}");
    }
}

#[test]
fn a_quote_split_around_its_attribution_is_one_quote() {
    let a = analysis("\"We did not expect this result,\" coach Peter Lund said. \"Next year will be different.\"");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].fragments.len(), 2);
    assert_eq!(a.quotes[0].fragments[1].text, "\"Next year will be different.\"");
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("Peter Lund"));
}

#[test]
fn a_quote_over_several_paragraphs() {
    // Each paragraph reopens the quotation: one quote a paragraph, the same speaker.
    let text = "Engineer Sara Nilsson said: \"The first tests went well and the results were clear.\n\"We will now build a second prototype before the summer.\"\nThe company declined to comment.";
    let a = analysis(text);
    let direct: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 2, "{:#?}", a.quotes);
    assert!(direct.iter().all(|q| q.speaker_name.as_deref() == Some("Sara Nilsson")));
    // A line break inside a quotation (no new opening mark): one quote, two fragments.
    let text = "Coach Ivan Petrov said: \"We played well in the first half.\nThe second half was a disaster for us.\"\nThe club declined to comment.";
    let a = analysis(text);
    let direct: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{:#?}", a.quotes);
    assert_eq!(direct[0].fragments.len(), 2);
    assert_eq!(direct[0].speaker_name.as_deref(), Some("Ivan Petrov"));
}

#[test]
fn pronouns_take_the_latest_person_of_the_right_gender() {
    let text = "Laura Chen met Tom Becker in Geneva. \"The agreement protects both our countries,\" she said.";
    let q = quotes(text);
    assert_eq!(q[0].2.as_deref(), Some("Laura Chen"));
}

#[test]
fn reported_speech() {
    let q = quotes(
        "Finance Minister Olga Petrova said the budget would be cut by ten percent next year.",
    );
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        (q[0].0, q[0].1.as_str()),
        (QuoteKind::Indirect, "the budget would be cut by ten percent next year")
    );
    assert_eq!(q[0].2.as_deref(), Some("Olga Petrova"));

    let q = quotes("The storm destroyed more than two hundred homes, officials said.");
    assert_eq!(
        (q[0].1.as_str(), q[0].2.as_deref()),
        ("The storm destroyed more than two hundred homes", Some("officials"))
    );

    let q = quotes("According to the World Bank, growth in the region will slow to two percent.");
    assert_eq!(
        (q[0].1.as_str(), q[0].2.as_deref(), q[0].3.as_deref()),
        ("growth in the region will slow to two percent", Some("World Bank"), Some("According to"))
    );
}

#[test]
fn mixed_quotes_and_scare_quotes() {
    let q =
        quotes("Senator Mark Hall said the plan was \"reckless\" and \"a danger to taxpayers.\"");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].0, QuoteKind::Mixed);
    assert_eq!(q[0].2.as_deref(), Some("Mark Hall"));
    // A quoted title is no speech.
    assert!(quotes("She starred in \"The Long Road Home\" last year.").is_empty());
}

#[test]
fn unbalanced_marks_never_break_the_analysis() {
    let a = analysis("\"This quote never closes, said nobody.\nThe next paragraph is fine. \"\" \" \"Another \"quote\" here,\" he said.");
    for q in &a.quotes {
        assert!(
            q.start <= q.end && q.fragments.iter().all(|f| q.start <= f.start && f.end <= q.end)
        );
    }
}

#[test]
fn the_example_article() {
    let a = analysis(include_str!("fixtures/seed_article.txt"));
    let by = |needle: &str| {
        a.quotes
            .iter()
            .find(|q| q.text.contains(needle))
            .unwrap_or_else(|| panic!("no quote with {needle:?}: {:#?}", a.quotes))
    };
    let q = by("We have solved the issue");
    assert_eq!((q.kind, q.speaker_name.as_deref()), (QuoteKind::Direct, Some("Dmitry Rogozin")));
    let q = by("We regret that the United States");
    assert_eq!(q.fragments.len(), 2, "split around \"Rogozin said in an address ...\"");
    assert!(q.fragments[1].text.contains("It poses no military threat"));
    let q = by("his government is still opposed");
    assert_eq!((q.kind, q.speaker_name.as_deref()), (QuoteKind::Mixed, Some("Dmitry Rogozin")));
    let q = by("the U.S. colleagues are expected to elaborate");
    assert_eq!(q.speaker_name.as_deref(), Some("Anatoly Antonov"));
    let q = by("would lead the bilateral discussions");
    assert_eq!(
        (q.kind, q.speaker_name.as_deref(), q.cue.as_ref().map(|c| c.text.as_str())),
        (QuoteKind::Indirect, Some("Anatoly Antonov"), Some("confirmed"))
    );
    // The reported statements of the agencies, the newspaper and the government, each tied to
    // the entity of its source.
    for (needle, source) in [
        ("slated to discuss divisive missile defense", "ITAR-Tass"),
        ("on Monday discussed the antimissile dispute", "ITAR-Tass"),
        ("still has serious reservations", "Moscow"),
        ("gave Putin a letter from President Obama", "New York Times"),
        ("do not pose a threat to his nation", "RIA Novosti"),
    ] {
        let q = by(needle);
        assert_eq!(
            (q.kind, q.speaker_name.as_deref()),
            (QuoteKind::Indirect, Some(source)),
            "{needle}"
        );
        let entity = a.entities.iter().find(|e| Some(e.id) == q.speaker);
        assert_eq!(
            entity.map(|e| e.name.as_str()),
            Some(source),
            "{needle}: the speaker is the {source} entity"
        );
    }
    let speaker_ids: Vec<_> = a.quotes.iter().filter_map(|q| q.speaker).collect();
    assert!(
        speaker_ids.iter().all(|id| a.entities.iter().any(|e| e.id == *id)),
        "speakers are entities"
    );
}

#[test]
fn verbs_with_other_senses_report_no_speech_without_a_clause() {
    assert!(quotes("The students were denied visas to enter the country last week.").is_empty());
    assert!(quotes("The agency tweeted support for the boy on Friday.").is_empty());
    let q = quotes("The minister denied that the army had crossed the border.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].1, "the army had crossed the border");
}

#[test]
fn a_colon_before_a_quotation_names_its_speaker() {
    let q = quotes("Mayor Ines Duarte defended the budget on Tuesday: \"We have cut waste and kept every school open this year.\"");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        (q[0].0, q[0].2.as_deref(), q[0].3.as_deref()),
        (QuoteKind::Direct, Some("Ines Duarte"), None)
    );
}

#[test]
fn an_organisation_named_with_what_it_is() {
    let q = quotes("Reuters news agency reported that the border had been closed since dawn.");
    assert_eq!(q[0].2.as_deref(), Some("Reuters"), "{q:#?}");
    let q = quotes("Local government officials said the border had been closed since dawn.");
    assert_eq!(q[0].2.as_deref(), Some("Local government officials"), "{q:#?}");
}

#[test]
fn a_quote_split_around_a_longer_attribution_is_one_quote() {
    let a = analysis("\"We are ready for the vote,\" party leader Anna Berg told reporters, \"and we expect to win it by a wide margin.\"");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].fragments.len(), 2);
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("Anna Berg"));
}

#[test]
fn a_pull_quote_and_its_byline() {
    let q = quotes("\"Prices will fall again before the summer is over.\" - Maria Lopez\nMaria Lopez, an economist at the bank, spoke on Monday.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!((q[0].0, q[0].2.as_deref()), (QuoteKind::Direct, Some("Maria Lopez")));
}

#[test]
fn sources_named_in_other_ways() {
    let q = quotes("In the words of the chief engineer, Omar Haddad, \"this bridge was built to last a hundred years.\"");
    assert_eq!(q[0].2.as_deref(), Some("Omar Haddad"), "{q:#?}");
    let q = quotes("\"The results surprised us all,\" said a statement by the research council.");
    assert_eq!(q[0].2.as_deref(), Some("research council"), "{q:#?}");
    // A misspelt surname is still the person named in full.
    let q = quotes("Engineer Katarina Holmberg led the study. \"The results surprised us all,\" Holmburg said.");
    assert_eq!(q[0].2.as_deref(), Some("Katarina Holmberg"), "{q:#?}");
}

#[test]
fn nouns_and_passives_name_no_speaker() {
    assert!(quotes("The company rejected the claims made by the union last year.").is_empty());
    assert!(quotes("It was reported that the plant would close by the end of the year.").is_empty());
    assert!(quotes("Officials have not said why the plant was closed last week.").is_empty());
}

#[test]
fn a_statement_after_a_colon_without_quotation_marks() {
    let text = "In a statement, Acme Industries denied the report:\nThe company never met the contractor. No contract was ever signed.\nThe union said it would ask for an inquiry.";
    let q = quotes(text);
    let block =
        q.iter().find(|q| q.1.starts_with("The company never")).expect("the statement is a quote");
    assert_eq!(
        (block.0, block.1.as_str(), block.2.as_deref()),
        (
            QuoteKind::Direct,
            "The company never met the contractor. No contract was ever signed",
            Some("Acme Industries")
        )
    );
}

#[test]
fn a_pronoun_is_not_the_person_the_quote_is_about() {
    let q = quotes("Teacher Paul Ridley admired the painter Oscar Lind. He said, \"Oscar Lind changed how a whole town looked at colour.\"");
    assert_eq!(q[0].2.as_deref(), Some("Paul Ridley"), "{q:#?}");
}

#[test]
fn a_quotation_inside_a_that_clause_is_mixed() {
    let q = quotes("Prosecutor Helen Shaw told the court that, in the last weeks, \"the boy was too weak to walk to school or to eat on his own.\"");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!((q[0].0, q[0].2.as_deref()), (QuoteKind::Mixed, Some("Helen Shaw")));
    assert!(q[0].1.starts_with("in the last weeks"), "{q:#?}");
}

#[test]
fn requests_and_characterisations_are_reported_speech() {
    let q = quotes("The Farmers Union launched a petition last week, asking the government to lower the tax on diesel.");
    assert_eq!(
        (q[0].1.as_str(), q[0].2.as_deref()),
        ("to lower the tax on diesel", Some("Farmers Union")),
        "{q:#?}"
    );
    let q = quotes("Critics have described the new stadium as a waste of public money.");
    assert_eq!(
        (q[0].1.as_str(), q[0].2.as_deref()),
        ("the new stadium as a waste of public money", Some("Critics")),
        "{q:#?}"
    );
    // The passive names nobody.
    assert!(quotes("The new stadium has been described as a waste of public money.").is_empty());
}

#[test]
fn each_attribution_says_how_sure_it_is() {
    let a = analysis(
        "\"The harbour will open in May,\" Anna Weber said on Monday. \"It is ready,\" she \
         added.\n\n\"We waited long enough. Ten years is a long time.\"\n\nThe board met later. \
         \"Nobody knows,\" a source said.",
    );
    let confidence = |start: &str| {
        let q = a.quotes.iter().find(|q| q.text.starts_with(start)).expect("quote");
        (q.speaker.is_some(), q.speaker_confidence.map(|c| c.value()))
    };
    // Named in the attribution; a pronoun's antecedent; unattributed, the quote before's
    // speaker, a paragraph back.
    assert_eq!(confidence("\"The harbour"), (true, Some(0.95)));
    let (named, pronoun) = confidence("\"It is");
    assert!(named && pronoun.is_some_and(|c| c < 0.8), "{pronoun:?}");
    let (named, carried) = confidence("\"We waited");
    assert!(named && carried.is_some_and(|c| c < pronoun.unwrap()), "{carried:?}");
    // No entity speaks: no confidence.
    assert_eq!(confidence("\"Nobody"), (false, None));
}

#[test]
fn a_possessive_after_an_abbreviation_is_no_quotation_mark() {
    // The apostrophes of "F.B.I.'s" and "Weber's" once paired into a "quote".
    let found =
        quotes("The F.B.I.'s report on Weber's emails was released. Dahl's office said nothing.");
    assert!(found.iter().all(|(_, text, _, _)| !text.starts_with('\'')), "{found:?}");
}

#[test]
fn name_apposition_said_gives_the_name_and_the_clause_after_is_the_report() {
    let found = quotes("Lars Dahl, a major Liberal donor, said the plan would fail.");
    assert_eq!(found.len(), 1, "{found:?}");
    let (_, text, speaker, _) = &found[0];
    assert_eq!((text.as_str(), speaker.as_deref()), ("the plan would fail", Some("Lars Dahl")));
    // The inverted order still names the speaker after the verb.
    let found = quotes("The plan will fail, said Lars Dahl.");
    assert_eq!(found[0].2.as_deref(), Some("Lars Dahl"));
}

#[test]
fn an_apposition_naming_someone_else_gives_way_to_the_name_it_describes() {
    for text in [
        "Tomas Berg, a spokesman for the Anna Larsen campaign, said, \"The rules were followed.\"",
        "\"The rules were followed,\" Tomas Berg, an aide to Anna Larsen, said.",
    ] {
        let found = quotes(text);
        let direct = direct_of(&found);
        assert_eq!(direct.len(), 1, "{found:?}");
        assert_eq!(direct[0].2.as_deref(), Some("Tomas Berg"), "{text}");
    }
}

#[test]
fn a_nested_quotation_set_off_by_a_space_closes_with_its_outer_one() {
    let found = quotes(
        "\"They dig up anything she said years ago and call it, 'Oh, this matters,' \" Ruiz said.",
    );
    let direct = direct_of(&found);
    assert_eq!(direct.len(), 1, "{found:?}");
    assert_eq!(direct[0].2.as_deref(), Some("Ruiz"));
}

#[test]
fn a_one_word_quotation_with_a_speech_verb_after_it_is_speech() {
    let found = quotes("Anna Weber met the board. \"Wonderful,\" responded Weber after the vote.");
    let direct: Vec<_> = found.iter().filter(|q| q.0 == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{found:?}");
    assert_eq!(
        (direct[0].1.as_str(), direct[0].2.as_deref()),
        ("\"Wonderful,\"", Some("Anna Weber"))
    );
    // Without a verb after it, a one-word quotation is a scare quote.
    let found = quotes("The so-called \"reform,\" critics say, changed little for the poorest.");
    assert!(found.iter().all(|q| q.0 != QuoteKind::Direct), "{found:?}");
}

#[test]
fn an_inverted_attribution_is_no_second_quote_and_any_speech_verb_inverts() {
    // What follows "said" after a quotation is its speaker, not more reported speech.
    let q = quotes("Council chairman Paul Brandt opened the session.\n\n\"We disagree with every word,\" said Rep. Tom Vance, a Democrat from Ohio.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].2.as_deref(), Some("Tom Vance"));
    // But a cue after more words reports more: "..., and told the police, ...".
    let q = quotes("Vance \"walked into the station at noon\", and told the police that he had done everything alone.");
    assert_eq!(q.len(), 2, "{q:#?}");
    // Less common speech verbs invert too.
    for verb in [
        "implored",
        "quipped",
        "shouted",
        "whispered",
        "retorted",
        "reacted",
        "chanted",
        "emailed",
        "assured",
    ] {
        let q = quotes(&format!(
            "Mayor Lena Holt spoke last.\n\n\"Go and vote tomorrow,\" Holt {verb}."
        ));
        assert_eq!(
            (q.len(), q[0].2.as_deref(), q[0].3.as_deref()),
            (1, Some("Lena Holt"), Some(verb)),
            "{verb}"
        );
    }
}

#[test]
fn a_place_that_only_says_where_the_speaker_is_never_speaks() {
    let q = quotes("\"We will rebuild the pier,\" said the mayor of Bergen, Ola Nordmann.");
    assert_eq!(q[0].2.as_deref(), Some("Ola Nordmann"), "{q:#?}");
    let q = quotes("Harbour works began in Bergen on Monday.\n\nThe mayor of Bergen said the pier would reopen in spring.");
    assert_ne!(q[0].2.as_deref(), Some("Bergen"), "{q:#?}");
}

#[test]
fn the_person_a_role_belongs_to_is_not_the_speaker() {
    let speaker = |text: &str| {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        q[0].2.clone()
    };
    let text = "Governor Erik Lund faces a hard race. \"We will win this,\" Lund campaign manager Jan Olsen said.";
    assert_eq!(speaker(text).as_deref(), Some("Jan Olsen"));
    let text = "Governor Erik Lund faces a hard race. \"We will win this,\" said Lund's spokeswoman, Marit Dahl.";
    assert_eq!(speaker(text).as_deref(), Some("Marit Dahl"));
    let text = "\"We will win this,\" former Erik Lund speechwriter Jan Olsen wrote.";
    assert_eq!(speaker(text).as_deref(), Some("Jan Olsen"));
    // A person the speaker speaks to is no role's owner.
    let text = "Erik Lund wrote to Jan Olsen and said he was \"proud of the whole team\".";
    assert_eq!(speaker(text).as_deref(), Some("Erik Lund"));
}

#[test]
fn a_long_apposition_before_the_verb_keeps_the_name() {
    let q = quotes("\"The forecast is sound,\" Mara Lindqvist, the chief economist of the Nordic Planning Institute in Bergen, said on Tuesday.");
    assert_eq!(q[0].2.as_deref(), Some("Mara Lindqvist"), "{q:#?}");
}

#[test]
fn an_attribution_after_a_quotation_that_ends_its_sentence() {
    let q = quotes(
        "Vera Holm has a new nickname for her rival. “He will lose badly. What fun!” Holm tweeted.",
    );
    assert_eq!((q.len(), q[0].2.as_deref()), (1, Some("Vera Holm")), "{q:#?}");
    // A sentence of its own is no attribution.
    let q = quotes("Vera Holm met Erik Lund. “He will lose badly!” Lund said nothing to that.");
    assert!(q.iter().all(|q| q.2.as_deref() != Some("Erik Lund")), "{q:#?}");
}

#[test]
fn a_pronoun_continues_the_subject_before_not_the_latest_name() {
    let text = "Erik Lund said he would campaign for Jan Olsen in the spring. \"I respect him as much as anyone,\" he said.";
    let q = quotes(text);
    let last = q.last().unwrap();
    assert_eq!(last.2.as_deref(), Some("Erik Lund"), "{q:#?}");
    // A sentence that is all quotation names no subject: the one before it does.
    let text = "Marit Dahl thanked Jan Olsen. \"We did it.\" \"It was a long night,\" she said.";
    assert_eq!(quotes(text).last().unwrap().2.as_deref(), Some("Marit Dahl"));
    // A name in the pronoun's own sentence comes first.
    let text =
        "Erik Lund praised the plan. Then Jan Olsen spoke, and he said it was \"a fine idea\".";
    assert_eq!(quotes(text).last().unwrap().2.as_deref(), Some("Jan Olsen"));
}

#[test]
fn telling_a_hearer_makes_no_second_quote() {
    for text in [
        "Erik Lund, a delegate, told Reuters, \"I like the plan best.\"",
        "Erik Lund, who was on the slate, told Reuters: \"I like the plan best.\"",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!((q[0].0, q[0].2.as_deref()), (QuoteKind::Direct, Some("Erik Lund")));
    }
}

#[test]
fn marks_typed_wrongly_still_pair() {
    // An opening glyph typed for the closing one, and a nested quotation closing with its own.
    let q = quotes("“It is unusual,“ said Kari Berg, a lawyer for the union. “We will see what the court does.”");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].2.as_deref(), Some("Kari Berg"));
    let q = quotes(
        "\"They lose if he can say 'I won the vote,'\" said Per Olsen, who writes a newsletter.",
    );
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].2.as_deref(), Some("Per Olsen"));
    let q = quotes(
        "''She asked me, 'What did he mean by that?''' Mr. Olav Lie said, shaking his head.",
    );
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!((q[0].0, q[0].2.as_deref()), (QuoteKind::Direct, Some("Olav Lie")));
}

#[test]
fn a_name_before_its_apposition_speaks() {
    // A name nobody recognised, before an apposition or a relative clause.
    for text in [
        "“The plan will not survive the winter,” Dagbladet, the Oslo daily, wrote on Monday.",
        "“The plan will not survive the winter,” Dagbladet, which is owned by a trust, wrote.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(q[0].2.as_deref(), Some("Dagbladet"), "{text}");
    }
    let q = quotes(
        "“The plan will not survive the winter,” the ministry, which runs the schools, said.",
    );
    assert_eq!(q[0].2.as_deref(), Some("ministry"), "{q:#?}");
    // The attribution after a quotation reports nothing more: no second, mixed quote.
    let q = quotes("“We will see what comes,” Kari Berg, a lawyer for the family, said.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!((q[0].0, q[0].2.as_deref()), (QuoteKind::Direct, Some("Kari Berg")));
}

#[test]
fn a_hearer_after_a_determiner_is_no_part_of_the_report() {
    let q = quotes("Mayor Kari Berg told the police she had seen the car twice that week.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].1, "she had seen the car twice that week");
    let q = quotes("Mayor Kari Berg told a news conference the budget would pass in June.");
    assert_eq!(q[0].1, "the budget would pass in June");
}

#[test]
fn plural_nouns_are_not_speech_verbs() {
    for text in [
        "Five other states hold their primaries on the same day as the capital.",
        "Mayor Kari Berg's comments drew criticism from the council and the press.",
        "The senator won in states including the two largest ones by far.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    // The same words as verbs, after a subject.
    let q = quotes("The report states that the bridge was never inspected.");
    assert_eq!((q.len(), q[0].1.as_str()), (1, "the bridge was never inspected"));
    let q = quotes("A retired teacher claims the school kept the money for itself.");
    assert_eq!((q.len(), q[0].3.as_deref()), (1, Some("claims")));
}

#[test]
fn a_clause_of_when_after_the_quotation_names_nobody() {
    let q =
        quotes("Kari Berg had previously said, “We will see,” when asked whether she would run.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Direct, "“We will see,”"));
    assert_eq!(q[0].2.as_deref(), Some("Kari Berg"));
}

#[test]
fn the_next_paragraph_is_not_the_attribution_of_a_quotation() {
    // A reporter's line at the end of a story attributes nothing before it.
    let text = "Mayor Olav Lie spoke last.\n\n\"We know how to use words and leave ourselves a little room.\"\n\nKari Berg reported from Oslo.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_ne!(q[0].2.as_deref(), Some("Kari Berg"));
    // In its own paragraph it is the attribution.
    let q =
        quotes("\"We know how to use words and leave ourselves a little room.\" Kari Berg wrote.");
    assert_eq!(q[0].2.as_deref(), Some("Kari Berg"));
}

#[test]
fn a_long_apposition_is_passed_over_to_the_name() {
    let q = quotes("Olav Lie, a former official who now studies the online habits of voters at the Center for Election Studies, said, \"If they used it abroad, someone almost certainly read it.\"");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].2.as_deref(), Some("Olav Lie"));
    let q = quotes("As Kari Berg had written years earlier, \"We could not have a film industry without him.\"");
    assert_eq!(q[0].2.as_deref(), Some("Kari Berg"));
}

#[test]
fn a_headline_subject_without_its_article_reports() {
    let q =
        quotes("Retired teacher claims school kept the money for itself\nThe school denies it.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].3.as_deref(), Some("claims"));
    // "written by" is a passive: its author reports nothing before it.
    let q = quotes("She holds a copy of the book Lost at Sea, written by Olav Lie.");
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn a_pronoun_continues_the_role_holder_not_whose_role_it_is() {
    let q = quotes("Senator Kari Berg spoke first. Berg's spokeswoman Anna Lind said the senator was proud of the plan. “We share this value,” she said.");
    let direct = direct_of(&q);
    assert_eq!(direct.len(), 1, "{q:#?}");
    assert_eq!(direct[0].2.as_deref(), Some("Anna Lind"));
    // A verb is no role: the subject stays the first name.
    let q = quotes("Senator Kari Berg spoke first. Spokeswoman Anna Lind said Berg was proud of the plan. “We share this value,” she said.");
    let direct = direct_of(&q);
    assert_eq!(direct[0].2.as_deref(), Some("Anna Lind"), "{q:#?}");
}

#[test]
fn a_place_before_a_role_and_a_clause_of_time_do_not_speak() {
    let q = quotes("Senator Marco Lund spoke on the bill. \"It is a difficult issue,\" said the Florida senator, \"because it puts two rights in conflict.\"");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_ne!(q[0].2.as_deref(), Some("Florida"));
    let q = quotes("Some in the crowd booed, and when Lund thanked Oslo and said it was great to be home, a man yelled “Stay there!”");
    let direct = direct_of(&q);
    assert_eq!(direct.len(), 1, "{q:#?}");
    assert_eq!(direct[0].2.as_deref(), Some("man"));
    // The clause before the comma is narrative, not what the man yelled.
    assert!(!q.iter().any(|q| q.1.starts_with("Some in the crowd")), "{q:#?}");
}

#[test]
fn a_pronoun_continues_the_subject_after_an_opening_clause_and_not_a_possessive() {
    let q = quotes("While he does support Kari Berg, Per Olsen admits there is a part of her party he cannot agree with. “Nobody wants this. Sometimes there is just no other way,” he said.");
    let direct = direct_of(&q);
    assert_eq!(direct[0].2.as_deref(), Some("Per Olsen"), "{q:#?}");
    let q = quotes("Mayor Per Olsen spoke at noon. In Senator Olav Lie's view, Per Olsen had saved the plan. “It will pay for itself within a year,” he said.");
    let direct = direct_of(&q);
    assert_eq!(direct[0].2.as_deref(), Some("Per Olsen"), "{q:#?}");
    // A possessive alone in its sentence is still who the pronoun continues.
    let q = quotes("Mayor Per Olsen spoke at noon. Kari Berg's fate is unclear, but she said she would govern. “I am going to stay,” she said.");
    let direct = direct_of(&q);
    assert_eq!(direct[0].2.as_deref(), Some("Kari Berg"), "{q:#?}");
}

#[test]
fn said_then_a_name_with_its_apposition_ends_the_sentence() {
    let q = quotes("Residents hoped to cross the bridge by the summer, said Kari Berg, a nurse.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].1, "Residents hoped to cross the bridge by the summer");
    assert_eq!(q[0].2.as_deref(), Some("Kari Berg"));
}

#[test]
fn a_bracket_after_the_name_does_not_hide_the_speaker() {
    for text in [
        "On Monday, Sen. Kari Berg (D-Minn.) said, “The vote can wait until spring.”",
        "Sen. Kari Berg (D-Minn.), said, “The vote can wait until spring.”",
        "“The vote can wait until spring,” Kari Berg (pictured) said.",
    ] {
        let q = quotes(text);
        assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Kari Berg"), "{text}: {q:#?}");
    }
}

#[test]
fn a_long_quotation_between_does_not_push_the_subject_out_of_reach() {
    // Six quoted sentences between the subject and the pronoun; the man named last in
    // between is not who speaks.
    let q = quotes("Mayor Kari Berg was asked whether she would back Per Olsen, who said he would run.\n\n“Yes. Of course. Why not. He is able. He is honest. He works hard,” she replied.");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Kari Berg"), "{q:#?}");
}

#[test]
fn an_organisation_before_a_role_is_not_the_speaker() {
    // Unnamed, the role speaks in its own words; named before, its holder.
    let q = quotes("“The quotas will stay,” the Coastal Party candidate said.");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Coastal Party candidate"), "{q:#?}");
    let q = quotes("Anna Lind, the Coastal Party candidate, spoke first. “The quotas will stay,” the Coastal Party candidate said.");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Anna Lind"), "{q:#?}");
}

#[test]
fn a_participle_speaks_for_the_subject_of_its_sentence() {
    // The participle's clause has no subject of its own: the main clause's person speaks,
    // not the last phrase or the other person named before the participle.
    let q = quotes("In a statement on Monday, Rep. Lena Holt (D-Maine) reacted to the ruling, saying: \"We will rebuild the pier by spring.\"");
    let d = direct_of(&q);
    assert_eq!(d[0].2.as_deref(), Some("Lena Holt"), "{q:#?}");
    let q = quotes("Lena Holt replied to Tom Berg on the radio writing, \"The pier will be rebuilt by spring.\"");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Lena Holt"), "{q:#?}");
    // Not a name after a preposition or before a possessive.
    let q = quotes("In response to Tom Berg's plan for the pier, Lena Holt rallied her supporters, saying: \"We will stop it.\"");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Lena Holt"), "{q:#?}");
    // A name right before the participle is its own subject.
    let q = quotes("The council heard Lena Holt and Tom Berg, with Berg stating: \"The pier cannot wait for spring.\"");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Tom Berg"), "{q:#?}");
}

#[test]
fn the_person_a_phrase_is_about_speaks() {
    // An apposition that opens with a role describes the name before it, even when it names
    // someone else.
    let q = quotes("Tom Berg, pastor of the First Church of Bergen and a Lena Holt supporter, said: \"She will win the state easily.\"");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Tom Berg"), "{q:#?}");
    // A long title before the name after an inverted verb.
    let q = quotes("\"We will win the state,\" said former Maine Gov. and Harbour Workers Union Chairman Tom Berg.");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Tom Berg"), "{q:#?}");
}

#[test]
fn attributions_that_open_their_sentence_or_name_a_hearer() {
    let q = quotes(
        "Said Tom Berg, who grew up with Lena Holt in the town, \"We were all so proud of her.\"",
    );
    assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("Tom Berg"), Some("Said")), "{q:#?}");
    // A quotation that ends its sentence, then "NAME told reporters ...".
    let q =
        quotes("\"Her answer was, 'What can we do to help?'\" Tom Berg told reporters on Monday.");
    assert_eq!(direct_of(&q)[0].2.as_deref(), Some("Tom Berg"), "{q:#?}");
}

#[test]
fn a_source_cited_or_put_in_its_words() {
    for (text, speaker) in [
        ("As Lena Holt put it, \"the pier is the heart of the town.\"", "Lena Holt"),
        ("The harbour board cited \"rotten beams, broken lights and flooded stairs\" in its report.", "harbour board"),
        ("Lena Holt affirmed: \"No boat shall be turned away from this harbour.\"", "Lena Holt"),
    ] {
        let q = quotes(text);
        let d = direct_of(&q);
        assert!(d[0].2.as_deref().is_some_and(|s| s.contains(speaker)), "{text}: {q:#?}");
    }
}
