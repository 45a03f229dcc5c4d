//! Escape lets go of the quote and speaker the reader picked, hovers or sees alone.

use crate::ui::state::{Action, State};
use gloo::events::EventListener;
use yew::prelude::*;

#[hook]
pub fn use_escape(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::document(), "keydown", move |e| {
            let e: &web_sys::KeyboardEvent = wasm_bindgen::JsCast::unchecked_ref(e);
            if e.key() == "Escape" {
                dispatcher.dispatch(Action::ClearSelection);
            }
        });
        move || drop(listener)
    });
}
