//! The analyzer with the attribution model that did not see the text: for the
//! cross-validated measures of `tools/attribution/train.sh`.
//!
//!   attr_analyze DIR FOLDS TEXT.txt
//!
//! The text's fold is the FNV-1a hash of its bytes modulo FOLDS, as
//! `tools/attribution/train.py` assigns folds; `DIR/fold<k>.model` is the model trained
//! on every other fold. Prints the analysis as `analyze` does.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, folds, path] = &args[..] else {
        eprintln!("usage: attr_analyze DIR FOLDS TEXT.txt");
        std::process::exit(2);
    };
    let folds: u64 = folds.parse().expect("FOLDS is a number");
    let text = std::fs::read_to_string(path).expect("a UTF-8 text");
    let hash = text.bytes().fold(0xCBF2_9CE4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3)
    });
    let file = format!("{dir}/fold{}.model", hash % folds);
    let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let model = whosaid::analysis::attribution::model::Model::parse(&bytes).expect("a model");
    let analysis = whosaid::analysis::analyze_with(&text, &model);
    println!("{}", serde_json::to_string(&analysis).expect("JSON"));
}
