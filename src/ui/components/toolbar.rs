//! The top bar: open a file, load the sample, export, clear.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, Node};
use yew::prelude::*;

/// The ways the analysis can leave the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Json,
    Markdown,
    Csv,
    CopyReport,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub has_analysis: bool,
    pub has_text: bool,
    pub on_open: Callback<web_sys::File>,
    pub on_sample: Callback<()>,
    pub on_export: Callback<Export>,
    pub on_clear: Callback<()>,
}

/// The Export menu closes as a menu button's does (WAI-ARIA): on Escape, which gives
/// the focus back to its button, and on a click anywhere outside it.
#[hook]
fn use_dismissable(menu: &NodeRef) {
    let menu = menu.clone();
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let open_menu = move || {
            menu.cast::<Element>()
                .filter(|details| details.has_attribute("open"))
        };
        let on_key = {
            let open_menu = open_menu.clone();
            EventListener::new(&document, "keydown", move |e| {
                let e: &web_sys::KeyboardEvent = e.unchecked_ref();
                if let Some(details) = open_menu().filter(|_| e.key() == "Escape") {
                    let _ = details.remove_attribute("open");
                    let summary = details.query_selector("summary").ok().flatten();
                    if let Some(summary) = summary.and_then(|s| s.dyn_into::<HtmlElement>().ok()) {
                        let _ = summary.focus();
                    }
                }
            })
        };
        let on_click = EventListener::new(&document, "click", move |e| {
            let target = e.target().and_then(|t| t.dyn_into::<Node>().ok());
            if let Some(details) = open_menu() {
                if !details.contains(target.as_ref()) {
                    let _ = details.remove_attribute("open");
                }
            }
        });
        move || drop((on_key, on_click))
    });
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
    let menu = use_node_ref();
    use_dismissable(&menu);
    let export = |kind: Export, label: &'static str| {
        let on_export = props.on_export.clone();
        let menu = menu.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            // Close the menu once a choice is made.
            if let Some(details) = menu.cast::<web_sys::Element>() {
                let _ = details.remove_attribute("open");
            }
            on_export.emit(kind)
        });
        html! {
            <li><button class="menu-item" {onclick} disabled={!props.has_analysis}>{ label }</button></li>
        }
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
                <details class="menu" ref={menu.clone()}>
                    <summary class="button" aria-disabled={(!props.has_analysis).to_string()}>{ "Export" }</summary>
                    <ul class="menu-list">
                        { export(Export::Json, "Download analysis (JSON)") }
                        { export(Export::Markdown, "Download report (Markdown)") }
                        { export(Export::Csv, "Download quotes (CSV)") }
                        { export(Export::CopyReport, "Copy report") }
                    </ul>
                </details>
                <button class="button" onclick={on_clear} disabled={!props.has_text}>{ "Clear" }</button>
            </nav>
        </header>
    }
}
