//! Entities in news text: mentions, kinds, titles and clusters.

use newslens::analysis::{Entity, EntityKind};
use newslens::{analyze, Offsets, Options};

fn entities(text: &str) -> Vec<Entity> {
    analyze(text, &Options { offsets: Offsets::Utf8, ..Options::default() }).unwrap().entities
}

/// (kind, name, mention texts) of every entity.
fn summary(text: &str) -> Vec<(EntityKind, String, Vec<String>)> {
    entities(text)
        .into_iter()
        .map(|e| (e.kind, e.name, e.mentions.into_iter().map(|m| m.text).collect()))
        .collect()
}

fn find<'a>(all: &'a [Entity], name: &str) -> &'a Entity {
    all.iter().find(|e| e.name == name).unwrap_or_else(|| {
        panic!("no entity {name:?} in {:#?}", all.iter().map(|e| &e.name).collect::<Vec<_>>())
    })
}

#[test]
fn titles_come_off_the_name_and_surnames_cluster() {
    let text =
        "Brazilian Deputy Finance Minister Carlos Mendes said on Monday that talks would resume. \
                Mendes told reporters the deal was close, while Sen. Laura Whitfield disagreed.";
    let all = entities(text);
    let carlos = find(&all, "Carlos Mendes");
    assert_eq!(carlos.kind, EntityKind::Person);
    assert_eq!(carlos.titles, ["Deputy Finance Minister"]);
    assert_eq!(
        carlos.mentions.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(),
        ["Carlos Mendes", "Mendes"]
    );
    let laura = find(&all, "Laura Whitfield");
    assert_eq!(
        (laura.kind, laura.titles.as_slice()),
        (EntityKind::Person, &["Sen.".to_string()][..])
    );
    assert!(
        !all.iter().any(|e| e.name.contains("Brazilian")),
        "an adjective demonym is no entity: {all:#?}"
    );
}

#[test]
fn lowercase_titles_before_a_name() {
    let all = entities("The plan was drafted by White House chief of staff aide and national security adviser Helen Park.");
    assert_eq!(find(&all, "Helen Park").titles, ["national security adviser"]);
}

#[test]
fn possessives_and_the_stay_out_of_mentions() {
    let all = summary(
        "The talks followed the State Department's warning and the United Nations' report.",
    );
    assert!(
        all.contains(&(
            EntityKind::Organization,
            "State Department".into(),
            vec!["State Department".into()]
        )),
        "{all:#?}"
    );
    assert!(
        all.iter().any(|(k, n, m)| *k == EntityKind::Organization
            && n == "United Nations"
            && m == &["United Nations"]),
        "{all:#?}"
    );
}

#[test]
fn place_aliases_are_one_entity() {
    let all = entities(
        "Officials in the U.S. and the United States Senate said America and the US would act.",
    );
    let us = find(&all, "United States");
    assert_eq!(us.kind, EntityKind::Place);
    let texts: Vec<&str> = us.mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(
        texts.contains(&"U.S.") && texts.contains(&"America") && texts.contains(&"US"),
        "{texts:?}"
    );
}

#[test]
fn sentence_initial_capitals_and_all_caps_datelines() {
    let all = summary(
        "MOSCOW — Senior officials met in Geneva. Stopping the war was the aim, analysts said.",
    );
    assert_eq!(
        all.iter().map(|(k, n, _)| (*k, n.as_str())).collect::<Vec<_>>(),
        [(EntityKind::Place, "Moscow"), (EntityKind::Place, "Geneva")]
    );
}

#[test]
fn organisations_by_their_words_and_acronyms() {
    let all = entities("The Ministry of Agriculture and the Kenyan Embassy in Rome answered. Reuters and the U.N. reported it.");
    for (name, kind) in [
        ("Ministry of Agriculture", EntityKind::Organization),
        ("Kenyan Embassy", EntityKind::Organization),
        ("Rome", EntityKind::Place),
        ("Reuters", EntityKind::Organization),
        ("United Nations", EntityKind::Organization),
    ] {
        assert_eq!(find(&all, name).kind, kind, "{name}");
    }
}

#[test]
fn a_person_of_an_organisation_is_two_names() {
    let all = entities("Analyst Maria Lopez of the World Bank said growth would slow.");
    assert_eq!(find(&all, "Maria Lopez").kind, EntityKind::Person);
    assert_eq!(find(&all, "World Bank").kind, EntityKind::Organization);
}

