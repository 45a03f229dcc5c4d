//! The analysis worker's entry point; Trunk builds it for `wasm32` as a Web Worker.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::worker::Registrable;
        whosaid::worker::AnalysisWorker::registrar()
            .encoding::<whosaid::worker::Json>()
            .register();
    }
}
