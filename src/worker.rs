//! The analysis as a Web Worker, so that typing and scrolling never wait for it.
//!
//! The page sends each version of the text; the worker answers with its analysis. Texts
//! can only queue up behind a long analysis (the page waits for a pause in typing before
//! it sends one); after such a run the worker waits one turn of its event loop, so that
//! only the newest text of the queue is analyzed and older ones are superseded. Otherwise
//! it answers at once: the wait costs more than a short article's analysis. Messages
//! travel as JSON, which the page reads and writes for its storage anyway.
//!
//! The worker makes the exports too (CSV, Markdown, JSON), with the reader's corrections
//! made to its analysis, so that their code weighs on the worker rather than on the page
//! that must paint first.
//!
//! The engine is built never to panic, but if it does, the wasm instance is lost; a
//! panic hook first tells the page which text failed, so the page can say so, keep the
//! text and offer to start a new worker.

use crate::analysis::{analyze, Analysis};
use crate::corrections::{self, Correction, Reader};
use crate::export::{Export, Made};
use gloo::timers::callback::Timeout;
use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// What the page asks about a version of its text: the analysis, or with `export` set,
/// that export of the analysis. An analysis request is the same on the wire as before
/// exports were asked for.
#[derive(Serialize, Deserialize)]
pub struct Request {
    pub version: u64,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export: Option<ExportRequest>,
}

/// An export of the analysis of the request's text (the text the page's analysis came
/// from), with the reader's `corrections` made to it as the page makes them.
#[derive(Serialize, Deserialize)]
pub struct ExportRequest {
    pub export: Export,
    pub corrections: Vec<Correction>,
}

#[derive(Serialize, Deserialize)]
pub struct Response {
    pub version: u64,
    pub analysis: Analysis,
    /// Time spent analyzing, in milliseconds.
    pub millis: f64,
}

/// What the worker answers: an analysis, word that the analysis of a version failed, or
/// an export made.
#[derive(Serialize, Deserialize)]
pub enum Reply {
    Analyzed(Response),
    Failed { version: u64, message: String },
    Exported { export: Export, made: Made },
}

thread_local! {
    /// Whom to tell, and about which version, if the analysis under way panics.
    static UNDER_WAY: std::cell::RefCell<Option<(WorkerScope<AnalysisWorker>, HandlerId, u64)>> =
        const { std::cell::RefCell::new(None) };
}

/// Before the instance is lost to a panic, tell the page which analysis failed.
fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        UNDER_WAY.with(|under_way| {
            if let Some((scope, id, version)) = under_way.borrow().as_ref() {
                scope.respond(
                    *id,
                    Reply::Failed {
                        version: *version,
                        message: message.clone(),
                    },
                );
            }
        });
    }));
}

/// Messages as JSON strings.
pub struct Json;

// Errors throw a bare message: formatting serde_json's error would link its messages
// into the page, for failures that cannot happen between two halves of one app.
impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let json = serde_json::to_string(&input)
            .unwrap_or_else(|_| wasm_bindgen::throw_str("worker messages serialize"));
        JsValue::from_str(&json)
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        serde_json::from_str(&input.as_string().unwrap_or_default())
            .unwrap_or_else(|_| wasm_bindgen::throw_str("worker messages come from this app"))
    }
}

/// The worker's fine clock; `Date` ticks in whole milliseconds, longer than a short
/// article takes.
fn clock() -> Option<web_sys::Performance> {
    use wasm_bindgen::JsCast;
    js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .ok()
        .and_then(|scope| scope.performance())
}

/// An analysis at least this long may have newer texts queued behind it.
const LONG_RUN_MS: f64 = 50.0;

pub struct AnalysisWorker {
    pending: Option<(HandlerId, Request)>,
    scheduled: bool,
    /// How long the last analysis took.
    last_millis: f64,
    clock: Option<web_sys::Performance>,
    /// The last text analyzed and its analysis, which an export of it reuses.
    last: Option<(String, Analysis)>,
}

impl AnalysisWorker {
    /// Milliseconds on the worker's clock, for timing an analysis.
    fn now(&self) -> f64 {
        self.clock
            .as_ref()
            .map_or_else(js_sys::Date::now, |p| p.now())
    }

    /// The export asked for, made on the analysis the page shows: the engine's analysis
    /// of the text (kept from its last run, or made again: the engine is deterministic)
    /// with the reader's corrections made to it.
    fn export(&mut self, text: String, request: ExportRequest) -> Reply {
        let ExportRequest {
            export,
            corrections,
        } = request;
        if self.last.as_ref().is_none_or(|(last, _)| *last != text) {
            let analysis = analyze(&text);
            self.last = Some((text, analysis));
        }
        let Some((text, engine)) = &self.last else {
            unreachable!("an analysis was just kept");
        };
        let made = if corrections.is_empty() {
            export.make(text, engine, &Reader::default())
        } else {
            let (analysis, reader) = corrections::apply(engine, text, &corrections);
            export.make(text, &analysis, &reader)
        };
        Reply::Exported { export, made }
    }
}

pub enum Tick {
    Run,
}

impl Worker for AnalysisWorker {
    type Message = Tick;
    type Input = Request;
    type Output = Reply;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        report_panics();
        // Load the models now, so the reader's first analysis does not wait for them.
        analyze("Warm up, she said.");
        AnalysisWorker {
            pending: None,
            scheduled: false,
            last_millis: 0.0,
            clock: clock(),
            last: None,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, Tick::Run: Tick) {
        self.scheduled = false;
        if let Some((id, request)) = self.pending.take() {
            let started = self.now();
            UNDER_WAY.with(|u| *u.borrow_mut() = Some((scope.clone(), id, request.version)));
            let analysis = analyze(&request.text);
            UNDER_WAY.with(|u| *u.borrow_mut() = None);
            let millis = self.now() - started;
            self.last_millis = millis;
            self.last = Some((request.text, analysis.clone()));
            scope.respond(
                id,
                Reply::Analyzed(Response {
                    version: request.version,
                    analysis,
                    millis,
                }),
            );
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, mut request: Request, id: HandlerId) {
        // An export is made at once, and does not supersede a text waiting.
        if let Some(export) = request.export.take() {
            return scope.respond(id, self.export(request.text, export));
        }
        // A newer text replaces one still waiting.
        self.pending = Some((id, request));
        if self.scheduled {
            return;
        }
        if self.last_millis < LONG_RUN_MS {
            self.update(scope, Tick::Run);
        } else {
            self.scheduled = true;
            let scope = scope.clone();
            Timeout::new(0, move || scope.send_message(Tick::Run)).forget();
        }
    }
}
