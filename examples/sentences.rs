//! Prints the paragraphs and sentences newslens finds in a file, one sentence a line:
//! `cargo run --example sentences -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: sentences FILE");
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    let doc = newslens::text::Document::new(&text);
    for p in &doc.paragraphs {
        for s in &doc.sentences[p.sentences.clone()] {
            println!("{}", doc.slice(s.start, s.end));
        }
        println!();
    }
}
