//! Beside the article while one speaker is seen alone: whose highlights these are, and
//! the way back to everyone's, so that the choice made on a card is undone where its
//! effect shows.

use crate::analysis::Analysis;
use crate::ui::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub only: Option<usize>,
    pub on_show_everyone: Callback<()>,
}

#[function_component(OnlyBar)]
pub fn only_bar(props: &Props) -> Html {
    let Some(speaker) = props.only.and_then(|id| props.analysis.speaker(id)) else {
        return Html::default();
    };
    let onclick = props.on_show_everyone.reform(|_: MouseEvent| ());
    html! {
        <div class="only-bar" role="status">
            <p>{ "Highlighting only " }<strong>{ &speaker.name }</strong></p>
            <button class="button" {onclick}>{ "Show everyone" }</button>
        </div>
    }
}
