//! The top bar: open a file, load the sample, export, clear.

use super::export_menu::{Export, ExportMenu};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub has_analysis: bool,
    pub has_text: bool,
    pub on_open: Callback<web_sys::File>,
    pub on_sample: Callback<()>,
    pub on_export: Callback<Export>,
    pub on_clear: Callback<()>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &Props) -> Html {
    let file_input = use_node_ref();
    let onchange = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_open.emit(file);
            }
            // Opening the same file again should work too.
            input.set_value("");
        })
    };
    let open = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_sample = props.on_sample.reform(|_: MouseEvent| ());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <header class="topbar">
            <div class="brand">
                <h1>{ "whosaid" }</h1>
                <p class="tagline">{ "Who said what in a news article. It runs in your browser: nothing you paste leaves it." }</p>
            </div>
            <nav class="actions" aria-label="Article actions">
                <input
                    ref={file_input}
                    type="file"
                    class="visually-hidden"
                    accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json"
                    tabindex="-1"
                    aria-hidden="true"
                    {onchange}
                />
                <button class="button" onclick={open}>{ "Open file…" }</button>
                <button class="button" onclick={on_sample}>{ "Load sample" }</button>
                <ExportMenu enabled={props.has_analysis} on_export={props.on_export.clone()} />
                <button class="button" onclick={on_clear} disabled={!props.has_text}>{ "Clear" }</button>
            </nav>
        </header>
    }
}
