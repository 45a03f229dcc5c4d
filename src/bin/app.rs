//! The browser app's entry point; Trunk builds it for `wasm32`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<whosaid::ui::App>::new().render();
}
