//! Arbitrary bytes as text: valid UTF-8 as it is, anything else with its invalid bytes
//! replaced (as the page and the CLI would refuse them, the core only ever sees `&str`).
//! Every analysis must keep every promise of `newslens::analysis::invariants::check`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(broken) = newslens::analysis::invariants::check(&text) {
        panic!("{broken}\nin {text:?}");
    }
});
