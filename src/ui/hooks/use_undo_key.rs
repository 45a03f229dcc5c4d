//! Ctrl+Z (or Cmd+Z) takes back the reader's last correction, or brings back a text that
//! Clear, Load sample, Open file or a long paste replaced.
//!
//! The text area's own undo cannot: the app set its value. Listening only while there is
//! such a correction or text leaves Ctrl+Z to the text area once the reader edits the new one.

use crate::ui::state::{Action, State};
use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

#[hook]
pub fn use_undo_key(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let armed = state.can_undo();
    use_effect_with(armed, move |&armed| {
        let listener = armed.then(|| {
            let options = EventListenerOptions::enable_prevent_default();
            let document = gloo::utils::document();
            EventListener::new_with_options(&document, "keydown", options, move |e| {
                let e: &web_sys::KeyboardEvent = wasm_bindgen::JsCast::unchecked_ref(e);
                let undo = (e.ctrl_key() || e.meta_key())
                    && !e.shift_key()
                    && e.key().eq_ignore_ascii_case("z");
                if undo {
                    e.prevent_default();
                    dispatcher.dispatch(Action::Undo);
                }
            })
        });
        move || drop(listener)
    });
}
