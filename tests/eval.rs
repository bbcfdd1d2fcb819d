//! `newslens eval` on the development set: the figures must not fall below the acceptance
//! floors, and must equal those of the reference Python scorers.

use std::process::Command;

use serde_json::Value;

const GOLD: &str = "tests/fixtures/eval/newsdev.jsonl";

fn eval_json() -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(["eval", GOLD, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn timex_figures_hold() {
    let r = eval_json();
    let t = &r["timex"];
    let f1 = |k: &str| t[k]["f1"].as_f64().unwrap();
    // The dates' floors: value F1 ≥ 85, strict ≥ 85, relaxed ≥ 92.
    assert!(f1("value") >= 0.85, "timex value F1 {}", f1("value"));
    assert!(f1("strict") >= 0.85, "timex strict F1 {}", f1("strict"));
    assert!(f1("relaxed") >= 0.92, "timex relaxed F1 {}", f1("relaxed"));
}

#[test]
fn entity_figures_hold() {
    let r = eval_json();
    let core = r["ner"]["core"]["exact"]["f1"].as_f64().unwrap();
    // Issue 3 asks for 85; this floor keeps what has been reached (85.8 when it was set).
    assert!(core >= 0.85, "entity core F1 {core}");
    // ... and at least 75 for each label (LOC 89.7, ORG 77.6, PERSON 91.6 when set).
    // ORG 0.765 -> 0.755 when the census surnames went from 5,000 to 3,000 (2026-12-07):
    // newsdev ORG 76.6 -> 75.7 (core 85.6 -> 85.5), the held-out sets' core F1 up 0.4-1.1.
    for (label, floor) in [("LOC", 0.88), ("ORG", 0.755), ("PERSON", 0.90)] {
        let f1 = r["ner"]["core"]["per_label"][label]["f1"].as_f64().unwrap();
        assert!(f1 >= floor, "{label} F1 {f1}");
    }
}

#[test]
fn quote_figures_hold() {
    let r = eval_json();
    let q = &r["quotes"];
    let f1 = |set: &str, m: &str| q[set][m]["f1"].as_f64().unwrap();
    // Issue 4 asks for 90 direct end to end, 70 over all kinds, 80 overlap; these floors
    // keep what has been reached (direct 93.9, all 76.2, overlap 88.6 when they were set).
    assert!(f1("direct", "e2e") >= 0.92, "direct e2e {}", f1("direct", "e2e"));
    assert!(f1("all", "e2e") >= 0.75, "all e2e {}", f1("all", "e2e"));
    assert!(f1("all", "overlap") >= 0.87, "overlap {}", f1("all", "overlap"));
    // speaker_confidence is calibrated: of the attributions above 0.8, nine in ten or more
    // are right (on the wide corpus's PolNeAR too, as `newslens eval` prints it).
    for set in ["all", "direct"] {
        let right = q[set]["confident_attribution"].as_f64().unwrap();
        let n = q[set]["confident"].as_u64().unwrap();
        assert!(right >= 0.9 && n >= 30, "{set}: {right} of {n}");
    }
}

/// Runs the reference scorers on `newslens batch` output.
#[test]
fn agrees_with_the_reference_scorers() {
    let dir = std::env::temp_dir().join(format!("newslens-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gold = std::fs::read_to_string(GOLD).unwrap();
    let input: String = gold
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let d: Value = serde_json::from_str(l).unwrap();
            serde_json::json!({"id": d["id"], "text": d["text"], "dct": d["dct"]}).to_string()
                + "\n"
        })
        .collect();
    let input_path = dir.join("input.jsonl");
    std::fs::write(&input_path, input).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(["batch", input_path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let analyses = dir.join("analyses.jsonl");
    std::fs::write(&analyses, &out.stdout).unwrap();
    let python = |args: &[&str]| {
        let out = Command::new("python3")
            .args(args)
            .output()
            .expect("python3 runs the reference scorers");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    python(&["tests/fixtures/eval/adapt.py", analyses.to_str().unwrap(), dir.to_str().unwrap()]);
    let scored = dir.join("timex-score.json");
    python(&[
        "tests/fixtures/eval/score_timex.py",
        GOLD,
        dir.join("timex.jsonl").to_str().unwrap(),
        "--json",
        scored.to_str().unwrap(),
    ]);
    let reference: Value =
        serde_json::from_str(&std::fs::read_to_string(&scored).unwrap()).unwrap();
    let ours = eval_json();
    let ner = dir.join("ner-score.json");
    python(&[
        "tests/fixtures/eval/score_ner.py",
        GOLD,
        dir.join("ner.jsonl").to_str().unwrap(),
        "--json",
        ner.to_str().unwrap(),
    ]);
    let ner: Value = serde_json::from_str(&std::fs::read_to_string(&ner).unwrap()).unwrap();
    for set in ["core", "all"] {
        let a = ner[set]["exact"]["f1"].as_f64().unwrap();
        let b = ours["ner"][set]["exact"]["f1"].as_f64().unwrap();
        assert!((a - b).abs() < 1e-9, "ner {set}: python {a} vs newslens {b}");
        for label in ["PERSON", "ORG", "LOC"] {
            let a = ner[set]["per_label"][label]["f1"].as_f64().unwrap();
            let b = ours["ner"][set]["per_label"][label]["f1"].as_f64().unwrap();
            assert!((a - b).abs() < 1e-9, "ner {set} {label}: python {a} vs newslens {b}");
        }
    }
    for (kinds, set) in [(None, "all"), (Some("direct"), "direct")] {
        let out = dir.join(format!("quotes-{set}.json"));
        let (pred, out_path) = (dir.join("quotes.jsonl"), out.clone());
        let mut args = vec![
            "tests/fixtures/eval/score_quotes.py",
            GOLD,
            pred.to_str().unwrap(),
            "--json",
            out_path.to_str().unwrap(),
        ];
        if let Some(k) = kinds {
            args.extend(["--kinds", k]);
        }
        python(&args);
        let theirs: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        for (a, b) in [("overlap50", "overlap"), ("e2e_lenient", "e2e")] {
            let x = theirs[a]["F1"].as_f64().unwrap();
            let y = 100.0 * ours["quotes"][set][b]["f1"].as_f64().unwrap();
            assert!((x - y).abs() < 0.006, "quotes {set} {a}: python {x} vs newslens {y}");
        }
        let x = theirs["attribution"]["acc_lenient"].as_f64().unwrap();
        let y = 100.0 * ours["quotes"][set]["attribution"].as_f64().unwrap();
        assert!((x - y).abs() < 0.006, "quotes {set} attribution: python {x} vs newslens {y}");
    }
    for (theirs, mine) in [("strict", "strict"), ("relaxed", "relaxed"), ("value", "value")] {
        let a = reference[theirs]["F1"].as_f64().unwrap();
        let b = ours["timex"][mine]["f1"].as_f64().unwrap();
        assert!((a - b).abs() < 1e-9, "{theirs}: python {a} vs newslens {b}");
    }
    assert!(
        (reference["type_accuracy"].as_f64().unwrap()
            - ours["timex"]["type_accuracy"].as_f64().unwrap())
        .abs()
            < 1e-9
    );
    std::fs::remove_dir_all(&dir).ok();
}