#[test]
fn the_example_article() {
    let all = entities(include_str!("fixtures/seed_article.txt"));
    let antonov = find(&all, "Anatoly Antonov");
    assert_eq!(
        (antonov.kind, antonov.titles.as_slice()),
        (EntityKind::Person, &["Deputy Defense Minister".to_string()][..])
    );
    assert_eq!(antonov.mentions.len(), 2, "Anatoly Antonov, Antonov");
    assert_eq!(find(&all, "James Miller").titles, ["Defense Undersecretary"]);
    assert_eq!(find(&all, "Tom Donilon").titles, ["national security adviser"]);
    assert_eq!(find(&all, "Tom Donilon").mentions.len(), 3);
    assert_eq!(
        find(&all, "Rose Gottemoeller").titles,
        ["State Department's top arms control official"]
    );
    assert_eq!(find(&all, "Dmitry Rogozin").mentions.len(), 4);
    assert_eq!(find(&all, "Dmitry Rogozin").titles, ["Deputy Prime Minister"]);
    assert_eq!(find(&all, "Sergei Ryabkov").titles, ["Deputy Foreign Minister"]);
    assert_eq!(find(&all, "Obama").titles, ["President"]);
    assert_eq!(find(&all, "Obama").mentions.len(), 2, "President Obama, the Obama administration");
    // Eight people, every surname-only mention joined to its full name.
    let people: Vec<&str> =
        all.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(
        people,
        [
            "Anatoly Antonov",
            "James Miller",
            "Tom Donilon",
            "Rose Gottemoeller",
            "Sergei Ryabkov",
            "Putin",
            "Obama",
            "Dmitry Rogozin"
        ]
    );
    // "U.S." (twelve times) and "United States" are one place.
    let us = find(&all, "United States");
    assert_eq!(us.mentions.len(), 13);
    assert!(
        us.mentions.iter().any(|m| m.text == "U.S.")
            && us.mentions.iter().any(|m| m.text.starts_with("United States"))
    );
    for org in [
        "ITAR-Tass",
        "State Department",
        "White House",
        "New York Times",
        "RIA Novosti",
        "Russian Embassy",
    ] {
        assert_eq!(find(&all, org).kind, EntityKind::Organization, "{org}");
    }
    for place in [
        "Russia",
        "Belgium",
        "Moscow",
        "Brussels",
        "Europe",
        "Poland",
        "North Korea",
        "Iran",
        "London",
        "Washington",
    ] {
        assert_eq!(find(&all, place).kind, EntityKind::Place, "{place}");
    }
    assert!(
        !all.iter().any(|e| e.name == "Senior" || e.name == "Russian"),
        "no sentence-initial or adjective entities"
    );
}

#[test]
fn buildings_and_places_by_their_last_word() {
    let all = entities("Fans gathered at the Kazan Arena and later walked to Central Station and the Jubilee Bridge.");
    for name in ["Kazan Arena", "Central Station", "Jubilee Bridge"] {
        assert_eq!(find(&all, name).kind, EntityKind::Place, "{name}");
    }
}

#[test]
fn titles_in_apposition() {
    let all = entities("The talks were led by Omar Haddad, the agency's chief negotiator, and by the bank's senior economist, Ruth Keller.");
    assert_eq!(find(&all, "Omar Haddad").titles, ["agency's chief negotiator"]);
    assert_eq!(find(&all, "Ruth Keller").titles, ["bank's senior economist"]);
}

#[test]
fn acronyms_that_spell_function_words() {
    let all = entities("Experts at the WHO said the US would pay.");
    assert_eq!(find(&all, "World Health Organization").kind, EntityKind::Organization);
    assert_eq!(find(&all, "United States").kind, EntityKind::Place);
}

#[test]
fn holidays_are_events_not_people() {
    let all = entities("Crowds marched on Independence Day and again on Labour Day.");
    assert!(all.iter().all(|e| e.kind == EntityKind::Other), "{all:#?}");
}

#[test]
fn a_role_after_an_organisation_is_not_its_name() {
    let all =
        entities("A State Department Spokesperson declined to comment, as did a Google spokesman.");
    assert_eq!(find(&all, "State Department").mentions[0].text, "State Department");
}

#[test]
fn the_articles_usage_beats_the_gazetteer() {
    let all =
        entities("Activist Laura Paris left the group in 2009. Paris said she was never paid.");
    let laura = find(&all, "Laura Paris");
    assert_eq!((laura.kind, laura.mentions.len()), (EntityKind::Person, 2));
}

