//! Property tests (proptest) for the text model and the offset conversion: for any text —
//! news-like or arbitrary Unicode — tokens, sentences and paragraphs tile the text in order
//! on character boundaries, and every byte offset converts exactly to code points and UTF-16.

use newslens::analysis::{OffsetIndex, Offsets};
use newslens::text::Document;
use proptest::prelude::*;

/// Text mixing news pieces with arbitrary characters (other scripts, emoji, controls).
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "Mr. Weber", "said", "\"", "“", "”", "‘", "’", "'", ".", ",", "U.S.", "Gen.", "April 16, 2013",
            "\n", "\n\n", "\r\n", "\u{a0}", "\u{200b}", "😀", "東京", "e\u{301}", "—", "...", "3.5", "(", ")",
        ]).prop_map(str::to_string),
        2 => "[A-Za-z]{1,9}",
        1 => any::<String>(),
    ];
    prop::collection::vec((piece, prop::bool::ANY), 0..60).prop_map(|parts| {
        parts.into_iter().map(|(p, space)| if space { p + " " } else { p }).collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn tokens_sentences_and_paragraphs_tile_the_text(text in texty()) {
        let doc = Document::new(&text);
        let mut last = 0;
        for (i, t) in doc.tokens.iter().enumerate() {
            let (start, end) = (t.start(), t.end());
            prop_assert!(last <= start && start < end && end <= text.len(), "token {i} {}..{}", start, end);
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            prop_assert_eq!(doc.token_text(i), &text[start..end]);
            let lowered: String = doc.token_text(i).chars().flat_map(char::to_lowercase).collect();
            prop_assert_eq!(doc.lower(i), lowered.as_str());
            last = end;
        }
        // Sentences: consecutive token ranges, each spanning its tokens' bytes.
        let mut next_token = 0;
        for s in &doc.sentences {
            prop_assert!(s.tokens.start >= next_token && s.tokens.start < s.tokens.end);
            prop_assert_eq!((s.start, s.end), (doc.tokens[s.tokens.start].start(), doc.tokens[s.tokens.end - 1].end()));
            next_token = s.tokens.end;
        }
        // Every token belongs to exactly one sentence.
        prop_assert_eq!(doc.sentences.iter().map(|s| s.tokens.len()).sum::<usize>(), doc.tokens.len());
        // Paragraphs: in order, each holding its sentences.
        let mut next_sentence = 0;
        let mut last_end = 0;
        for p in &doc.paragraphs {
            prop_assert!(p.start >= last_end && p.start <= p.end && p.end <= text.len());
            prop_assert_eq!(p.sentences.start, next_sentence);
            for s in &doc.sentences[p.sentences.clone()] {
                prop_assert!(p.start <= s.start && s.end <= p.end);
            }
            next_sentence = p.sentences.end;
            last_end = p.end;
        }
        prop_assert_eq!(next_sentence, doc.sentences.len());
    }

    #[test]
    fn offsets_convert_exactly(text in any::<String>()) {
        let chars = OffsetIndex::new(&text, Offsets::Chars);
        let utf16 = OffsetIndex::new(&text, Offsets::Utf16);
        let bytes = OffsetIndex::new(&text, Offsets::Utf8);
        for (b, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            prop_assert_eq!(chars.convert(b), text[..b].chars().count());
            prop_assert_eq!(utf16.convert(b), text[..b].encode_utf16().count());
            prop_assert_eq!(bytes.convert(b), b);
        }
    }

    #[test]
    fn every_analysis_keeps_its_promises(text in texty()) {
        if let Err(broken) = newslens::analysis::invariants::check(&text) {
            prop_assert!(false, "{}", broken);
        }
    }
}
