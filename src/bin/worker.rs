//! The analysis worker's entry point; Trunk builds it for `wasm32` as a Web Worker.

// Talc, not the default dlmalloc: it makes both bundles about 9 KB smaller (gzipped)
// and allocates no slower here (bench/browser.mjs).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::worker::Registrable;
        whosaid::worker::AnalysisWorker::registrar()
            .encoding::<whosaid::worker::Json>()
            .register();
    }
}