#[test]
fn numbered_names_are_products_or_editions() {
    let all =
        entities("Users of Zorblat Browser 6 were told to upgrade before Gadget Expo 2016 opened.");
    assert_eq!(find(&all, "Zorblat Browser").kind, EntityKind::Other);
    assert_eq!(find(&all, "Gadget Expo").kind, EntityKind::Other);
}

#[test]
fn countries_in_a_sports_report_are_teams() {
    let text = "Brazil beat Chile 3 – 1 in Rio. Later, Peru drew with Uruguay 0 – 0. Fans in Lima were disappointed.";
    let all = entities(text);
    for team in ["Brazil", "Chile", "Peru", "Uruguay"] {
        assert_eq!(find(&all, team).kind, EntityKind::Organization, "{team}");
    }
    assert_eq!(find(&all, "Lima").kind, EntityKind::Place);
    // One score line is not a sports report.
    let all = entities("Brazil and Chile voted 3 – 1 for the motion.");
    assert_eq!(find(&all, "Brazil").kind, EntityKind::Place);
}

#[test]
fn a_lone_word_after_the_is_an_institution() {
    let all =
        entities("Members said the Church had ignored them, and the Army refused to comment.");
    assert_eq!(find(&all, "Church").kind, EntityKind::Organization);
    assert_eq!(find(&all, "Army").kind, EntityKind::Organization);
    // (That a name in -news is no plural is the rules' unit test, `cluster::shape`: the
    // tagger reads "as Zorbonews reported" as a person since it trusts the rules' guess at
    // a name no list knows less than their other readings.)
}

#[test]
fn a_descriptor_before_a_name_is_not_part_of_it() {
    let all = entities("The seat went to Popular Paul Tse, while Pro-reform Ada Lin lost.");
    assert_eq!(find(&all, "Paul Tse").kind, EntityKind::Person);
    assert_eq!(find(&all, "Ada Lin").kind, EntityKind::Person);
}

#[test]
fn the_head_word_of_an_organisation_refers_back_to_it() {
    let all = entities("The Ministry of Fisheries opened an inquiry. Later the Ministry said the quota would stay.");
    let m = find(&all, "Ministry of Fisheries");
    assert_eq!(
        m.mentions.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(),
        ["Ministry of Fisheries", "Ministry"]
    );
}

#[test]
fn capitals_that_name_nothing() {
    let all = entities("The site was back at 15:11 GMT, UNLESS the attack resumes, as part XVII of the saga, the ZQX group said.");
    let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["ZQX"], "{all:#?}");
    // Eras after a year or a century.
    let all = entities("The temple was built in 480 BC and rebuilt in the 2nd century BC.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_stance_before_a_name() {
    let all = entities("Voters backed Pro-reform Helen Marsh and Anti-war Green Party candidates.");
    assert_eq!(find(&all, "Helen Marsh").kind, EntityKind::Person);
    assert_eq!(find(&all, "Green Party").kind, EntityKind::Organization);
}

#[test]
fn a_name_before_a_state_or_country_is_a_town_there() {
    let all = entities("Dale Boyd, a teacher from Plano, Texas, said the school was closed. Her sister lives in Sherman, Texas.");
    assert_eq!(find(&all, "Plano").kind, EntityKind::Place);
    assert_eq!(find(&all, "Sherman").kind, EntityKind::Place);
    assert_eq!(find(&all, "Dale Boyd").kind, EntityKind::Person);
    // Not when the state or country goes on into the sentence.
    let all = entities("After the game, Carlos Vela, Mexico coach, said the team had played well.");
    assert_eq!(find(&all, "Carlos Vela").kind, EntityKind::Person);
}

#[test]
fn a_word_of_letters_and_digits_is_a_product() {
    let all =
        entities("Engineers at Airbus said the A380 would fly again. The A380 has four engines.");
    assert_eq!(find(&all, "A380").kind, EntityKind::Other);
    assert_eq!(find(&all, "Airbus").kind, EntityKind::Organization);
}

