//! Temporal expressions and the timeline: the forms news uses, resolved against a reference
//! date, and the example article's timeline.

use newslens::analysis::{Analysis, TimexType};
use newslens::{analyze, parse_date, Offsets, Options};

fn analysis(text: &str, reference: Option<&str>) -> Analysis {
    let options = Options {
        reference_date: reference.map(|d| parse_date(d).unwrap()),
        offsets: Offsets::Utf8,
    };
    analyze(text, &options).unwrap()
}

/// The (text, type, value, mod) of every timex in `text`, read against Tuesday 2013-04-16.
fn timexes(text: &str) -> Vec<(String, TimexType, String, Option<String>)> {
    analysis(text, Some("2013-04-16"))
        .timexes
        .into_iter()
        .map(|t| (t.text, t.kind, t.value, t.modifier))
        .collect()
}

fn one(text: &str) -> (String, TimexType, String, Option<String>) {
    let all = timexes(text);
    assert_eq!(all.len(), 1, "{text:?} → {all:?}");
    all.into_iter().next().unwrap()
}

#[test]
fn the_forms_news_uses() {
    use TimexType::*;
    let cases: &[(&str, &str, TimexType, &str)] = &[
        ("It was signed on April 16, 2013.", "April 16, 2013", Date, "2013-04-16"),
        ("It was signed on 16 April 2013.", "16 April 2013", Date, "2013-04-16"),
        ("It was signed on Apr. 3.", "Apr. 3", Date, "2013-04-03"),
        ("The talks will start on April 30.", "April 30", Date, "2013-04-30"),
        ("It was published 2013-04-02 online.", "2013-04-02", Date, "2013-04-02"),
        ("It was published on 4/2/2013 online.", "4/2/2013", Date, "2013-04-02"),
        ("Prices fell in April 2012.", "April 2012", Date, "2012-04"),
        ("Prices fell in 2011, analysts said.", "2011", Date, "2011"),
        ("Prices fell in the 1990s.", "the 1990s", Date, "199"),
        ("It was built in the 19th century.", "the 19th century", Date, "18"),
        ("The council met on Monday.", "Monday", Date, "2013-04-15"),
        ("The council will meet on Friday.", "Friday", Date, "2013-04-19"),
        ("The council met on Tuesday.", "Tuesday", Date, "2013-04-16"),
        ("The council met today.", "today", Date, "2013-04-16"),
        ("The council met yesterday.", "yesterday", Date, "2013-04-15"),
        ("The council meets tomorrow.", "tomorrow", Date, "2013-04-17"),
        ("The council plan was cancelled last month.", "last month", Date, "2013-03"),
        ("The council meets next week.", "next week", Date, "2013-W17"),
        ("The council met this week.", "this week", Date, "2013-W16"),
        ("Sales rose this year.", "this year", Date, "2013"),
        ("Sales rose earlier this month.", "earlier this month", Date, "2013-04"),
        ("Sales will rise later this year.", "later this year", Date, "2013"),
        ("Talks end at the end of the month.", "the end of the month", Date, "2013-04"),
        ("The plant closed two days ago.", "two days ago", Date, "2013-04-14"),
        ("The plant closed three years ago.", "three years ago", Date, "2010"),
        ("It rained last spring.", "last spring", Date, "2012-SP"),
        ("It will be hot this summer.", "this summer", Date, "2013-SU"),
        ("Profits rose in the first quarter.", "the first quarter", Date, "2013-Q1"),
        ("The budget for fiscal 2014 was cut.", "fiscal 2014", Date, "2014"),
        ("Many people are currently unemployed.", "currently", Date, "PRESENT_REF"),
        ("Prices have recently risen.", "recently", Date, "PAST_REF"),
        ("The sea will rise in the future.", "the future", Date, "FUTURE_REF"),
        ("The vote closed at 3 p.m. sharp.", "3 p.m.", Time, "2013-04-16T15:00"),
        ("The vote closed at 10:30 GMT.", "10:30 GMT", Time, "2013-04-16T10:30"),
        ("The vote was held on Monday morning.", "Monday morning", Time, "2013-04-15TMO"),
        ("The vote was held tonight.", "tonight", Time, "2013-04-16TNI"),
        ("He was jailed for three years.", "three years", Duration, "P3Y"),
        ("The siege lasted a decade.", "a decade", Duration, "P10Y"),
        ("The flight took five hours.", "five hours", Duration, "PT5H"),
        ("Prices rose over the past several months.", "the past several months", Duration, "PXM"),
        ("The meeting is held every Monday.", "every Monday", Set, "XXXX-WXX-1"),
        ("The report is published annually.", "annually", Set, "P1Y"),
    ];
    let mut failures = Vec::new();
    for (sentence, text, kind, value) in cases {
        let got = timexes(sentence);
        let want = (text.to_string(), *kind, value.to_string());
        if got.iter().map(|(t, k, v, _)| (t.clone(), *k, v.clone())).collect::<Vec<_>>()
            != vec![want.clone()]
        {
            failures.push(format!("{sentence:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} wrong:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn modifiers() {
    assert_eq!(one("Talks end at the end of the month.").3.as_deref(), Some("END"));
    assert_eq!(one("Elections are due early in 2016.").3.as_deref(), Some("START"));
    assert_eq!(one("The war lasted nearly two decades.").3.as_deref(), Some("LESS_THAN"));
    assert_eq!(one("It was used for at least four decades.").3.as_deref(), Some("EQUAL_OR_MORE"));
    assert_eq!(one("It took about three weeks.").3.as_deref(), Some("APPROX"));
}

#[test]
fn words_that_are_not_time() {
    for text in [
        "Theresa May said the talks were over.",
        "Thousands march on the capital.",
        "The Sunday Times reported the deal.",
        "The survey covered 2000 people in 14 towns.",
        "It costs $2013 per unit.",
        "He was found guilty, the LA Weekly reported.",
        "The 14-year-old was rescued by a neighbour.",
    ] {
        assert_eq!(timexes(text), vec![], "{text:?}");
    }
}

#[test]
fn without_a_reference_date_nothing_is_invented() {
    let a = analysis(
        "The council met on Monday and will meet again on April 30, before next year.",
        None,
    );
    let values: Vec<&str> = a.timexes.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["XXXX-WXX-1", "XXXX-04-30", "XXXX"]);
    assert!(a.timexes.iter().all(|t| t.range.is_none()));
    assert!(a.timeline.is_empty());
}

#[test]
fn the_example_articles_timeline() {
    let a = analysis(include_str!("fixtures/seed_article.txt"), None);
    assert_eq!(a.reference_date.as_ref().unwrap().value, "2013-04-16");
    let value_of = |text: &str| -> Vec<(String, Option<String>)> {
        a.timexes
            .iter()
            .filter(|t| t.text == text)
            .map(|t| (t.value.clone(), t.modifier.clone()))
            .collect()
    };
    assert_eq!(value_of("last month"), [("2013-03".into(), None)]);
    assert!(
        value_of("Monday").iter().all(|v| v.0 == "2013-04-15") && value_of("Monday").len() == 3
    );
    assert!(
        value_of("Tuesday").iter().all(|v| v.0 == "2013-04-16") && value_of("Tuesday").len() == 3
    );
    assert_eq!(value_of("April 30"), [("2013-04-30".into(), None)]);
    let end = ("2013-04".to_string(), Some("END".to_string()));
    assert_eq!(value_of("the end of the month"), [end.clone(), end]);
    assert_eq!(value_of("This Month"), [("2013-04".into(), None)]);
    assert_eq!(value_of("the past"), [("PAST_REF".into(), None)]);

    // The timeline: in date order, each entry with its event, the repeated lead once.
    let events: Vec<(String, &str)> = a
        .timeline
        .iter()
        .map(|e| (e.range.from.to_string(), e.event.as_ref().unwrap().text.as_str()))
        .collect();
    let mut dates: Vec<&str> = events.iter().map(|e| e.0.as_str()).collect();
    dates.sort();
    assert_eq!(dates, events.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), "sorted by date");
    let has =
        |date: &str, needle: &str| events.iter().any(|(d, e)| *d == date && e.contains(needle));
    assert!(has(
        "2013-03-01",
        "decision last month to cancel plans to field a next-generation missile interceptor"
    ));
    assert!(has("2013-04-15", "Donilon's visit to Moscow"));
    assert!(has("2013-04-15", "Donilon\u{a0}argued for new talks"));
    assert!(
        has("2013-04-15", "gave Putin a letter from President Obama"),
        "the next sentence goes on about Donilon"
    );
    assert!(has("2013-04-16", "ITAR-Tass reported"));
    assert!(has("2013-04-16", "Rogozin on Tuesday said"));
    assert!(events
        .iter()
        .any(|(d, e)| *d == "2013-04-30" && e.ends_with("would lead the bilateral discussions")));
    assert_eq!(
        events.iter().filter(|(_, e)| e.contains("slated to discuss")).count(),
        1,
        "the repeated lead paragraph is one entry"
    );
    assert!(!events.iter().any(|(_, e)| *e == "April 16, 2013"), "the date line is not an event");

    // Each entry names the entities in its event.
    let names_of = |needle: &str| -> Vec<String> {
        let entry =
            a.timeline.iter().find(|e| e.event.as_ref().unwrap().text.contains(needle)).unwrap();
        entry
            .entities
            .iter()
            .map(|id| a.entities.iter().find(|e| &e.id == id).unwrap().name.clone())
            .collect()
    };
    let talks = names_of("would lead the bilateral discussions");
    assert!(
        talks.contains(&"James Miller".to_string()) && talks.contains(&"United States".to_string()),
        "{talks:?}"
    );
    assert!(names_of("visit to Moscow").contains(&"Tom Donilon".to_string()));
    assert!(names_of("Rogozin on Tuesday said").contains(&"Dmitry Rogozin".to_string()));
}

/// The (text, value) of every timex in `text`, read against `reference`.
fn values(text: &str, reference: &str) -> Vec<(String, String)> {
    analysis(text, Some(reference)).timexes.into_iter().map(|t| (t.text, t.value)).collect()
}

fn pairs(want: &[(&str, &str)]) -> Vec<(String, String)> {
    want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn an_earnings_report_dates_its_periods_to_the_quarter_it_names() {
    let text = "Northwind Ltd. reported a third-quarter loss. Sales in the quarter fell 5%. \
                In the year-ago quarter it earned $2 million. A year earlier, its year-earlier \
                sales were higher. It expects a profit in the fourth quarter.";
    assert_eq!(
        values(text, "2013-11-05"),
        pairs(&[
            ("third-quarter", "2013-Q3"),
            ("the quarter", "2013-Q3"),
            ("the year-ago quarter", "2012-Q3"),
            ("A year earlier", "2012-Q3"),
            ("year-earlier", "2012-Q3"),
            ("the fourth quarter", "2013-Q4"),
        ])
    );
    // Without a quarter named, "the quarter" is the last one ended and "a year earlier" a year.
    assert_eq!(
        values(
            "Sales in the latest quarter rose. A year earlier, the plant was sold.",
            "2014-01-20"
        ),
        pairs(&[("the latest quarter", "2013-Q4"), ("A year earlier", "2013")])
    );
    // A quarter not yet begun is last year's, unless the clause looks ahead.
    assert_eq!(
        values("Sales rose in the fourth quarter.", "2014-01-20"),
        pairs(&[("the fourth quarter", "2013-Q4")])
    );
    // A quarter to come is not the one reported on; one ended weeks ago is, even in a
    // clause that looks ahead.
    assert_eq!(
        values(
            "Losses will last through the second quarter of 2014. In the year-ago period it \
             earned $2 million. It plans to cut jobs after a third-quarter loss.",
            "2013-11-05"
        ),
        pairs(&[
            ("the second quarter of 2014", "2014-Q2"),
            ("the year-ago period", "2012-Q3"),
            ("third-quarter", "2013-Q3")
        ])
    );
    assert_eq!(
        values("Sales will rise in the first quarter.", "2013-11-05"),
        pairs(&[("the first quarter", "2014-Q1")])
    );
    assert_eq!(
        values("It closes in next year's second quarter.", "2013-11-05"),
        pairs(&[("next year's second quarter", "2014-Q2")])
    );
    assert_eq!(
        values("It closed in this year's second quarter, after the 2012 period.", "2013-11-05"),
        pairs(&[("this year's second quarter", "2013-Q2"), ("the 2012 period", "2012-Q2")])
    );
}

#[test]
fn the_fiscal_year_is_a_date_and_the_year_ended_a_length() {
    assert_eq!(
        values(
            "For the fiscal year, sales rose; in the year ended June 30 they fell.",
            "2013-11-05"
        ),
        pairs(&[("the fiscal year", "2013"), ("the year", "P1Y"), ("June 30", "2013-06-30")])
    );
    assert_eq!(
        values("It expects sales in the current fiscal year that beat forecasts.", "2013-11-05"),
        pairs(&[("the current fiscal year", "2013")])
    );
}

#[test]
fn a_month_without_a_year_lies_where_the_tense_and_its_words_point() {
    // A past clause looks back at most to the same month; a future clause forward.
    assert_eq!(
        values("The council said it met on Oct. 26.", "2016-10-25"),
        pairs(&[("Oct. 26", "2016-10-26")])
    );
    assert_eq!(
        values("The council voted in December.", "2016-10-25"),
        pairs(&[("December", "2015-12")])
    );
    assert_eq!(
        values("The council will vote on Nov. 8.", "2016-10-12"),
        pairs(&[("Nov. 8", "2016-11-08")])
    );
    assert_eq!(
        values("The council will vote in January.", "2016-10-12"),
        pairs(&[("January", "2017-01")])
    );
    assert_eq!(
        values(
            "The mill closed last May and reopens this September; it was sold in June last year.",
            "2016-03-02"
        ),
        pairs(&[
            ("last May", "2015-05"),
            ("this September", "2016-09"),
            ("June last year", "2015-06")
        ])
    );
    assert_eq!(
        values("The mill closed last February.", "2016-10-02"),
        pairs(&[("last February", "2016-02")])
    );
    // A past clause does not reach most of a year back for a date a few weeks ahead: the
    // plan was made in the past, the date is to come ("last March" would name the other).
    assert_eq!(
        values("The board said the vote was set for March 12.", "2016-02-16"),
        pairs(&[("March 12", "2016-03-12")])
    );
    assert_eq!(
        values("The board said the plant closed in April.", "2016-02-16"),
        pairs(&[("April", "2015-04")])
    );
}

#[test]
fn the_determiner_belongs_to_an_amount_or_a_shifted_unit() {
    assert_eq!(
        values(
            "Over the past year and in the nine months to June, the early 1990s seemed far.",
            "2016-10-02"
        ),
        pairs(&[
            ("the past year", "2015"),
            ("the nine months", "P9M"),
            ("June", "2016-06"),
            ("the early 1990s", "199")
        ])
    );
    // Not before an adjective or a year.
    assert_eq!(
        values("In the 20-minute talk she recalled the 1992 protests.", "2016-10-02"),
        pairs(&[("20-minute", "PT20M"), ("1992", "1992")])
    );
}

#[test]
fn deadlines_lie_ahead_whatever_the_tense() {
    // The issue's own failures: a past-year vote, a past Wednesday.
    assert_eq!(
        values("Both campaigns spent heavily ahead of the Nov. 8 vote.", "2016-10-12"),
        pairs(&[("Nov. 8", "2016-11-08")])
    );
    assert_eq!(
        values("With Wednesday's debate approaching, the candidates rested.", "2016-10-17"),
        pairs(&[("Wednesday", "2016-10-19")])
    );
    assert_eq!(
        values(
            "The offer was extended to Nov. 16, and a dividend payable Jan. 3 was declared.",
            "2016-10-30"
        ),
        pairs(&[("Nov. 16", "2016-11-16"), ("Jan. 3", "2017-01-03")])
    );
    assert_eq!(
        values("The fund has grown since March. It closed on Tuesday.", "2016-02-10"),
        pairs(&[("March", "2015-03"), ("Tuesday", "2016-02-09")])
    );
    // A clock time before a weekday is a deadline.
    assert_eq!(
        values("The agency gave the family until 9 a.m. Tuesday to reply.", "2016-02-08"),
        pairs(&[("9 a.m. Tuesday", "2016-02-09T09:00")])
    );
    // A weekday's events named in the possessive have passed, unless they are to come.
    assert_eq!(
        values("Their lawyers will appeal Monday's ruling.", "2016-10-12"),
        pairs(&[("Monday", "2016-10-10")])
    );
    // "Until" before a weekday leaves it to the tense.
    assert_eq!(
        values("It was not until Monday that the mayor spoke.", "2016-02-10"),
        pairs(&[("Monday", "2016-02-08")])
    );
}

#[test]
fn the_tense_of_the_dates_own_clause_comes_before_an_attribution() {
    // "said" is nearer, but past a comma: the date's clause looks ahead.
    assert_eq!(
        values("The ferry will sail at dawn on Thursday, the captain said.", "2016-02-10"),
        pairs(&[("Thursday", "2016-02-11")])
    );
    assert_eq!(
        values("The ferry sailed on Thursday, the captain will say.", "2016-02-10"),
        pairs(&[("Thursday", "2016-02-04")])
    );
    // What is scheduled lies ahead.
    assert_eq!(
        values("The mayor has scheduled a briefing Thursday.", "2016-02-10"),
        pairs(&[("Thursday", "2016-02-11")])
    );
    // A name in "-ed" is no past-tense verb.
    assert_eq!(
        values("On Thursday, Ahmed and his aunt are to fly home.", "2016-02-10"),
        pairs(&[("Thursday", "2016-02-11")])
    );
}

#[test]
fn a_clock_time_with_its_day_is_one_time() {
    assert_eq!(
        values(
            "Talks broke off at noon Thursday; the offer runs until 5 p.m. EST, Nov. 9.",
            "2016-11-05"
        ),
        pairs(&[("noon Thursday", "2016-11-03T12:00"), ("5 p.m. EST, Nov. 9", "2016-11-09T17:00")])
    );
}

#[test]
fn a_season_lies_where_the_tense_points_or_in_its_year() {
    assert_eq!(
        values(
            "Sales slowed over the summer. In the spring the city will vote. The mill shut in \
             winter 2012 and reopened in the summer of 2014. The summer camp opens.",
            "2016-10-12"
        ),
        pairs(&[
            ("the summer", "2016-SU"),
            ("the spring", "2017-SP"),
            ("winter 2012", "2012-WI"),
            ("the summer of 2014", "2014-SU")
        ])
    );
    assert_eq!(
        values("Costs rose this past spring, and fell last spring.", "2016-10-12"),
        pairs(&[("this past spring", "2016-SP"), ("last spring", "2015-SP")])
    );
}

#[test]
fn a_couple_is_two_and_twenty_four_is_one_number() {
    assert_eq!(
        values(
            "Prices may stay low for a couple of years; in the last twenty four hours they fell.",
            "2016-02-10"
        ),
        pairs(&[("a couple of years", "P2Y"), ("the last twenty four hours", "PT24H")])
    );
}

#[test]
fn a_transcript_spells_out_days_and_years() {
    assert_eq!(
        values(
            "The fair opens on March eighth. By the year two thousand it had grown. Its March \
             second quarter was weak. Oil was cheap in the winter of nineteen ninety-four.",
            "1997-03-03"
        ),
        pairs(&[
            ("March eighth", "1997-03-08"),
            ("the year two thousand", "2000"),
            ("second quarter", "1996-Q2"),
            ("the winter of nineteen ninety-four", "1994-WI")
        ])
    );
}

#[test]
fn spoken_years_mid_words_ages_and_rates() {
    assert_eq!(
        values(
            "The plant opened in nineteen ninety-six, closed in mid-2004 and in January nineteen \
             ninety-nine hired a 37 years old manager who made $40,000 a year.",
            "2010-03-01"
        ),
        pairs(&[
            ("nineteen ninety-six", "1996"),
            ("mid-2004", "2004"),
            ("January nineteen ninety-nine", "1999-01"),
        ])
    );
    assert_eq!(
        values("Two thousand of them came in the mid-1990s.", "2010-03-01"),
        pairs(&[("the mid-1990s", "199")])
    );
}

#[test]
fn a_story_dates_its_steps_from_the_last_date_it_named() {
    assert_eq!(
        values(
            "The ferry sank on March 3, 2011. Divers reached it the next day, and at 2:30 the \
             following day the last survivor was found. The inquiry opened in 2013; the year \
             before, the company had been sold, and later that year it closed.",
            "2016-06-01"
        ),
        pairs(&[
            ("March 3, 2011", "2011-03-03"),
            ("the next day", "2011-03-04"),
            ("2:30 the following day", "2011-03-05T02:30"),
            ("2013", "2013"),
            ("the year before", "2012"),
            ("later that year", "2012"),
        ])
    );
    // With no date before it, from the reference date.
    assert_eq!(
        values("The next day, it rained.", "2016-06-01"),
        pairs(&[("The next day", "2016-06-02")])
    );
}

#[test]
fn holidays_whose_date_moves() {
    assert_eq!(
        values(
            "The boy was found on Thanksgiving Day. The vote on Election Day will follow Easter \
             and Good Friday, and the fair will open on Labor Day.",
            "2016-03-01"
        ),
        pairs(&[
            ("Thanksgiving Day", "2015-11-26"),
            ("Election Day", "2016-11-08"),
            ("Easter", "2016-03-27"),
            ("Good Friday", "2016-03-25"),
            ("Labor Day", "2016-09-05"),
        ])
    );
    // A name, not a day.
    assert_eq!(values("They sailed to Easter Island.", "2016-03-01"), pairs(&[]));
}
