//! A message for the reader: what happened, in plain words, and a way to dismiss it.

use crate::ui::state::Notice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notice: Option<Notice>,
    pub on_dismiss: Callback<()>,
    /// Starts the analysis again, for a notice that it stopped.
    pub on_retry: Callback<()>,
}

#[function_component(NoticeBar)]
pub fn notice_bar(props: &Props) -> Html {
    let Some(notice) = &props.notice else {
        return html! { <div class="notice-slot" role="status" aria-live="polite"></div> };
    };
    let (class, role, text) = match notice {
        Notice::Info(t) => ("notice info", "status", t),
        Notice::Error(t) | Notice::Stopped(t) => ("notice error", "alert", t),
    };
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    let retry = matches!(notice, Notice::Stopped(_)).then(|| {
        let onclick = props.on_retry.reform(|_: MouseEvent| ());
        html! { <button class="action" {onclick}>{ "Try again" }</button> }
    });
    html! {
        <div class="notice-slot">
            <div {class} {role}>
                <p>{ text }</p>
                { for retry }
                <button class="dismiss" aria-label="Dismiss message" {onclick}>{ "×" }</button>
            </div>
        </div>
    }
}
