//! The Export menu, a WAI-ARIA menu button. Enter, Space or a click open it on its first
//! item and ArrowUp on its last; the arrows move between items and wrap, Home and End
//! jump. A choice, like Escape, closes it with the focus back on its button, so that
//! after a download the keyboard is where the reader left it; Tab and a click outside
//! close it too.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};
use yew::prelude::*;

pub use crate::export::Export;

const ITEMS: [(Export, &str); 4] = [
    (Export::Json, "Download analysis (JSON)"),
    (Export::Markdown, "Download report (Markdown)"),
    (Export::Csv, "Download quotes (CSV)"),
    (Export::CopyReport, "Copy report"),
];

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Whether there is an analysis to export; without one the button opens nothing.
    pub enabled: bool,
    pub on_export: Callback<Export>,
}

/// Focuses the element behind `node`.
fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// The menu's `i`th item, counted from either end.
fn focus_item(list: &NodeRef, i: usize) {
    let item = list
        .cast::<Element>()
        .and_then(|l| l.query_selector_all("[role=menuitem]").ok())
        .and_then(|items| items.item(i as u32))
        .and_then(|n| n.dyn_into::<HtmlElement>().ok());
    if let Some(item) = item {
        let _ = item.focus();
    }
}

/// The item the arrows, Home and End lead to from item `at`, if `key` is one of them.
fn next_item(key: &str, at: usize) -> Option<usize> {
    let last = ITEMS.len() - 1;
    Some(match key {
        "ArrowDown" => (at + 1) % ITEMS.len(),
        "ArrowUp" => at.checked_sub(1).unwrap_or(last),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

/// Closes the menu (`open` set to `None`) on a click outside `root`.
#[hook]
fn use_close_outside(root: &NodeRef, open: &UseStateHandle<Option<usize>>) {
    let (root, open) = (root.clone(), open.clone());
    let is_open = open.is_some();
    use_effect_with(is_open, move |&is_open| {
        let listener = is_open.then(|| {
            EventListener::new(&gloo::utils::document(), "click", move |e| {
                let target = e.target().and_then(|t| t.dyn_into::<Node>().ok());
                let inside = root
                    .cast::<Node>()
                    .is_some_and(|r| r.contains(target.as_ref()));
                if !inside {
                    open.set(None);
                }
            })
        });
        move || drop(listener)
    });
}

#[function_component(ExportMenu)]
pub fn export_menu(props: &Props) -> Html {
    // The item to focus while the menu is open.
    let open = use_state_eq(|| None::<usize>);
    let (root, button, list) = (use_node_ref(), use_node_ref(), use_node_ref());
    use_close_outside(&root, &open);
    {
        let list = list.clone();
        use_effect_with(*open, move |at| {
            at.iter().for_each(|&i| focus_item(&list, i))
        });
    }
    let enabled = props.enabled;
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set((open.is_none() && enabled).then_some(0)))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if enabled && matches!(e.key().as_str(), "ArrowDown" | "ArrowUp") {
                e.prevent_default();
                let last = e.key() == "ArrowUp";
                open.set(Some(if last { ITEMS.len() - 1 } else { 0 }));
            }
        })
    };
    let on_menu_key = menu_keys(&open, &button);
    html! {
        <div class="menu" ref={root}>
            <button ref={button.clone()} id="export-button" class="button" aria-haspopup="menu"
                aria-controls="export-menu" aria-expanded={open.is_some().to_string()}
                aria-disabled={(!enabled).to_string()} {onclick} {onkeydown}>{ "Export" }</button>
            <ul ref={list} id="export-menu" class="menu-list" role="menu"
                aria-labelledby="export-button" hidden={open.is_none()} onkeydown={on_menu_key}>
                { for (0..ITEMS.len()).map(|i| item(i, &open, &button, &props.on_export)) }
            </ul>
        </div>
    }
}

/// Item `i`: a choice closes the menu, the focus back on its button, then exports.
fn item(
    i: usize,
    open: &UseStateHandle<Option<usize>>,
    button: &NodeRef,
    on_export: &Callback<Export>,
) -> Html {
    let (kind, label) = ITEMS[i];
    let onclick = {
        let (open, button, on_export) = (open.clone(), button.clone(), on_export.clone());
        Callback::from(move |_: MouseEvent| {
            focus(&button);
            open.set(None);
            on_export.emit(kind);
        })
    };
    // A click focuses an item too; the arrows go on from the focused one.
    let open = open.clone();
    let onfocus = Callback::from(move |_: FocusEvent| open.set(Some(i)));
    html! {
        <li role="none">
            <button role="menuitem" class="menu-item" tabindex="-1" {onclick} {onfocus}>{ label }</button>
        </li>
    }
}

/// Keys inside the open menu: the arrows, Home and End move; Escape closes it and gives
/// the focus back to its button; Tab closes it and goes on to the next control.
fn menu_keys(open: &UseStateHandle<Option<usize>>, button: &NodeRef) -> Callback<KeyboardEvent> {
    let (open, button) = (open.clone(), button.clone());
    Callback::from(move |e: KeyboardEvent| {
        let key = e.key();
        let Some(at) = *open else {
            return;
        };
        if let Some(next) = next_item(&key, at) {
            e.prevent_default();
            open.set(Some(next));
        } else if key == "Escape" {
            e.prevent_default();
            focus(&button);
            open.set(None);
        } else if key == "Tab" {
            // From the button, as the menu closes, Tab goes on to the control after it.
            focus(&button);
            open.set(None);
        }
    })
}
