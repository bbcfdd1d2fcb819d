//! The names tagger: the shipped weights load and read written sentences; training is
//! reproducible, byte for byte, on a committed sample.

use newslens::analysis::EntityKind;
use newslens::entities::tagger::train::{self, Options};
use newslens::entities::tagger::Model;
use newslens::{analyze, Options as AnalyzeOptions};

const SAMPLE: &str = include_str!("fixtures/train/sample.jsonl");
const EXPECTED: &str = "tests/fixtures/train/expected.bin";

#[test]
fn training_on_the_sample_reproduces_its_weights() {
    let mut data = Vec::new();
    let read = train::read(SAMPLE, &mut data).expect("the sample reads");
    assert_eq!((read.documents, read.skipped), (9, 1), "the NC document is skipped");
    let model = train::train(&data, &Options::default());
    assert!(!model.is_empty());
    let bytes = model.to_bytes();
    // Twice in one process: nothing depends on hash-map order or the clock.
    assert_eq!(train::train(&data, &Options::default()).to_bytes(), bytes);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(EXPECTED);
    if std::env::var_os("NEWSLENS_BLESS").is_some() {
        std::fs::write(&path, &bytes).unwrap();
    }
    let expected = std::fs::read(&path).expect("tests/fixtures/train/expected.bin");
    assert!(bytes == expected, "training on the sample no longer gives expected.bin");
    assert_eq!(Model::from_bytes(&expected).as_ref(), Some(&model));
}

#[test]
fn the_shipped_weights_load() {
    let model = Model::get().expect("data/names_model.bin is a model");
    assert!(model.len() > 1000, "{} features", model.len());
}

/// The names of `text` with their kinds, in order of first mention.
fn names(text: &str) -> Vec<(String, EntityKind)> {
    let a = analyze(text, &AnalyzeOptions::default()).unwrap();
    a.entities.into_iter().map(|e| (e.name, e.kind)).collect()
}

#[test]
fn the_shipped_tagger_reads_written_sentences() {
    use EntityKind::*;
    let found = names(
        "Anna Weber, the fisheries minister, met the board of the Nordic Fisheries Council \
         in Bergen on Tuesday. Weber said the quotas would stay.",
    );
    assert_eq!(
        found,
        [
            ("Anna Weber".to_string(), Person),
            ("Nordic Fisheries Council".to_string(), Organization),
            ("Bergen".to_string(), Place)
        ]
    );
    let found = names(
        "The Harbour Rowing Club hired Peter Moser as coach. Moser grew up in Zurich and \
         rowed for the club as a student.",
    );
    assert!(found.contains(&("Harbour Rowing Club".to_string(), Organization)), "{found:?}");
    assert!(found.contains(&("Peter Moser".to_string(), Person)), "{found:?}");
    assert!(found.contains(&("Zurich".to_string(), Place)), "{found:?}");
}
