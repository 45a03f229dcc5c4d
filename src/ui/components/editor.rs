//! The text area where the reader pastes, types or drops an article.
//!
//! A paste of rich text (from a web page), of a page's HTML source, or of Markdown, is
//! converted to clean text here and inserted as text; nothing pasted ever becomes markup.
//! A paste that would make the article too long is refused with a message, and the text
//! already there is kept.

use crate::import::{
    length_after_paste, looks_like_html, looks_like_markdown, markdown_to_text, HTML_SOURCE_NOTE,
    MAX_BYTES,
};
use crate::ui::browser::html_to_text;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Pastes longer than a paragraph skip the browser's own editing, which takes about 10 ms
/// per kilobyte in Chromium (a 5,000-word article: 250–350 ms before the page hears of
/// it); the app inserts them and keeps the text they changed for its own Undo.
const LARGE_PASTE: usize = 2_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// Called with the new text, and whether it came from a paste.
    pub on_edit: Callback<(String, bool)>,
    /// Called with the new text after a paste the app inserted itself, which the text
    /// area's own undo cannot take back, and a note when the paste was converted.
    pub on_paste: Callback<(String, Option<String>)>,
    /// Called with a message when a paste is refused.
    pub on_refuse: Callback<String>,
}

/// The pasted text as the article takes it, whether it was converted, and a note for the
/// reader when the conversion is not what they would expect. Rich text from a web page,
/// and a page's HTML source pasted as plain text, are read as the page, as an opened
/// `.html` file is; Markdown loses its marks, as an opened `.md` file does.
fn convert(html: Option<String>, plain: String) -> (String, bool, Option<&'static str>) {
    match html {
        Some(html) => (html_to_text(&html), true, None),
        None if looks_like_html(&plain) => (html_to_text(&plain), true, Some(HTML_SOURCE_NOTE)),
        None if looks_like_markdown(&plain) => (markdown_to_text(&plain), true, None),
        None => (plain, false, None),
    }
}

#[function_component(Editor)]
pub fn editor(props: &Props) -> Html {
    let pasted = use_mut_ref(|| false);
    let onpaste = {
        let pasted = pasted.clone();
        let on_paste = props.on_paste.clone();
        let on_refuse = props.on_refuse.clone();
        Callback::from(move |e: Event| {
            let e: web_sys::ClipboardEvent = e.unchecked_into();
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let data = e.clipboard_data();
            let html = data
                .as_ref()
                .and_then(|d| d.get_data("text/html").ok())
                .filter(|h| !h.trim().is_empty());
            let plain = data
                .as_ref()
                .and_then(|d| d.get_data("text/plain").ok())
                .unwrap_or_default();
            let (incoming, converted, note) = convert(html, plain);
            let start = area.selection_start().ok().flatten().unwrap_or(0);
            let end = area.selection_end().ok().flatten().unwrap_or(0);
            if length_after_paste(&area.value(), start, end, &incoming) > MAX_BYTES {
                e.prevent_default();
                on_refuse.emit(format!(
                    "That paste would make the article longer than {} MB, the most whosaid reads. Your text is unchanged.",
                    MAX_BYTES / 1_000_000
                ));
                return;
            }
            if converted || incoming.len() > LARGE_PASTE {
                // Insert the converted text ourselves, as plain text; and a long text too.
                e.prevent_default();
                let _ =
                    area.set_range_text_with_start_and_end_and_mode(&incoming, start, end, "end");
                on_paste.emit((area.value(), note.map(str::to_string)));
            } else {
                *pasted.borrow_mut() = true;
            }
        })
    };
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let was_paste = std::mem::take(&mut *pasted.borrow_mut());
            on_edit.emit((area.value(), was_paste));
        })
    };
    html! {
        <div class="editor">
            <label for="article-input" class="visually-hidden">{ "Article text" }</label>
            <textarea
                id="article-input"
                value={props.text.clone()}
                {oninput}
                {onpaste}
                spellcheck="false"
                placeholder="Paste a news article here, drop a .txt, .md or .html file, or load the sample. Everything stays in your browser."
            />
        </div>
    }
}
