//! Keeps the analysis in step with the text, through the analysis worker.
//!
//! If the worker answers that an analysis failed, or does not answer in time (its script
//! or its wasm could not load), the page says so and keeps the text; trying again starts
//! a new worker.

use super::use_export::deliver;
use crate::ui::state::{Action, State};
use crate::worker::{AnalysisWorker, Json, Reply, Request};
use gloo::timers::callback::Timeout;
use gloo::worker::{Spawnable, WorkerBridge};
use std::rc::Rc;
use yew::prelude::*;

/// Typing pauses this long before the analysis follows; a paste is analyzed at once.
const DEBOUNCE_MS: u32 = 200;

/// Where Trunk writes the worker's loader (see index.html), relative to the page.
const WORKER: &str = "./worker_loader.js";

/// How long the worker may take before the page says the analysis stopped: ten seconds,
/// and two more per megabyte, about ten times what a slow phone needs.
fn deadline_ms(bytes: usize) -> u32 {
    10_000 + u32::try_from(bytes / 500).unwrap_or(u32::MAX / 2)
}

/// Returns the worker, which the page asks for exports too.
#[hook]
pub fn use_analysis(state: &UseReducerHandle<State>) -> Rc<WorkerBridge<AnalysisWorker>> {
    let dispatcher = state.dispatcher();
    // A new worker for each `state.worker`: one that failed is not asked again.
    let bridge = use_memo(state.worker, move |_| {
        let mut spawner = AnalysisWorker::spawner();
        spawner.callback(move |reply| {
            dispatcher.dispatch(match reply {
                Reply::Analyzed(r) => Action::Analyzed {
                    version: r.version,
                    analysis: Rc::new(r.analysis),
                    millis: r.millis,
                },
                Reply::Failed { version, .. } => Action::Stopped {
                    version,
                    message: "The analysis of this text failed. Your text is kept; you can \
                              try again, or change the text."
                        .to_string(),
                },
                Reply::Exported { export, made } => return deliver(export, made, &dispatcher),
            })
        });
        // Trunk builds workers as classic scripts (wasm-bindgen's no-modules target).
        spawner
            .encoding::<Json>()
            .with_loader(true)
            .as_module(false)
            .spawn(WORKER)
    });
    let immediate = state.read_when_ready;
    let worker = bridge.clone();
    use_effect_with(
        (state.version, state.text.clone(), state.worker),
        move |(version, text, _)| {
            let request = Request {
                version: *version,
                text: text.to_string(),
                export: None,
            };
            let delay = if immediate { 0 } else { DEBOUNCE_MS };
            let timeout = Timeout::new(delay, move || bridge.send(request));
            move || drop(timeout)
        },
    );
    let dispatcher = state.dispatcher();
    let waiting = state.is_stale() && !state.has_stopped();
    use_effect_with(
        (state.version, waiting, state.text.len()),
        move |&(version, waiting, bytes)| {
            let watchdog = waiting.then(|| {
                Timeout::new(deadline_ms(bytes), move || {
                    dispatcher.dispatch(Action::Stopped {
                        version,
                        message: "The analysis did not answer: its part of the page may \
                                  not have loaded. Your text is kept; you can try again."
                            .to_string(),
                    })
                })
            });
            move || drop(watchdog)
        },
    );
    worker
}
