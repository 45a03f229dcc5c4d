//! The command-line analyzer over many articles: files, directories and JSON Lines, in
//! input order, with bad records reported and skipped, and the archive's summary.

mod common;

use common::skipped;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use whosaid::archive::Tally;

fn analyze_cmd() -> Command {
    Command::new(env!("CARGO_BIN_EXE_analyze"))
}

/// Runs `analyze` with `args` and `input` on standard input.
fn run(args: &[&str], input: &[u8]) -> Output {
    let mut child = analyze_cmd()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn lines(out: &Output) -> Vec<&str> {
    std::str::from_utf8(&out.stdout).unwrap().lines().collect()
}

/// A fresh empty directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-archive-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The analysis of `text` as one article prints it, without its newline.
fn alone(text: &str) -> String {
    serde_json::to_string(&whosaid::analyze(text)).unwrap()
}

fn jsonl(records: &[(serde_json::Value, &str)]) -> String {
    records
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string() + "\n")
        .collect()
}

const TEXTS: [&str; 4] = [
    "\"We are ready,\" Ana Ruiz said on Monday.",
    "A city official, who asked not to be named, said the budget had doubled.\n\n\
     \"It will pass,\" said the mayor, Ben Ode.",
    "No one said anything here.",
    "",
];

/// A sample of articles: the repository's own, a few made here and, when `../shared` is
/// beside this clone, a dozen BBC articles from its five topics.
fn sample() -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = TEXTS
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("made-{i}.txt"), t.to_string()))
        .collect();
    let own = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample-article.txt");
    texts.push((
        "sample-article.txt".into(),
        std::fs::read_to_string(own).unwrap(),
    ));
    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc");
    if !bbc.is_dir() {
        skipped("its 15 BBC articles: ../shared is not beside this clone");
        return texts;
    }
    for topic in ["business", "entertainment", "politics", "sport", "tech"] {
        for n in ["001", "050", "100"] {
            let path = bbc.join(topic).join(format!("{n}.txt"));
            texts.push((
                format!("{topic}-{n}.txt"),
                std::fs::read_to_string(path).unwrap(),
            ));
        }
    }
    texts
}

#[test]
fn jsonl_gives_the_analyses_of_one_call_per_file() {
    let dir = temp_dir("same");
    let sample = sample();
    let mut records = Vec::new();
    for (name, text) in &sample {
        std::fs::write(dir.join(name), text).unwrap();
        records.push((serde_json::Value::from(name.as_str()), text.as_str()));
    }
    let out = run(&["--jsonl", "--threads", "2"], jsonl(&records).as_bytes());
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let got = lines(&out);
    assert_eq!(got.len(), sample.len());
    for ((name, _), line) in sample.iter().zip(got) {
        let one = analyze_cmd().arg(dir.join(name)).output().unwrap();
        assert!(one.status.success());
        let one = String::from_utf8(one.stdout).unwrap();
        let want = format!("{{\"id\":\"{name}\",\"analysis\":{}}}", one.trim_end());
        assert!(
            line == want,
            "{name}: the record differs from `analyze {name}`"
        );
    }
}

#[test]
fn bad_records_are_reported_and_skipped_and_nothing_else_is_lost() {
    let mut input = Vec::new();
    input.extend(jsonl(&[(1.into(), TEXTS[0])]).as_bytes());
    input.extend(b"not json at all\n");
    input.extend(b"\n");
    input.extend(b"{\"id\": 3}\n");
    input.extend(b"{\"id\": 4, \"text\": 42}\n");
    input.extend(b"{\"id\": 5, \"text\": \"caf\xe9\"}\n");
    input.extend(b"[\"text\"]\n");
    input.extend(jsonl(&[(8.into(), TEXTS[1]), (9.into(), TEXTS[2])]).as_bytes());
    let out = run(&["--jsonl"], &input);
    assert_eq!(out.status.code(), Some(1), "a failed record fails the run");
    let got = lines(&out);
    let want_errors = [
        (2, "null", "not JSON: expected ident at column 2"),
        (4, "3", "no \\\"text\\\" string"),
        (5, "4", "no \\\"text\\\" string"),
        (6, "null", "not UTF-8 text (invalid byte at offset 22)"),
        (7, "null", "not a JSON object"),
    ];
    assert_eq!(got.len(), 8, "one line per record, the blank line is none");
    for (line, (n, id, message)) in got[1..6].iter().zip(want_errors) {
        assert_eq!(
            *line,
            format!("{{\"line\":{n},\"id\":{id},\"error\":\"{message}\"}}")
        );
    }
    assert_eq!(
        got[0],
        format!("{{\"id\":1,\"analysis\":{}}}", alone(TEXTS[0]))
    );
    assert_eq!(
        got[6],
        format!("{{\"id\":8,\"analysis\":{}}}", alone(TEXTS[1]))
    );
    assert_eq!(
        got[7],
        format!("{{\"id\":9,\"analysis\":{}}}", alone(TEXTS[2]))
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("analyze: line 2: not JSON"), "{err}");
    assert!(err.ends_with("analyze: 5 of 8 articles failed\n"), "{err}");
}

