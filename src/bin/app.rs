//! The browser app's entry point; Trunk builds it for `wasm32`.

// Talc, not the default dlmalloc: it makes both bundles about 9 KB smaller (gzipped)
// and allocates no slower here (bench/browser.mjs).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<whosaid::ui::App>::new().render();
}
