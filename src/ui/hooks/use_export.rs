//! The analysis leaving the app: as a file to download, or a report on the clipboard.
//!
//! The analysis worker makes each export (`crate::worker`); the page only asks for it and
//! hands the reader what comes back.

use crate::export::{Export, Made};
use crate::ui::browser;
use crate::ui::state::{Action, Notice, State};
use crate::worker::{AnalysisWorker, ExportRequest, Request};
use gloo::worker::WorkerBridge;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_export(
    state: &UseReducerHandle<State>,
    worker: Rc<WorkerBridge<AnalysisWorker>>,
) -> Callback<Export> {
    // The text the analysis was made from: the corrections are made to its analysis.
    let text = state.analyzed_text.clone();
    let corrections = state.corrections.clone();
    Callback::from(move |export: Export| {
        worker.send(Request {
            // Exports are not versions of the text; the worker answers them at once.
            version: 0,
            text: text.to_string(),
            export: Some(ExportRequest {
                export,
                corrections: corrections.to_vec(),
            }),
        })
    })
}

/// Hands the reader an export the worker made: a download, or the report copied.
pub fn deliver(export: Export, made: Made, dispatcher: &UseReducerDispatcher<State>) {
    let result = match export {
        Export::CopyReport => {
            let dispatcher = dispatcher.clone();
            browser::copy(made.body, move |r| {
                let notice = match r {
                    Ok(()) => Notice::Info("The report is on the clipboard.".into()),
                    Err(e) => Notice::Error(e),
                };
                dispatcher.dispatch(Action::Notify(Some(notice)));
            });
            Ok(())
        }
        _ => browser::download(&made.name, &made.mime, &made.body),
    };
    if let Err(message) = result {
        dispatcher.dispatch(Action::Notify(Some(Notice::Error(message))));
    }
}