#[test]
fn order_is_kept_across_chunks_and_threads() {
    // Articles of very different lengths, more than two chunks of them, so that threads
    // finish out of order.
    let texts: Vec<String> = (0..700)
        .map(|i| {
            let sentence = format!("\"Item {i} is ready,\" Ana Ruiz said. ");
            sentence.repeat(1 + (i * 7919) % 13)
        })
        .collect();
    let records: Vec<(serde_json::Value, &str)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (i.into(), t.as_str()))
        .collect();
    let out = run(&["--jsonl", "--threads", "2"], jsonl(&records).as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    assert_eq!(got.len(), texts.len());
    for (i, (line, text)) in got.iter().zip(&texts).enumerate() {
        assert!(
            *line == format!("{{\"id\":{i},\"analysis\":{}}}", alone(text)),
            "record {i} is out of place"
        );
    }
    assert!(out.stderr.is_empty(), "no progress bar off a terminal");
}

#[test]
fn a_directory_gives_one_record_per_file_in_name_order() {
    let dir = temp_dir("dir");
    std::fs::create_dir(dir.join("b")).unwrap();
    std::fs::write(dir.join("b/2.txt"), TEXTS[1]).unwrap();
    std::fs::write(dir.join("a.txt"), TEXTS[0]).unwrap();
    std::fs::write(dir.join("c.txt"), b"caf\xe9").unwrap();
    std::fs::write(dir.join(".hidden"), "skipped").unwrap();
    let d = dir.to_str().unwrap();
    let out = run(&[d], b"");
    assert_eq!(out.status.code(), Some(1));
    let record =
        |name: &str, text| format!("{{\"file\":\"{d}/{name}\",\"analysis\":{}}}", alone(text));
    assert_eq!(
        lines(&out),
        [
            record("a.txt", TEXTS[0]),
            record("b/2.txt", TEXTS[1]),
            format!("{{\"file\":\"{d}/c.txt\",\"error\":\"not UTF-8 text (invalid byte at offset 3)\"}}"),
        ]
    );
    // Several files: each named as given, a missing one an error record.
    let a = format!("{d}/a.txt");
    let out = run(&[&a, "/nonexistent/x.txt", &a], b"");
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    assert!(got[1].starts_with("{\"file\":\"/nonexistent/x.txt\",\"error\":\"cannot read: "));
    assert_eq!(got[0], got[2]);
}

#[test]
fn exit_status_zero_when_every_article_is_analyzed() {
    let dir = temp_dir("good");
    std::fs::write(dir.join("a.txt"), TEXTS[0]).unwrap();
    std::fs::write(dir.join("b.txt"), TEXTS[1]).unwrap();
    let out = run(&[dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out).len(), 2);
    assert!(out.stderr.is_empty());
    let out = run(&["--jsonl", "/nonexistent/archive.jsonl"], b"");
    assert_eq!(
        out.status.code(),
        Some(2),
        "an archive that cannot be read at all"
    );
}

#[test]
fn one_file_prints_exactly_as_before() {
    let dir = temp_dir("one");
    let path = dir.join("a.txt");
    std::fs::write(&path, TEXTS[1]).unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    assert_eq!(out.stdout, format!("{}\n", alone(TEXTS[1])).into_bytes());
    let out = run(&["--pretty"], TEXTS[1].as_bytes());
    let pretty = serde_json::to_string_pretty(&whosaid::analyze(TEXTS[1])).unwrap();
    assert_eq!(out.stdout, format!("{pretty}\n").into_bytes());
}

#[test]
fn the_summary_adds_up_the_articles() {
    let mut records: Vec<(serde_json::Value, &str)> = TEXTS
        .iter()
        .map(|t| (serde_json::Value::Null, *t))
        .collect();
    records.push((serde_json::Value::Null, TEXTS[1]));
    let mut input = jsonl(&records);
    input.push_str("{\"id\": \"no text\"}\n");
    let mut tally = Tally::default();
    for (_, text) in &records {
        tally.add(Tally::of(&whosaid::analyze(text)));
    }
    tally.add(Tally::failure());
    let want = tally.report(20);

    let out = run(&["--jsonl", "--summary"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json, serde_json::to_value(&want).unwrap());
    assert_eq!(json["articles"], 5);
    assert_eq!(json["failed"], 1);
    assert_eq!(json["most_quoted"][0]["name"], "Ben Ode");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("analyze: line 6: no \"text\" string\n"),
        "{err}"
    );

    let out = run(&["--jsonl", "--summary", "--csv"], input.as_bytes());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), want.to_csv());
}
