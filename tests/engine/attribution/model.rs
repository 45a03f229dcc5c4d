//! The shipped attribution model is what `tools/attribution/train.sh` writes: its SHA-256
//! is recorded beside the script, so weights edited by hand or left from another run of
//! the engine's features fail here rather than go unnoticed.

use sha2::{Digest, Sha256};

#[test]
fn shipped_attribution_model_is_the_one_the_training_script_wrote() {
    let root = env!("CARGO_MANIFEST_DIR");
    let model = std::fs::read(format!("{root}/assets/attribution.model")).unwrap();
    let recorded =
        std::fs::read_to_string(format!("{root}/tools/attribution/MODEL.sha256")).unwrap();
    let digest: String = Sha256::digest(&model)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        digest,
        recorded.trim(),
        "retrain with tools/attribution/train.sh"
    );
}

#[test]
fn shipped_attribution_model_tags_reported_speech() {
    // Reported speech is the model's to find (the rules keep quotes), so a placeholder
    // model, whose hash a careless run could record, leaves this sentence unattributed.
    let doc = whosaid::analysis::analyze(
        "The mayor said on Tuesday that the bridge would reopen next month after repairs.",
    );
    assert!(
        doc.quotes
            .iter()
            .any(|q| q.text.contains("the bridge would reopen")),
        "{:?}",
        doc.quotes
    );
}
