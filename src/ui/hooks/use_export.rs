//! The analysis leaving the app: as a file to download, or a report on the clipboard.

use crate::export;
use crate::ui::browser;
use crate::ui::components::export_menu::Export;
use crate::ui::state::{Action, Notice, State};
use yew::prelude::*;

#[hook]
pub fn use_export(state: &UseReducerHandle<State>) -> Callback<Export> {
    let dispatcher = state.dispatcher();
    let analysis = state.analysis.clone();
    let reader = state.reader.clone();
    // The text the analysis was made from: its offsets point into it.
    let text = state.analyzed_text.clone();
    Callback::from(move |kind: Export| {
        let stem = export::file_stem(&text);
        let result = match kind {
            Export::Json => browser::download(
                &format!("{stem}.whosaid.json"),
                "application/json",
                &export::to_json(&text, &analysis, &reader),
            ),
            Export::Markdown => browser::download(
                &format!("{stem}.report.md"),
                "text/markdown",
                &export::to_markdown(&text, &analysis, &reader),
            ),
            Export::Csv => browser::download(
                &format!("{stem}.quotes.csv"),
                "text/csv",
                &export::to_csv(&text, &analysis, &reader),
            ),
            Export::CopyReport => {
                let dispatcher = dispatcher.clone();
                browser::copy(export::to_markdown(&text, &analysis, &reader), move |r| {
                    let notice = match r {
                        Ok(()) => Notice::Info("The report is on the clipboard.".into()),
                        Err(e) => Notice::Error(e),
                    };
                    dispatcher.dispatch(Action::Notify(Some(notice)));
                });
                Ok(())
            }
        };
        if let Err(message) = result {
            dispatcher.dispatch(Action::Notify(Some(Notice::Error(message))));
        }
    })
}
