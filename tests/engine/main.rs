//! The engine on short texts written for these tests: each test is one behaviour a reader
//! relies on, filed under the stage of the pipeline whose rules make it come out right
//! (`src/analysis/mod.rs` lists the stages in order). Most tests check what a reader
//! sees, who said what, since that is where a stage's mistake shows.

#[path = "../common/mod.rs"]
mod common;

mod analysis;
mod attribution;
mod entities;
mod quotes;
mod speakers;
