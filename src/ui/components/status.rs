//! The line beside the view tabs: how long the text is, and how its analysis is going.

use yew::prelude::*;

/// Texts longer than this get a progress bar while they are analyzed.
const LONG_TEXT: usize = 50_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub words: usize,
    pub bytes: usize,
    /// The analysis shown is of an older text.
    pub stale: bool,
    /// The analysis of this text stopped without an answer.
    pub stopped: bool,
    pub millis: Option<f64>,
}

#[function_component(Status)]
pub fn status(props: &Props) -> Html {
    let words = props.words;
    if props.bytes == 0 {
        return html! {};
    }
    let text = if props.stopped {
        format!("{words} words · analysis stopped")
    } else if props.stale {
        format!("Analyzing {words} words…")
    } else {
        format!(
            "{words} words · analyzed in {} ms",
            crate::summary::fixed(props.millis.unwrap_or_default(), 0)
        )
    };
    html! {
        <span class="status" role="status">
            if props.stale && !props.stopped && props.bytes > LONG_TEXT {
                <progress aria-label="Analyzing"></progress>
            }
            { text }
        </span>
    }
}
