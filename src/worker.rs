//! The analysis as a Web Worker, so that typing and scrolling never wait for it.
//!
//! The page sends each version of the text; the worker answers with its analysis. A burst
//! of edits is coalesced: the worker waits one turn of its event loop before analyzing, so
//! that only the newest text of a burst is analyzed and older ones are superseded. Messages
//! travel as JSON, which the app needs for its exports anyway.

use crate::analysis::{analyze, Analysis};
use gloo::timers::callback::Timeout;
use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

#[derive(Serialize, Deserialize)]
pub struct Request {
    pub version: u64,
    pub text: String,
}

#[derive(Serialize, Deserialize)]
pub struct Response {
    pub version: u64,
    pub analysis: Analysis,
    /// Time spent analyzing, in milliseconds.
    pub millis: f64,
}

/// Messages as JSON strings.
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        JsValue::from_str(&serde_json::to_string(&input).expect("worker messages serialize"))
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        serde_json::from_str(&input.as_string().unwrap_or_default())
            .expect("worker messages come from this app")
    }
}

/// Milliseconds on the worker's fine clock; `Date` ticks in whole milliseconds, longer
/// than a short article takes.
fn now() -> f64 {
    use wasm_bindgen::JsCast;
    js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .ok()
        .and_then(|scope| scope.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

pub struct AnalysisWorker {
    pending: Option<(HandlerId, Request)>,
    scheduled: bool,
}

pub enum Tick {
    Run,
}

impl Worker for AnalysisWorker {
    type Message = Tick;
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        // Load the models now, so the reader's first analysis does not wait for them.
        analyze("Warm up, she said.");
        AnalysisWorker {
            pending: None,
            scheduled: false,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, Tick::Run: Tick) {
        self.scheduled = false;
        if let Some((id, request)) = self.pending.take() {
            let started = now();
            let analysis = analyze(&request.text);
            let millis = now() - started;
            scope.respond(
                id,
                Response {
                    version: request.version,
                    analysis,
                    millis,
                },
            );
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        // A newer text replaces one still waiting.
        self.pending = Some((id, request));
        if !self.scheduled {
            self.scheduled = true;
            let scope = scope.clone();
            Timeout::new(0, move || scope.send_message(Tick::Run)).forget();
        }
    }
}