#[test]
fn text_in_another_language_gives_only_the_names_the_lists_know() {
    let german = "Die Bundesregierung hat am Montag in Berlin neue Maßnahmen beschlossen. Der Minister sagte, \
        die Lage sei ernst. Viele Bürger in Deutschland warten auf Hilfe. Die Opposition kritisierte den Plan \
        scharf und forderte mehr Geld für die Länder. Am Dienstag soll der Bundestag darüber abstimmen.";
    let found = summary(german);
    assert!(
        found.iter().all(|(kind, _, _)| *kind != EntityKind::Person),
        "no guessed people: {found:?}"
    );
    assert!(found.iter().any(|(_, name, _)| name == "Berlin"), "{found:?}");
    let french = "La police a arrêté trois personnes à Paris lundi. Le ministre a déclaré que la situation était \
        grave. Les habitants de la ville attendent des réponses depuis plusieurs semaines, selon le maire.";
    let found = summary(french);
    assert!(found.iter().all(|(_, name, _)| name == "Paris"), "{found:?}");
}

#[test]
fn events_laws_and_prizes_are_other() {
    let all = entities("Crowds filled the streets for the Harbour Lantern Festival. Congress passed the Clean Water Act.");
    assert_eq!(find(&all, "Harbour Lantern Festival").kind, EntityKind::Other);
    assert_eq!(find(&all, "Clean Water Act").kind, EntityKind::Other);
}

#[test]
fn honours_hashtags_and_regions_by_context() {
    let all = entities("The court heard from the prosecutor, Mark Tedeschi, QC, on Monday. Supporters posted #FreeTheNine and wrote to @KateReports. Shells fell in the North; the South answered.");
    assert!(!all.iter().any(|e| e.name == "QC"), "post-nominal letters name nobody");
    for label in ["FreeTheNine", "KateReports"] {
        assert_eq!(find(&all, label).kind, EntityKind::Other, "{label}");
    }
    for region in ["North", "South"] {
        assert_eq!(find(&all, region).kind, EntityKind::Place, "{region}");
    }
}

#[test]
fn an_institution_after_a_sentence_opening_the_is_an_organisation() {
    let all = entities("Members left the Church in 2009. The Church denied the claims.");
    let church = find(&all, "Church");
    assert_eq!((church.kind, church.mentions.len()), (EntityKind::Organization, 2));
}

#[test]
fn a_fair_or_prize_is_no_person_and_keeps_its_organiser() {
    let all =
        entities("He was invited to the Google Science Fair in May. She won the Nobel Prize.");
    assert!(
        !all.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        all.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>()
    );
    assert_eq!(find(&all, "Google Science Fair").kind, EntityKind::Other);
}

#[test]
fn names_end_before_a_weekday() {
    let all = entities("During Prime Minister's Questions Wednesday, the bill came up. The request was made by the Municipality of Genoa.");
    assert!(!all.iter().any(|e| e.name.contains("Wednesday")));
    assert_eq!(find(&all, "Municipality of Genoa").kind, EntityKind::Organization);
}

#[test]
fn a_role_opening_a_sentence_is_the_title() {
    let all = entities(
        "Schools must pay the tax. Minister of Education Clara Bianchi said a review was due.",
    );
    let clara = find(&all, "Clara Bianchi");
    assert_eq!(
        (clara.kind, clara.titles.as_slice()),
        (EntityKind::Person, &["Minister of Education".to_string()][..])
    );
}

#[test]
fn a_role_of_an_organisation_before_a_person() {
    let all = entities(
        "After the leak, CEO of the Refugee Council Omar Haddad told reporters it would fail.",
    );
    assert_eq!(find(&all, "Refugee Council").kind, EntityKind::Organization);
    assert_eq!(find(&all, "Omar Haddad").kind, EntityKind::Person);
}

#[test]
fn a_sentence_can_end_in_no() {
    // "No." is an abbreviation before a number only; "no." ends a sentence.
    let all = entities("Then Jeff Rathke said no.");
    assert_eq!(find(&all, "Jeff Rathke").kind, EntityKind::Person);
}

#[test]
fn a_part_of_a_listed_place_and_a_name_after_a_number() {
    let all = entities("Officers went to the East Los Angeles station. Microsoft launched the Internet Explorer 6 Countdown site; the Internet Explorer 6 Countdown shows the share.");
    assert_eq!(find(&all, "East Los Angeles").kind, EntityKind::Place);
    assert!(
        !all.iter().any(|e| e.name == "Countdown" && e.kind != EntityKind::Other),
        "{:?}",
        all.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>()
    );
}

