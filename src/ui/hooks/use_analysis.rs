//! Keeps the analysis in step with the text, through the analysis worker.
//!
//! Typing waits for a pause before its text is analyzed; a whole new text (pasted, opened,
//! restored, or any large change that arrives in one input event, such as a drop or a
//! script filling the text area) is sent at once, from the render that takes it in. The
//! worker's messages wait in the bridge until its wasm has loaded, so the page takes a text
//! before the engine has arrived and the analysis starts when it does.
//!
//! If the worker answers that an analysis failed, or does not answer in time (its script
//! or its wasm could not load), the page says so and keeps the text; trying again starts
//! a new worker.

use super::use_export::deliver;
use crate::ui::edits::changed_bytes;
use crate::ui::state::{Action, State};
use crate::worker::{AnalysisWorker, Json, Reply, Request};
use gloo::timers::callback::Timeout;
use gloo::worker::{Spawnable, WorkerBridge};
use std::rc::Rc;
use yew::prelude::*;

/// Typing pauses this long before the analysis follows.
const DEBOUNCE_MS: u32 = 200;

/// A change of at least this many bytes in one step is a new text, not typing: analyzed at
/// once. A key, a word put right or a short paste changes far less.
const LARGE_CHANGE: usize = 1_000;

/// Where Trunk writes the worker's loader (see index.html), relative to the page.
const WORKER: &str = "./worker_loader.js";

/// How long the worker may take before the page says the analysis stopped: ten seconds,
/// and two more per megabyte, about ten times what a slow phone needs.
fn deadline_ms(bytes: usize) -> u32 {
    10_000 + u32::try_from(bytes / 500).unwrap_or(u32::MAX / 2)
}

/// The worker, and the page's handling of its replies.
fn spawn(dispatcher: UseReducerDispatcher<State>) -> WorkerBridge<AnalysisWorker> {
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
}

/// Returns the worker, which the page asks for exports too.
#[hook]
pub fn use_analysis(state: &UseReducerHandle<State>) -> Rc<WorkerBridge<AnalysisWorker>> {
    let dispatcher = state.dispatcher();
    // A new worker for each `state.worker`: one that failed is not asked again.
    let bridge = use_memo(state.worker, move |_| spawn(dispatcher));
    let worker = bridge.clone();
    let read_now = state.read_when_ready;
    // The text and worker of the version before, to tell typing from a new text.
    let previous = use_mut_ref(|| (Rc::<str>::from(""), u32::MAX));
    use_effect_with(
        (state.version, state.text.clone(), state.worker),
        move |(version, text, worker)| {
            let (old, old_worker) =
                std::mem::replace(&mut *previous.borrow_mut(), (text.clone(), *worker));
            let typing =
                !read_now && old_worker == *worker && changed_bytes(&old, text) < LARGE_CHANGE;
            let (version, text) = (*version, text.clone());
            let send = move || {
                bridge.send(Request {
                    version,
                    text: text.to_string(),
                    export: None,
                })
            };
            let timeout = if typing {
                Some(Timeout::new(DEBOUNCE_MS, send))
            } else {
                send();
                None
            };
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
