//! A passage the reader selects in the article, attributed to a speaker: words the engine
//! missed, or cut wrong. The bar appears once a passage is selected, and keeps it while
//! the reader chooses in the bar (which moves the selection), until they attribute it or
//! close the bar. It stays in view at the top of the article while the reader scrolls.

use super::correct::{passage_fixes, passage_type_options, TargetFields, TargetPicker};
use crate::analysis::Analysis;
use crate::corrections::{Anchor, Correction};
use crate::summary::excerpt;
use crate::ui::Shared;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text the article shows, and its analysis.
    pub text: Shared<str>,
    pub analysis: Shared<Analysis>,
    pub on_correct: Callback<Vec<Correction>>,
}

#[function_component(PassageBar)]
pub fn passage_bar(props: &Props) -> Html {
    let passage = use_state_eq(|| None::<Anchor>);
    let fields = use_memo((), |_| (TargetFields::default(), NodeRef::default()));
    {
        let passage = passage.clone();
        use_effect_with(
            (props.text.clone(), props.analysis.clone()),
            move |(text, a)| {
                // Another text, another article: a passage of the last one means nothing.
                passage.set(None);
                let (text, a) = (text.clone(), a.clone());
                let listener =
                    EventListener::new(&gloo::utils::document(), "selectionchange", move |_| {
                        if let Some(p) = selected(&text, &a) {
                            passage.set(Some(p));
                        }
                    });
                move || drop(listener)
            },
        );
    }
    let Some(p) = (*passage).clone() else {
        return Html::default();
    };
    let onsubmit = {
        let (a, passage, on_correct, fields) = (
            props.analysis.clone(),
            passage.clone(),
            props.on_correct.clone(),
            fields.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(p) = &*passage {
                let fixes = passage_fixes(&a, p, &fields.0, &fields.1);
                if !fixes.is_empty() {
                    passage.set(None);
                    on_correct.emit(fixes);
                }
            }
        })
    };
    let close = {
        let passage = passage.clone();
        Callback::from(move |_: MouseEvent| passage.set(None))
    };
    html! {
        <form class="passage-bar" aria-label="Attribute the selected passage" {onsubmit}>
            <p class="passage">{ "Attribute " }<q>{ excerpt(&p.text, 80) }</q></p>
            <TargetPicker analysis={props.analysis.clone()} fields={fields.0.clone()} current={props.analysis.speakers.first().map(|s| s.id)} no_one=false />
            <label>{ "as " }<select ref={fields.1.clone()}>{ passage_type_options() }</select></label>
            <button type="submit" class="button">{ "Attribute" }</button>
            <button type="button" class="dismiss" aria-label="Close" onclick={close}>{ "×" }</button>
        </form>
    }
}

/// The passage selected in the article, trimmed of spaces, if there is one.
fn selected(text: &str, a: &Analysis) -> Option<Anchor> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let article = gloo::utils::document()
        .query_selector("article.article")
        .ok()??;
    let start = offset(
        &article,
        text,
        a,
        &range.start_container().ok()?,
        range.start_offset().ok()?,
    )?;
    let end = offset(
        &article,
        text,
        a,
        &range.end_container().ok()?,
        range.end_offset().ok()?,
    )?;
    let words = text.get(start..end)?;
    let trimmed = words.trim();
    if trimmed.is_empty() {
        return None;
    }
    Some(Anchor {
        start: start + (words.len() - words.trim_start().len()),
        text: trimmed.to_string(),
    })
}

/// The byte offset in `text` of a point of the article's DOM: the article's paragraphs
/// are its `<p>` children, in order, each holding exactly its paragraph's text.
fn offset(article: &Element, text: &str, a: &Analysis, node: &Node, at: u32) -> Option<usize> {
    let element = match node.dyn_ref::<Element>() {
        Some(e) => e.clone(),
        None => node.parent_element()?,
    };
    let p = element.closest("p").ok()??;
    if p.parent_element().as_ref() != Some(article) {
        return None;
    }
    let children = article.children();
    let index = (0..children.length()).position(|i| children.item(i).as_ref() == Some(&p))?;
    let paragraph = a.paragraphs.get(index)?;
    let range = gloo::utils::document().create_range().ok()?;
    range.set_start(&p, 0).ok()?;
    range.set_end(node, at).ok()?;
    let units = range.to_string().length() as usize;
    let own = text.get(paragraph.start..paragraph.end)?;
    Some(paragraph.start + byte_of_unit(own, units))
}

/// The byte offset of the `units`th UTF-16 code unit of `s` (the DOM counts in them).
fn byte_of_unit(s: &str, units: usize) -> usize {
    let mut n = 0;
    for (i, c) in s.char_indices() {
        if n >= units {
            return i;
        }
        n += c.len_utf16();
    }
    s.len()
}
