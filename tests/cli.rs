//! The `newslens` command line, run as a process on real files.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SEED: &str = "tests/fixtures/seed_article.txt";

fn newslens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("newslens runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout_json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `text` sliced at `start..end` counted in `unit`.
fn slice(text: &str, start: usize, end: usize, unit: &str) -> Option<String> {
    match unit {
        "utf8" => text.get(start..end).map(str::to_string),
        "chars" => (end <= text.chars().count())
            .then(|| text.chars().skip(start).take(end.saturating_sub(start)).collect()),
        "utf16" => {
            let units: Vec<u16> = text.encode_utf16().collect();
            units.get(start..end).and_then(|u| String::from_utf16(u).ok())
        }
        _ => unreachable!(),
    }
}

/// Checks every `{start, end, text}` object anywhere in `v` against `text`; returns how many.
fn check_spans(v: &Value, text: &str, unit: &str) -> usize {
    match v {
        Value::Object(map) => {
            let mut n = 0;
            if let (Some(s), Some(e), Some(t)) = (map.get("start"), map.get("end"), map.get("text"))
            {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert_eq!(slice(text, s, e, unit).as_deref(), t.as_str(), "{unit} span {s}..{e}");
                n += 1;
            }
            n + map.values().map(|x| check_spans(x, text, unit)).sum::<usize>()
        }
        Value::Array(items) => items.iter().map(|x| check_spans(x, text, unit)).sum(),
        _ => 0,
    }
}

/// An article pasted without a date line, its date inferred from a stamp and shown with its
/// evidence in the unit asked for; one with nothing to go on has none.
#[test]
fn a_pasted_article_gets_an_inferred_date_with_its_evidence() {
    let text = "Harbour plan approved\n\nBy Ann Lee · Published 10/12/2016\n\nThe council voted on Monday to rebuild the pier.";
    let a = stdout_json(&newslens(&["analyze", "-", "--offsets", "chars"], text.as_bytes()));
    let r = &a["reference_date"];
    assert_eq!(r["value"], "2016-10-12");
    assert_eq!(r["source"], "inferred");
    assert_eq!(r["span"]["text"], "10/12/2016");
    assert_eq!(r["evidence"][0]["text"], "10/12/2016");
    assert_eq!(
        r["evidence"][0]["start"], 46,
        "offsets in characters: the middle dot is one (47 in bytes)"
    );
    let monday = a["timexes"].as_array().unwrap().iter().find(|t| t["text"] == "Monday").unwrap();
    assert_eq!(monday["value"], "2016-10-10");
    let a = stdout_json(&newslens(
        &["analyze", "-"],
        b"The council voted on Monday to rebuild the pier.",
    ));
    assert!(a["reference_date"].is_null());
}

#[test]
fn analyze_finds_the_example_articles_date_line() {
    let a = stdout_json(&newslens(&["analyze", SEED], b""));
    assert_eq!(a["schema"], 1);
    assert_eq!(a["offsets"], "utf16");
    assert_eq!(a["reference_date"]["value"], "2013-04-16");
    assert_eq!(a["reference_date"]["source"], "text");
    assert_eq!(a["reference_date"]["span"]["text"], "April 16, 2013");
    for key in ["entities", "quotes", "timexes", "timeline"] {
        assert!(a[key].is_array(), "{key}");
    }
}

#[test]
fn every_span_equals_its_slice_in_all_three_units() {
    let seed = std::fs::read_to_string(SEED).unwrap();
    let tricky = "Über 😀 talks in 東京 and Zürich (e\u{301}) 👍🏽\r\nTuesday, March 8, 2011\r\n\u{200B}The minister\u{00A0}said “no.”";
    for text in [seed.as_str(), tricky] {
        for unit in ["utf16", "chars", "utf8"] {
            let a = stdout_json(&newslens(&["analyze", "-", "--offsets", unit], text.as_bytes()));
            assert_eq!(a["offsets"], unit);
            assert!(
                check_spans(&a, text, unit) >= 2,
                "the date line is a span twice (reference date, timex)"
            );
        }
    }
}

#[test]
fn a_given_reference_date_wins() {
    let a = stdout_json(&newslens(
        &["analyze", SEED, "--reference-date", "2014-01-02", "--pretty"],
        b"",
    ));
    assert_eq!(a["reference_date"]["value"], "2014-01-02");
    assert_eq!(a["reference_date"]["source"], "given");
    assert!(a["reference_date"]["span"].is_null());
}

#[test]
fn bad_input_gets_a_clear_message_and_a_failure_exit() {
    let out = newslens(&["analyze", "-"], b"Caf\xC3\xA9 ok, then \xFF bad");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not valid UTF-8") && stderr(&out).contains("byte offset 15"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());

    let out = newslens(&["analyze", "tests/fixtures/no-such-file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cannot read tests/fixtures/no-such-file.txt"),
        "{}",
        stderr(&out)
    );

    let out = newslens(&["analyze", SEED, "--reference-date", "2013-02-30"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));

    let out = newslens(&["analyze", "-"], b"  \n ");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
}

#[test]
fn bad_usage_exits_2_with_usage() {
    for args in [
        &["frobnicate"][..],
        &["analyze", "--offsets", "bytes"],
        &["analyze", "--nope"],
        &[],
        &["analyze", "a", "b"],
    ] {
        let out = newslens(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("usage:"), "{args:?}");
    }
    let out = newslens(&["--version"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("newslens "));
}

#[test]
fn batch_reads_json_lines_keeps_ids_and_order_and_survives_bad_lines() {
    let seed = std::fs::read_to_string(SEED).unwrap();
    let input = format!(
        "{}\n{{not json\n{}\n\n{}\n{}\n",
        serde_json::json!({"id": "seed", "text": seed}),
        serde_json::json!({"id": 7, "text": "Storm 😀 hits\nMay 3, 2021\nIt rained.", "dct": "2021-05-04"}),
        serde_json::json!({"id": "empty", "text": "   "}),
        serde_json::json!({"id": "bad-dct", "text": "x", "dct": "yesterday"}),
    );
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"caf\xE9\"}\n");
    let out = newslens(&["batch", "-"], &bytes);
    assert_eq!(out.status.code(), Some(1), "a failed line makes the exit status 1");
    let lines: Vec<Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6, "one output line per non-blank input line");

    assert_eq!(lines[0]["id"], "seed");
    assert_eq!(lines[0]["offsets"], "chars");
    assert_eq!(lines[0]["reference_date"]["value"], "2013-04-16");
    check_spans(&lines[0], &seed, "chars");

    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["id"].is_null() && lines[1]["error"].as_str().unwrap().contains("JSON"));

    assert_eq!(lines[2]["id"], 7);
    assert_eq!(lines[2]["reference_date"]["value"], "2021-05-04", "dct is the reference date");
    assert_eq!(lines[2]["timexes"][0]["start"], 13, "code points: the emoji counts one");

    assert_eq!((lines[3]["id"].as_str(), lines[3]["line"].as_u64()), (Some("empty"), Some(5)));
    assert!(lines[4]["error"].as_str().unwrap().contains("\"yesterday\""));
    assert!(lines[5]["error"].as_str().unwrap().contains("UTF-8"));

    let err = stderr(&out);
    for needle in
        ["line 2:", "line 5 (id \"empty\")", "line 6 (id \"bad-dct\")", "line 7:", "4 line(s)"]
    {
        assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
    }
}