#[test]
fn names_in_a_list_share_the_kind_the_lists_know() {
    let all = entities("Greeks worshipped gods such as Zeus, Hera, Poseidon and Athena. Games came from Ubisoft, Microsoft and Sony.");
    for god in ["Zeus", "Hera", "Poseidon", "Athena"] {
        assert_eq!(find(&all, god).kind, EntityKind::Person, "{god}");
    }
    assert_eq!(find(&all, "Ubisoft").kind, EntityKind::Organization);
}

#[test]
fn a_role_of_an_organisation_names_no_person() {
    let all = entities("Co-founder of Google, Sergey Brin, met him.");
    assert_eq!(find(&all, "Google").kind, EntityKind::Organization);
    assert!(!all.iter().any(|e| e.name.starts_with("of ")));
}

#[test]
fn words_that_are_no_names() {
    // A two-word demonym, a currency code, a common word the article writes in lowercase.
    let all = entities("Every other New Zealander pays NZ $26 million. Iodine deficiency is common. Salt with iodine helps, and iodine is cheap. Doctors said Iodine matters.");
    assert!(all.is_empty(), "{:?}", all.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
    let all = entities("Team Estonia rebuilt their robot.");
    assert_eq!(find(&all, "Team Estonia").kind, EntityKind::Organization);
}

#[test]
fn a_surname_two_people_share_follows_the_honorific_or_stays_apart() {
    let all = entities(
        "Bill Weber founded the bakery in 1990. Weber still bakes on Sundays. His daughter, \
         Anna Weber, runs the shop now. Mrs. Weber hired two apprentices last year. Mr. Weber \
         approved. Weber said the ovens were old.",
    );
    let starts = |e: &Entity| e.mentions.iter().map(|m| m.start).collect::<Vec<_>>();
    let text_at = |e: &Entity| e.mentions.iter().map(|m| m.text.clone()).collect::<Vec<_>>();
    let bill = find(&all, "Bill Weber");
    let anna = find(&all, "Anna Weber");
    assert_eq!(text_at(bill), ["Bill Weber", "Weber", "Weber"], "{:?}", starts(bill));
    assert_eq!(text_at(anna), ["Anna Weber", "Weber"], "{:?}", starts(anna));
    // "Weber said": both have been named and nothing tells them apart.
    let alone = find(&all, "Weber");
    assert_eq!((alone.kind, alone.mentions.len()), (EntityKind::Person, 1));
}

#[test]
fn titles_come_from_the_running_text_not_from_quotations_or_the_headline() {
    let all = entities(
        "Mayor Lars Dahl Opens The Harbour\n\nThe harbour opened on Monday. \"I thank Chairman \
         Lars Dahl and Director Kari Holm for their work,\" Anna Weber said. Kari Holm, the \
         port's director, smiled.",
    );
    // Named with a title only inside someone's words, and in the headline: no title.
    assert_eq!(find(&all, "Lars Dahl").titles, Vec::<String>::new());
    // The running text's apposition gives one; the quotation's "Director" does not.
    assert_eq!(find(&all, "Kari Holm").titles, ["port's director"]);
}

#[test]
fn text_that_writes_in_lowercase_has_its_places_found_in_lowercase() {
    // A post that writes "i": its lowercase places are places, one with the capitalised.
    let all = entities("i moved from canada to new york last year. Canada was colder.");
    let canada = find(&all, "Canada");
    assert_eq!(canada.kind, EntityKind::Place);
    assert_eq!(
        canada.mentions.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(),
        ["canada", "Canada"]
    );
    assert_eq!(find(&all, "New York").mentions[0].text, "new york");
    // Edited text capitalises its names: a lowercase word there is a word.
    let edited = entities("We roasted a turkey. Guests came from Jordan and Canada.");
    assert!(edited.iter().all(|e| e.mentions.iter().all(|m| m.text != "turkey")), "{edited:?}");
}

#[test]
fn a_holiday_is_a_date_not_a_name() {
    let a = newslens::analyze(
        "The mayor said the bridge would open before Christmas. Residents hoped to cross it by Christmas, said Kari Berg, a nurse. Easter came and went.",
        &newslens::Options::default(),
    )
    .unwrap();
    let names: Vec<_> = a.entities.iter().map(|e| (e.id.to_string(), e.name.as_str())).collect();
    assert_eq!(names, [("e1".to_string(), "Kari Berg")]);
    assert_eq!(a.timexes.iter().filter(|t| t.text == "Christmas").count(), 2);
    assert_eq!(
        a.quotes.iter().filter_map(|q| q.speaker.map(|s| s.to_string())).collect::<Vec<_>>(),
        ["e1"]
    );
}
