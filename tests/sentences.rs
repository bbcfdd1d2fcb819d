//! Sentence splitting on news text: the cases in `tests/fixtures/sentences.txt`, and the
//! example article.

use newslens::text::Document;

fn sentences(text: &str) -> Vec<String> {
    let doc = Document::new(text);
    doc.sentences.iter().map(|s| doc.slice(s.start, s.end).to_string()).collect()
}

#[test]
fn news_paragraphs_split_where_a_reader_would() {
    let fixture = include_str!("fixtures/sentences.txt");
    let blocks: Vec<Vec<&str>> = fixture
        .split("\n\n")
        .map(|b| {
            b.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect::<Vec<_>>()
        })
        .filter(|b| !b.is_empty())
        .collect();
    assert!(blocks.len() >= 20, "the fixture has its cases");
    let mut failures = Vec::new();
    for expected in &blocks {
        let paragraph = expected.join(" ");
        let got = sentences(&paragraph);
        if got != *expected {
            failures.push(format!("expected {expected:#?}\n     got {got:#?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} paragraphs split wrongly:\n{}",
        failures.len(),
        blocks.len(),
        failures.join("\n")
    );
}

#[test]
fn the_example_article() {
    let text = include_str!("fixtures/seed_article.txt");
    let doc = Document::new(text);
    assert_eq!(
        doc.paragraphs.len(),
        13,
        "headline, 10 body paragraphs, the date line and the repeated lead"
    );
    let got = sentences(text);
    assert_eq!(got.len(), 19);
    assert_eq!(got[0], "Russia, U.S. to Hold High-Level Military Antimissile Talks This Month");
    assert!(got[2].ends_with("on April 30."));
    assert!(got[3].starts_with(
        "The two officials discussed the meeting on the margins of U.S. national security adviser"
    ));
    assert_eq!(got[14], "\"The missile shield is nothing for us, it’s a bluff.");
    assert_eq!(
        got[15],
        "It poses no military threat, but remains a political and economic problem.\""
    );
    assert_eq!(got[17], "April 16, 2013");
}

#[test]
fn offsets_survive_crlf_nbsp_and_zero_width_characters() {
    let text =
        "\u{FEFF}Headline\r\n\r\nThe\u{00A0}U.S. said\u{200B} “yes.” Then it\u{2019}s done.\r\n";
    let doc = Document::new(text);
    let got = sentences(text);
    assert_eq!(got, ["Headline", "The\u{00A0}U.S. said\u{200B} “yes.”", "Then it\u{2019}s done."]);
    for t in &doc.tokens {
        assert!(
            text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()) && t.start < t.end
        );
        assert!(!doc.slice(t.start(), t.end()).contains(char::is_whitespace));
    }
}
