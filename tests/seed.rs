//! The article this project began from, against its hand-checked answer key in
//! `../shared/corpus`.

mod common;

use common::*;
use serde_json::Value;
use whosaid::analysis::{QuoteType, SpeakerKind};
use whosaid::analyze;

/// The seed's answer key, or `None` (and a line saying the test is skipped) in a clone
/// without `../shared` beside it.
fn seed() -> Option<Value> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/seed-us-guarantees-kyiv.json"
    );
    let Ok(json) = std::fs::read_to_string(path) else {
        skipped(&format!(
            "{path} is not there (../shared is not beside this clone)"
        ));
        return None;
    };
    Some(serde_json::from_str(&json).expect("the seed is JSON"))
}

#[test]
fn every_direct_quote_with_its_speaker() {
    let Some(gold) = seed() else { return };
    let text = gold["text"].as_str().unwrap();
    let a = analyze(text);
    assert_offsets(text, &a);
    let speakers: Vec<&Value> = gold["speakers"].as_array().unwrap().iter().collect();
    let direct: Vec<&Value> = gold["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["type"] == "direct")
        .collect();
    assert_eq!(direct.len(), 5);
    for g in direct {
        let want = g["text"].as_str().unwrap();
        let q = quote(&a, want).unwrap_or_else(|| panic!("direct quote not found: {want:?}"));
        assert_eq!(q.kind, QuoteType::Direct, "{want:?}");
        let sp = a.speaker(q.speaker.expect("a speaker")).unwrap();
        let gold_speaker = speakers.iter().find(|s| s["id"] == g["speaker"]).unwrap();
        let aliases: Vec<&str> = gold_speaker["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_lowercase().leak() as &str)
            .collect();
        let names_it = sp
            .mentions
            .iter()
            .any(|m| aliases.contains(&m.text.to_lowercase().as_str()));
        assert!(
            names_it,
            "{want:?}: {} is not {}",
            sp.name, gold_speaker["name"]
        );
    }
}

#[test]
fn both_anonymous_sources_apart_with_the_anonymity_cue() {
    let Some(gold) = seed() else { return };
    let a = analyze(gold["text"].as_str().unwrap());
    let anonymous: Vec<_> = a
        .speakers
        .iter()
        .filter(|s| s.kind == SpeakerKind::Anonymous)
        .collect();
    assert_eq!(anonymous.len(), 2, "{anonymous:?}");
    assert_eq!(anonymous[0].name, "a diplomatic source");
    assert_eq!(
        anonymous[0].anonymity_cue.as_deref(),
        Some("on condition they not be identified in any way")
    );
    assert_eq!(
        anonymous[1].name,
        "Another source with knowledge of the matter"
    );
    let second: Vec<&str> = anonymous[1]
        .mentions
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(
        second,
        [
            "Another source with knowledge of the matter",
            "that source",
            "The second source"
        ]
    );
}

#[test]
fn meloni_is_one_speaker_under_all_her_names() {
    let Some(gold) = seed() else { return };
    let a = analyze(gold["text"].as_str().unwrap());
    let meloni = speaker(&a, "Giorgia Meloni").expect("Meloni speaks");
    assert_eq!(meloni.kind, SpeakerKind::NamedPerson);
    let mentions: Vec<&str> = meloni.mentions.iter().map(|m| m.text.as_str()).collect();
    for alias in [
        "Italy's premier",
        "Italian Prime Minister Giorgia Meloni",
        "Meloni",
        "She",
    ] {
        assert!(
            mentions.contains(&alias),
            "{alias} missing from {mentions:?}"
        );
    }
    assert_eq!(
        a.speakers
            .iter()
            .filter(|s| s.name.contains("Meloni"))
            .count(),
        1
    );
}
