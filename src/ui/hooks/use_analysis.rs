//! Keeps the analysis in step with the text, through the analysis worker.

use crate::ui::state::{Action, State};
use crate::worker::{AnalysisWorker, Json, Request};
use gloo::timers::callback::Timeout;
use gloo::worker::Spawnable;
use std::rc::Rc;
use yew::prelude::*;

/// Typing pauses this long before the analysis follows; a paste is analyzed at once.
const DEBOUNCE_MS: u32 = 200;

/// Where Trunk writes the worker's loader (see index.html), relative to the page.
const WORKER: &str = "./worker_loader.js";

#[hook]
pub fn use_analysis(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let bridge = use_memo((), move |_| {
        let mut spawner = AnalysisWorker::spawner();
        spawner.callback(move |response| {
            dispatcher.dispatch(Action::Analyzed {
                version: response.version,
                analysis: Rc::new(response.analysis),
                millis: response.millis,
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
    use_effect_with(
        (state.version, state.text.clone()),
        move |(version, text)| {
            let request = Request {
                version: *version,
                text: text.to_string(),
            };
            let delay = if immediate { 0 } else { DEBOUNCE_MS };
            let timeout = Timeout::new(delay, move || bridge.send(request));
            move || drop(timeout)
        },
    );
}
