//! Saves the reader's text, its corrections and the settings in the browser, so that a
//! reload loses nothing.

use crate::ui::browser;
use crate::ui::state::{Action, Notice, State};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Saving waits for a pause in typing: long texts are slow to store.
const SAVE_DELAY_MS: u32 = 500;

#[hook]
pub fn use_persistence(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with(
        (state.text.clone(), state.corrections.clone()),
        move |(text, corrections)| {
            let (text, corrections) = (text.clone(), corrections.clone());
            let timeout = Timeout::new(SAVE_DELAY_MS, move || {
                if let Err(message) = browser::save_text(&text, &corrections) {
                    dispatcher.dispatch(Action::Notify(Some(Notice::Error(message))));
                }
            });
            move || drop(timeout)
        },
    );
    use_effect_with(state.settings.clone(), |settings| {
        browser::save_settings(settings)
    });
}
