//! On a small screen, the speaker picked in the article, and a way to their card in the
//! summary below it. Hidden beside the sidebar (`styles/app.css`), where the card itself
//! scrolls into view.

use crate::analysis::Analysis;
use crate::ui::browser;
use crate::ui::Shared;
use web_sys::ScrollLogicalPosition;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub selected: Option<usize>,
    /// Lets go of the picked speaker.
    pub on_close: Callback<()>,
}

#[function_component(SelectionBar)]
pub fn selection_bar(props: &Props) -> Html {
    let Some(speaker) = props.selected.and_then(|id| props.analysis.speaker(id)) else {
        return Html::default();
    };
    let id = speaker.id;
    let show = Callback::from(move |_: MouseEvent| {
        browser::reveal_speaker(id, ScrollLogicalPosition::Start);
    });
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="selection-bar" role="status">
            <p>{ "Said by " }<strong>{ &speaker.name }</strong></p>
            <button class="button" onclick={show}>{ "Show in summary" }</button>
            <button class="dismiss" aria-label="Close" onclick={close}>{ "×" }</button>
        </div>
    }
}
