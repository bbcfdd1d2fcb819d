//! Trains the names tagger (`make train`) and prints its figures on held-out files.
//!
//! ```text
//! cargo run --release --example train_names -- --out data/names_model.bin \
//!     --train A.jsonl B.jsonl --dev C.jsonl D.jsonl [--epochs 3] [--min-weight 36] [--trust 150] [--min-count 3] [--rounds 32] [--seed 2]
//! ```
//!
//! Training files are gold JSON Lines (the format `newslens eval` reads). A document whose
//! `text_licence` says NC or ND is skipped: shipped weights may not come from it. The weights
//! go to `--out`; the dev files are scored with the rules alone and with the new model.

use std::process::ExitCode;

use newslens::analysis::{Analysis, Offsets};
use newslens::entities::tagger::train::{self, Options};
use newslens::entities::tagger::Model;
use newslens::eval::{self, GoldDoc};
use newslens::text::Document;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_names: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut out = None;
    let (mut train_files, mut dev_files) = (Vec::new(), Vec::new());
    let mut options = Options::default();
    let mut args = std::env::args().skip(1);
    let mut list: Option<bool> = None;
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--out" => out = Some(value("--out")?),
            "--epochs" => {
                options.epochs = value("--epochs")?.parse().map_err(|e| format!("{e}"))?
            }
            "--seed" => options.seed = value("--seed")?.parse().map_err(|e| format!("{e}"))?,
            "--min-weight" => {
                options.min_weight = value("--min-weight")?.parse().map_err(|e| format!("{e}"))?
            }
            "--min-count" => {
                options.min_count = value("--min-count")?.parse().map_err(|e| format!("{e}"))?
            }
            "--rounds" => {
                options.rounds = value("--rounds")?.parse().map_err(|e| format!("{e}"))?
            }
            "--trust" => options.trust = trust(&value("--trust")?)?,
            "--train" => list = Some(true),
            "--dev" => list = Some(false),
            f if !f.starts_with("--") && list == Some(true) => train_files.push(f.to_string()),
            f if !f.starts_with("--") && list == Some(false) => dev_files.push(f.to_string()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let out = out.ok_or("--out is required")?;
    let mut data = Vec::new();
    let mut total = train::Read::default();
    for f in &train_files {
        let src = std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?;
        let r = train::read(&src, &mut data).map_err(|e| format!("{f}: {e}"))?;
        total.documents += r.documents;
        total.skipped += r.skipped;
        total.unreachable += r.unreachable;
    }
    eprintln!(
        "train_names: {} documents ({} skipped for their licence), {} runs; {} gold names outside every run",
        total.documents,
        total.skipped,
        data.len(),
        total.unreachable
    );
    let model = train::train(&data, &options);
    let bytes = model.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("train_names: {} features, {} bytes -> {out}", model.len(), bytes.len());
    println!(
        "{:<28} {:>7} {:>7}  {:>6} {:>6} {:>6}",
        "dev set (core exact F1)", "rules", "model", "PER", "ORG", "LOC"
    );
    for f in &dev_files {
        let src = std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?;
        let gold = eval::read_gold(&src)?;
        // The ceiling: a name outside every run is beyond the tagger.
        let r = train::read(&src, &mut Vec::new())?;
        let n: usize = gold.iter().map(|g| g.entities.len()).sum();
        eprintln!("train_names: {f}: {n} gold names, {} outside every run", r.unreachable);
        let rules = score(&gold, None);
        let tagged = score(&gold, Some(&model));
        let per = |l: &str| tagged.core.per_label.get(l).map_or(0.0, |p| p.f1 * 100.0);
        let name =
            std::path::Path::new(f).file_stem().map_or(f.clone(), |s| s.to_string_lossy().into());
        println!(
            "{name:<28} {:>7.1} {:>7.1}  {:>6.1} {:>6.1} {:>6.1}",
            rules.core.exact.f1 * 100.0,
            tagged.core.exact.f1 * 100.0,
            per("PERSON"),
            per("ORG"),
            per("LOC")
        );
    }
    Ok(())
}

/// `--trust`: one preference for every kind of evidence, or one for each (O, a listed name,
/// a title, the lists' kind, clustering's decision), separated by commas.
fn trust(v: &str) -> Result<newslens::entities::tagger::Trust, String> {
    let parts: Vec<i16> = v
        .split(',')
        .map(|x| x.trim().parse().map_err(|e| format!("--trust: {e}")))
        .collect::<Result<_, _>>()?;
    match parts[..] {
        [t] => Ok([t; newslens::entities::tagger::EVIDENCE]),
        _ => parts.try_into().map_err(|_| "--trust: one value, or five".to_string()),
    }
}

/// Names of every gold text, found with `model` (or the rules alone), scored.
fn score(gold: &[GoldDoc], model: Option<&Model>) -> eval::ner::NerScore {
    let analyses: Vec<Analysis> = gold
        .iter()
        .map(|g| {
            let doc = Document::new(&g.text);
            let mut a = Analysis::empty();
            a.entities = newslens::entities::entities_with(&doc, model);
            drop(doc);
            a.convert_offsets(&g.text, Offsets::Chars);
            a
        })
        .collect();
    eval::ner::score(gold, &analyses)
}
