//! `newslens`: the command-line face of the library. Argument parsing, reading and writing;
//! every bit of analysis is [`newslens::analyze`].

mod cli;

use std::io::{self, Read, Write};
use std::process::ExitCode;

use newslens::{analyze, parse_date, Error, Offsets, Options};
use serde::Serialize;

const USAGE: &str = "\
newslens — who is in a news article, what they said, and when things happen

usage:
  newslens analyze [FILE|-] [--reference-date YYYY-MM-DD] [--offsets utf16|chars|utf8] [--pretty]
      Analyse one article (a UTF-8 text file, or standard input) and print the analysis as JSON.
      Offsets default to utf16 (JavaScript string indices).
  newslens batch [FILE|-] [--offsets utf16|chars|utf8] [--jobs N]
      Read JSON Lines {\"id\", \"text\", \"dct\"?} and print one analysis per line, with its id.
      \"dct\" (YYYY-MM-DD) is the reference date. Offsets default to chars (code points).
      A bad line is reported on standard error and as {\"id\", \"line\", \"error\"}; the others go on.
      Uses every core (--jobs N to choose); output is in input order; shows progress on a terminal.
  newslens eval GOLD.jsonl [--json]
      Analyse every text of a gold file (JSON Lines {\"id\", \"text\", \"dct\", \"entities\",
      \"timexes\", \"quotes\"}, offsets in code points; the README describes it), with its \"dct\"
      as the reference date, and print precision, recall and F1 per layer.
  newslens --version
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Failure::Usage(msg)) => {
            eprintln!("newslens: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            eprintln!("newslens: {msg}");
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    /// The command line is wrong.
    Usage(String),
    /// The input is unreadable or unusable.
    Input(String),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Input(e.to_string())
    }
}

/// The parsed command line.
struct Command {
    name: String,
    input: String,
    reference_date: Option<String>,
    offsets: Option<Offsets>,
    pretty: bool,
    json: bool,
    jobs: Option<usize>,
}

fn run(args: &[String]) -> Result<ExitCode, Failure> {
    let cmd = parse_args(args)?;
    match cmd.name.as_str() {
        "analyze" => {
            let options = Options {
                reference_date: cmd.reference_date.as_deref().map(parse_date).transpose()?,
                offsets: cmd.offsets.unwrap_or(Offsets::Utf16),
            };
            let bytes = read_input(&cmd.input)?;
            let text = utf8(&bytes).map_err(Failure::Input)?;
            let analysis = analyze(text, &options)?;
            print_json(&analysis, cmd.pretty)?;
            Ok(ExitCode::SUCCESS)
        }
        "batch" => {
            if cmd.reference_date.is_some() {
                return Err(Failure::Usage(
                    "batch takes each line's reference date from its \"dct\"".into(),
                ));
            }
            let bytes = read_input(&cmd.input)?;
            let jobs = cmd.jobs.unwrap_or_else(cli::batch::default_jobs);
            let failed =
                cli::batch::run(&bytes, cmd.offsets.unwrap_or(Offsets::Chars), cmd.pretty, jobs)
                    .map_err(|e| Failure::Input(format!("cannot write the output: {e}")))?;
            if failed > 0 {
                eprintln!("newslens: {failed} line(s) could not be analysed; the others were");
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
        "eval" => {
            let bytes = read_input(&cmd.input)?;
            let gold = newslens::eval::read_gold(utf8(&bytes).map_err(Failure::Input)?)
                .map_err(Failure::Input)?;
            let report = newslens::eval::evaluate(&gold).map_err(Failure::Input)?;
            if cmd.json {
                print_json(&report, cmd.pretty)?;
            } else {
                print!("{report}");
            }
            Ok(ExitCode::SUCCESS)
        }
        _ => unreachable!("parse_args accepts only known commands"),
    }
}

fn parse_args(args: &[String]) -> Result<Command, Failure> {
    let mut it = args.iter();
    let name = match it.next().map(String::as_str) {
        Some("--version" | "-V") => {
            println!("newslens {}", newslens::VERSION);
            std::process::exit(0);
        }
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            std::process::exit(0);
        }
        Some(c @ ("analyze" | "batch" | "eval")) => c.to_string(),
        Some(other) => return Err(Failure::Usage(format!("unknown command {other:?}"))),
        None => return Err(Failure::Usage("no command given".into())),
    };
    let mut cmd = Command {
        name,
        input: "-".into(),
        reference_date: None,
        offsets: None,
        pretty: false,
        json: false,
        jobs: None,
    };
    let mut input = None;
    while let Some(arg) = it.next() {
        let mut value = |flag: &str| {
            it.next().cloned().ok_or_else(|| Failure::Usage(format!("{flag} needs a value")))
        };
        match arg.as_str() {
            "--reference-date" => cmd.reference_date = Some(value(arg)?),
            "--offsets" => {
                let v = value(arg)?;
                cmd.offsets = Some(
                    Offsets::parse(&v)
                        .ok_or_else(|| Failure::Usage(Error::BadOffsets(v).to_string()))?,
                );
            }
            "--jobs" => {
                let v = value(arg)?;
                cmd.jobs = Some(v.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                    Failure::Usage(format!("--jobs needs a number of threads above 0, not {v:?}"))
                })?);
            }
            "--pretty" => cmd.pretty = true,
            "--json" => cmd.json = true,
            flag if flag.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option {flag:?}")))
            }
            path if input.is_none() => input = Some(path.to_string()),
            extra => {
                return Err(Failure::Usage(format!(
                    "one input at a time: {extra:?} is one too many"
                )))
            }
        }
    }
    cmd.input = input.unwrap_or_else(|| "-".into());
    Ok(cmd)
}

/// The bytes of `path`, or of standard input for `-`.
fn read_input(path: &str) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Input(format!("cannot read standard input: {e}")))?;
    } else {
        bytes =
            std::fs::read(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?;
    }
    Ok(bytes)
}

/// `bytes` as text, or a message saying at which byte it stops being UTF-8.
fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        format!(
            "the input is not valid UTF-8: bad byte 0x{:02X} at byte offset {at} (line {line}); \
             save it as UTF-8 and try again",
            bytes[at]
        )
    })
}

fn print_json<T: Serialize>(value: &T, pretty: bool) -> Result<(), Failure> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = if pretty {
        serde_json::to_writer_pretty(&mut out, value)
    } else {
        serde_json::to_writer(&mut out, value)
    };
    written.map_err(|e| Failure::Input(format!("cannot write the output: {e}")))?;
    writeln!(out)
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Input(format!("cannot write the output: {e}")))
}
