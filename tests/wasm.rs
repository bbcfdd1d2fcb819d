//! The wasm bindings, run in headless Chromium (`scripts/test-wasm.sh`).
//! Plain `#[test]`s do not run on wasm32; these are `#[wasm_bindgen_test]`s.
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Reflect};
use newslens::analysis::Analysis;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("fixtures/seed_article.txt");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v)).unwrap();
    }
    o.into()
}

fn message(e: JsValue) -> String {
    e.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default()
}

#[wasm_bindgen_test]
fn analyzes_the_example_into_a_plain_object_with_nulls() {
    let v = newslens::wasm::analyze(SEED, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&v, "schema").as_f64(), Some(1.0));
    assert_eq!(get(&v, "offsets").as_string().as_deref(), Some("utf16"));
    let reference = get(&v, "reference_date");
    assert_eq!(get(&reference, "value").as_string().as_deref(), Some("2013-04-16"));
    assert_eq!(get(&reference, "source").as_string().as_deref(), Some("text"));
    let timex = Reflect::get_u32(&get(&v, "timexes"), 0).unwrap();
    assert!(get(&timex, "mod").is_null(), "None is null, not undefined");
    // The whole object reads back as the Rust type.
    let analysis: Analysis = serde_wasm_bindgen::from_value(v).unwrap();
    assert!(analysis.timexes.iter().any(|t| t.text == "April 16, 2013" && t.value == "2013-04-16"));
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_javascript_strings_exactly() {
    let text = "😀👍🏽 東京 e\u{301}\nApril 16, 2013\nTalks end.";
    let v = newslens::wasm::analyze(text, JsValue::NULL).unwrap();
    let span = get(&get(&v, "reference_date"), "span");
    let (start, end) =
        (get(&span, "start").as_f64().unwrap() as u32, get(&span, "end").as_f64().unwrap() as u32);
    assert_eq!(String::from(JsString::from(text).slice(start, end)), "April 16, 2013");
}

#[wasm_bindgen_test]
fn options_are_read() {
    let v = newslens::wasm::analyze(
        SEED,
        options(&[("referenceDate", "2020-02-29"), ("offsets", "chars")]),
    )
    .unwrap();
    assert_eq!(get(&v, "offsets").as_string().as_deref(), Some("chars"));
    let reference = get(&v, "reference_date");
    assert_eq!(get(&reference, "value").as_string().as_deref(), Some("2020-02-29"));
    assert_eq!(get(&reference, "source").as_string().as_deref(), Some("given"));
}

#[wasm_bindgen_test]
fn errors_are_exceptions_with_messages() {
    let e = newslens::wasm::analyze("   ", JsValue::UNDEFINED).unwrap_err();
    assert!(message(e.into()).contains("empty"));
    let e = newslens::wasm::analyze(SEED, options(&[("referenceDate", "2013-02-30")])).unwrap_err();
    assert!(message(e.into()).contains("YYYY-MM-DD"));
    let e = newslens::wasm::analyze(SEED, options(&[("offsets", "bytes")])).unwrap_err();
    assert!(message(e.into()).contains("bad options"));
    let e = newslens::wasm::analyze(SEED, options(&[("referenceDay", "2013-04-16")])).unwrap_err();
    assert!(message(e.into()).contains("referenceDay"));
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(newslens::wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn analyze_json_is_the_same_analysis_as_text() {
    let json = newslens::wasm::analyze_json(SEED, options(&[("offsets", "chars")])).unwrap();
    let from_json: Analysis = serde_json::from_str(&json).unwrap();
    let object: Analysis = serde_wasm_bindgen::from_value(
        newslens::wasm::analyze(SEED, options(&[("offsets", "chars")])).unwrap(),
    )
    .unwrap();
    assert_eq!(serde_json::to_string(&from_json).unwrap(), serde_json::to_string(&object).unwrap());
    assert_eq!(from_json.offsets, newslens::Offsets::Chars);
    let e = newslens::wasm::analyze_json("", JsValue::UNDEFINED).unwrap_err();
    assert!(message(e.into()).contains("empty"));
}
