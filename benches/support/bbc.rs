//! The BBC news articles of `../shared/data/bbc` in path order: the workload of the native
//! benchmarks (`benches/pipeline.rs`) and of `examples/bbc_steady.rs`.

/// Every article, read as UTF-8 (lossily: a few hold stray Latin-1 bytes).
pub fn articles() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/bbc");
    let mut paths = Vec::new();
    for topic in std::fs::read_dir(root).unwrap_or_else(|e| panic!("cannot read {root}: {e}")) {
        let topic = topic.unwrap().path();
        if topic.is_dir() {
            paths.extend(std::fs::read_dir(topic).unwrap().map(|f| f.unwrap().path()));
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|p| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned())
        .collect()
}
