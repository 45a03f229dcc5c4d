//! A message for the reader: what happened, in plain words, and a way to dismiss it.

use crate::ui::state::Notice;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long the offer to undo a replaced text stays (Ctrl+Z works until the next edit).
const UNDO_OFFER_MS: u32 = 15_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notice: Option<Notice>,
    pub on_dismiss: Callback<()>,
    /// Starts the analysis again, for a notice that it stopped.
    pub on_retry: Callback<()>,
    /// Brings back the replaced text, for a notice that it was replaced.
    pub on_undo: Callback<()>,
}

#[function_component(NoticeBar)]
pub fn notice_bar(props: &Props) -> Html {
    let undo_offered = matches!(props.notice, Some(Notice::Undo(_))).then(|| props.notice.clone());
    let on_dismiss = props.on_dismiss.clone();
    use_effect_with(undo_offered, move |offered| {
        let timer = offered
            .is_some()
            .then(|| Timeout::new(UNDO_OFFER_MS, move || on_dismiss.emit(())));
        move || drop(timer)
    });
    let Some(notice) = &props.notice else {
        return html! { <div class="notice-slot" role="status" aria-live="polite"></div> };
    };
    let (class, role, text) = match notice {
        Notice::Info(t) | Notice::Undo(t) => ("notice info", "status", t),
        Notice::Error(t) | Notice::Stopped(t) => ("notice error", "alert", t),
    };
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    let action = match notice {
        Notice::Stopped(_) => Some(("Try again", &props.on_retry)),
        Notice::Undo(_) => Some(("Undo", &props.on_undo)),
        _ => None,
    };
    let action = action.map(|(label, callback)| {
        let onclick = callback.reform(|_: MouseEvent| ());
        html! { <button class="action" {onclick}>{ label }</button> }
    });
    html! {
        <div class="notice-slot">
            <div {class} {role}>
                <p>{ text }</p>
                { for action }
                <button class="dismiss" aria-label="Dismiss message" {onclick}>{ "×" }</button>
            </div>
        </div>
    }
}
