//! The text area where the reader pastes or types an article.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// Called with the new text, and whether it came from a paste.
    pub on_edit: Callback<(String, bool)>,
}

#[function_component(Editor)]
pub fn editor(props: &Props) -> Html {
    let pasted = use_mut_ref(|| false);
    let onpaste = {
        let pasted = pasted.clone();
        Callback::from(move |_: Event| *pasted.borrow_mut() = true)
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
                placeholder="Paste a news article here, or load the sample. Everything stays in your browser."
            />
        </div>
    }
}
