//! whosaid: who said what in a news article.
//!
//! The [`analysis`] engine is plain Rust and runs anywhere; the [`ui`] module is the Yew
//! app that renders its results in the browser, and exists only for `wasm32`.

pub mod analysis;
pub mod export;
pub mod import;
pub mod layout;
pub mod summary;
#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use analysis::{analyze, Analysis};
