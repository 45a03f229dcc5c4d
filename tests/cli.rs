//! The command-line analyzer as a scorer or a shell user meets it.

use std::io::Write;
use std::process::{Command, Stdio};

fn analyze_cmd() -> Command {
    Command::new(env!("CARGO_BIN_EXE_analyze"))
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("whosaid-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn prints_the_analysis_of_a_file_as_json() {
    let path = temp_file(
        "ok.txt",
        "\"We are ready,\" Ana Ruiz said on Monday.".as_bytes(),
    );
    let out = analyze_cmd().arg(&path).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["quotes"][0]["text"], "We are ready,");
    assert_eq!(json["speakers"][0]["name"], "Ana Ruiz");
    assert_eq!(json["speakers"][0]["kind"], "named_person");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn reads_standard_input_and_pretty_prints() {
    let mut child = analyze_cmd()
        .arg("--pretty")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Ana Ruiz said the plan was sound.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 10, "pretty output spans lines");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["quotes"][0]["type"], "indirect");
}

#[test]
fn non_utf8_input_is_a_one_line_error() {
    let path = temp_file("latin1.txt", b"caf\xe9 said \"oui\"");
    let out = analyze_cmd().arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_file_is_a_one_line_error() {
    let out = analyze_cmd()
        .arg("/nonexistent/article.txt")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("analyze: cannot read /nonexistent/article.txt"),
        "{err}"
    );
}