#[test]
fn batch_on_many_threads_writes_what_one_thread_writes_in_the_same_order() {
    // Articles of very different lengths, so threads finish out of order; bad lines among them.
    let seed = std::fs::read_to_string(SEED).unwrap();
    let mut input = String::new();
    for n in 0..150 {
        let line = match n % 5 {
            0 => serde_json::json!({"id": n, "text": seed}).to_string(),
            1 => format!("{{broken {n}"),
            2 => serde_json::json!({"id": n, "text": format!("On May {}, 2020, Ann Lee said it rained.", n % 28 + 1)}).to_string(),
            3 => serde_json::json!({"id": n, "text": seed[..seed.len() / 3].to_string(), "dct": "2020-01-01"}).to_string(),
            _ => serde_json::json!({"id": n, "text": ""}).to_string(),
        };
        input.push_str(&line);
        input.push('\n');
    }
    let one = newslens(&["batch", "-", "--jobs", "1"], input.as_bytes());
    let many = newslens(&["batch", "-", "--jobs", "4"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(many.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&one.stdout).lines().count(), 150);
    assert!(one.stdout == many.stdout, "the same lines in the same order");
    assert_eq!(one.stderr, many.stderr, "the same messages in the same order");
    let bad = newslens(&["batch", "-", "--jobs", "0"], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--jobs"));
}

#[test]
fn batch_from_a_file_with_utf16_offsets() {
    let dir = std::env::temp_dir().join(format!("newslens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("in.jsonl");
    std::fs::write(&path, "{\"id\":\"a\",\"text\":\"😀\\nApril 16, 2013\"}\r\n").unwrap();
    let out = newslens(&["batch", path.to_str().unwrap(), "--offsets", "utf16"], b"");
    let a = stdout_json(&out);
    assert_eq!(a["reference_date"]["span"]["start"], 3);
    std::fs::remove_dir_all(&dir).ok();
}
