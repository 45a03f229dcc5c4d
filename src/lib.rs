//! whosaid: who said what in a news article.
//!
//! The [`analysis`] engine is plain Rust and runs anywhere, as do the modules that turn its
//! results into highlights ([`layout`]), reports ([`export`], [`summary`]) and that read
//! what readers paste ([`import`]). Of the Yew app ([`ui`]), only its state and reducer
//! build natively, so that their tests run without a browser; the rest of it and the Web
//! Worker that runs the engine in the browser (`worker`) exist only for `wasm32`; the
//! counts of a whole archive ([`archive`]), for the command-line analyzer, only outside it.

pub mod analysis;
#[cfg(not(target_arch = "wasm32"))]
pub mod archive;
pub mod corrections;
pub mod export;
pub mod import;
pub mod layout;
pub mod summary;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;

pub use analysis::{analyze, Analysis};

// Talc, not the default dlmalloc, for both browser bundles (app and worker): it makes each
// smaller (about 9 KB gzipped in all) and allocates no slower here (bench/browser.mjs).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
