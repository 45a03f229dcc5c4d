//! Opening a file the reader picked or dropped: read in the background, then made text.

use crate::import;
use crate::ui::browser;
use crate::ui::state::{Action, Notice, State};
use gloo::file::callbacks::FileReader;
use yew::prelude::*;

/// A callback that reads a file into the article, or says in plain words why it could not.
#[hook]
pub fn use_open_file(state: &UseReducerHandle<State>) -> Callback<web_sys::File> {
    let dispatcher = state.dispatcher();
    // The read in progress; dropping it would cancel it.
    let reader = use_mut_ref(|| None::<FileReader>);
    // A refused file never touches the article; the message says so when there is one.
    let kept = if state.text.trim().is_empty() {
        ""
    } else {
        " Your article is unchanged."
    };
    Callback::from(move |file: web_sys::File| {
        let name = file.name();
        let dispatcher = dispatcher.clone();
        let file = gloo::file::File::from(file);
        let task = gloo::file::callbacks::read_as_bytes(&file, move |result| {
            let outcome = result
                .map_err(|_| format!("{name} could not be read.{kept}"))
                .and_then(|bytes| {
                    import::open(&name, &bytes, browser::html_to_text)
                        .map_err(|e| format!("{name} could not be opened: {e}{kept}"))
                });
            match outcome {
                Ok(opened) => dispatcher.dispatch(Action::Replace {
                    text: opened.text,
                    message: format!("{name} replaced your text."),
                    note: opened.note,
                    corrections: opened.corrections,
                }),
                Err(message) => dispatcher.dispatch(Action::Notify(Some(Notice::Error(message)))),
            }
        });
        *reader.borrow_mut() = Some(task);
    })
}
