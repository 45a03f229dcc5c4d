//! The cluster recipe, `tools/archive/dask_analyze.py`, in Dask's local mode: the same
//! `analyze --jsonl` mapped over partitions of an archive gives what one machine gives.
//!
//! Skipped, with a line saying so, without `../shared` beside this clone or without Dask
//! (`scripts/setup.sh` installs it).

mod common;

use common::skipped;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The BBC articles, if this clone has them and Python has Dask.
fn ready() -> Option<PathBuf> {
    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc");
    if !bbc.is_dir() {
        skipped("../shared is not beside this clone");
        return None;
    }
    let dask = Command::new("python3")
        .args(["-c", "import dask.bag"])
        .output();
    if !dask.is_ok_and(|o| o.status.success()) {
        skipped("no Dask for python3 (scripts/setup.sh installs it)");
        return None;
    }
    Some(bbc)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-dask-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the recipe on `archive` into `dir/out`; its exit code, and the records of every
/// partition in order.
fn dask_analyze(archive: &Path, dir: &Path, options: &[&str]) -> (Option<i32>, Vec<String>) {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/archive/dask_analyze.py");
    let out_dir = dir.join("out");
    let run = Command::new("python3")
        .arg(script)
        .arg(archive)
        .arg(&out_dir)
        .args(["--analyze", env!("CARGO_BIN_EXE_analyze")])
        .args(options)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("articles in"), "{err}");
    let mut parts: Vec<PathBuf> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    parts.sort();
    assert!(parts.len() >= 3, "a few partitions, not one: {err}");
    let records = parts
        .iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            text.lines().map(String::from).collect::<Vec<_>>()
        })
        .collect();
    (run.status.code(), records)
}

/// A dozen BBC articles: (id, text).
fn articles(bbc: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for topic in ["business", "politics", "sport", "tech"] {
        for n in ["002", "020", "200"] {
            let id = format!("{topic}/{n}.txt");
            found.push((id.clone(), std::fs::read_to_string(bbc.join(&id)).unwrap()));
        }
    }
    found
}

#[test]
fn dask_local_mode_gives_the_records_of_one_machine() {
    let Some(bbc) = ready() else { return };
    let dir = temp_dir("jsonl");
    let mut archive = String::new();
    for (i, (id, text)) in articles(&bbc).iter().enumerate() {
        if i == 5 {
            archive.push_str("{\"id\": \"bad\", \"txet\": \"a typo\"}\n");
        }
        archive.push_str(&(serde_json::json!({"id": id, "text": text}).to_string() + "\n"));
    }
    let path = dir.join("archive.jsonl");
    std::fs::write(&path, &archive).unwrap();

    let (code, got) = dask_analyze(&path, &dir, &["--blocksize", "8000"]);
    assert_eq!(code, Some(1), "one record failed");
    let one = Command::new(env!("CARGO_BIN_EXE_analyze"))
        .arg("--jsonl")
        .arg(&path)
        .output()
        .unwrap();
    let want: Vec<&str> = std::str::from_utf8(&one.stdout).unwrap().lines().collect();
    assert_eq!(got.len(), 13);
    assert_eq!(got.len(), want.len());
    for (i, (got, want)) in got.iter().zip(want).enumerate() {
        if i == 5 {
            // The line number counts within the partition.
            assert!(got.starts_with("{\"line\":"), "{got}");
            assert!(got.ends_with(",\"id\":\"bad\",\"error\":\"no \\\"text\\\" string\"}"));
        } else {
            assert!(*got == want, "record {i} differs from analyze --jsonl's");
        }
    }
}

#[test]
fn dask_over_a_directory_of_articles() {
    let Some(bbc) = ready() else { return };
    let dir = temp_dir("dir");
    let archive = dir.join("articles");
    let texts = articles(&bbc);
    for (id, text) in &texts[..6] {
        let path = archive.join(id);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    std::fs::write(archive.join("latin1.txt"), b"caf\xe9").unwrap();

    let (code, got) = dask_analyze(&archive, &dir, &["--files-per-partition", "2"]);
    assert_eq!(code, Some(1), "one file failed");
    assert_eq!(got.len(), 7);
    // Name order, as `analyze DIR` takes them: business/, latin1.txt, politics/.
    let ids = ["business/002.txt", "business/020.txt", "business/200.txt"];
    for (id, got) in ids.iter().zip(&got) {
        let one = Command::new(env!("CARGO_BIN_EXE_analyze"))
            .arg(archive.join(id))
            .output()
            .unwrap();
        let analysis = String::from_utf8(one.stdout).unwrap();
        let want = format!("{{\"id\":\"{id}\",\"analysis\":{}}}", analysis.trim_end());
        assert!(*got == want, "{id} differs from analyze {id}");
    }
    assert_eq!(
        got[3],
        "{\"id\":\"latin1.txt\",\"error\":\"not UTF-8 text (invalid byte at offset 3)\"}"
    );
    assert!(got[4].starts_with("{\"id\":\"politics/002.txt\",\"analysis\":{"));
}
