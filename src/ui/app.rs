//! The page: a toolbar, the article (as text to edit or highlights to read) and the
//! who-said-what sidebar.

use super::components::{article::Article, editor::Editor, sidebar::Sidebar};
use super::state::{Action, State, View};
use crate::analysis::analyze;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const SAMPLE: &str = include_str!("../../assets/sample-article.txt");

/// Typing pauses this long before the analysis follows.
const DEBOUNCE_MS: u32 = 250;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);

    // Analyze each new version of the text once the reader pauses.
    {
        let dispatcher = state.dispatcher();
        let pasted = state.read_when_ready;
        use_effect_with(
            (state.version, state.text.clone()),
            move |(version, text)| {
                let (version, text) = (*version, text.clone());
                let delay = if pasted { 0 } else { DEBOUNCE_MS };
                let timeout = Timeout::new(delay, move || {
                    let analysis = Rc::new(analyze(&text));
                    dispatcher.dispatch(Action::Analyzed { version, analysis });
                });
                move || drop(timeout)
            },
        );
    }

    // Scroll to and flash the quote chosen in the sidebar, once it is on screen.
    use_effect_with((state.focus, state.view), |(focus, _)| {
        if let Some((quote, _)) = focus {
            flash_quote(*quote);
        }
    });

    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |(text, pasted): (String, bool)| {
            dispatcher.dispatch(Action::Edit { text, pasted })
        })
    };
    let on_focus = {
        let dispatcher = state.dispatcher();
        Callback::from(move |i: usize| dispatcher.dispatch(Action::FocusQuote(i)))
    };
    let load_sample = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Edit {
                text: SAMPLE.to_string(),
                pasted: true,
            })
        })
    };
    let clear = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Clear))
    };
    let tab = |view: View, label: &'static str| {
        let dispatcher = state.dispatcher();
        let onclick =
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetView(view)));
        let selected = state.view == view;
        html! {
            <button role="tab" class="tab" aria-selected={selected.to_string()} {onclick}>{ label }</button>
        }
    };

    html! {
        <div class="app">
            <header class="topbar">
                <div class="brand">
                    <h1>{ "whosaid" }</h1>
                    <p class="tagline">{ "Who said what in a news article. Analyzed in your browser: nothing you paste leaves it." }</p>
                </div>
                <div class="actions">
                    <button class="button" onclick={load_sample}>{ "Load sample" }</button>
                    <button class="button" onclick={clear}>{ "Clear" }</button>
                </div>
            </header>
            <main class="workspace">
                <section class="pane">
                    <div class="tabs" role="tablist" aria-label="Article view">
                        { tab(View::Write, "Write") }
                        { tab(View::Read, "Read") }
                        if state.is_stale() && !state.text.is_empty() {
                            <span class="status" role="status">{ "Analyzing…" }</span>
                        }
                    </div>
                    if state.view == View::Write {
                        <Editor text={AttrValue::from(state.text.to_string())} {on_edit} />
                    } else {
                        <Article text={state.text.clone()} analysis={state.analysis.clone()} />
                    }
                </section>
                <Sidebar analysis={state.analysis.clone()} {on_focus} />
            </main>
        </div>
    }
}

fn flash_quote(quote: usize) {
    let Some(el) = gloo::utils::document().get_element_by_id(&format!("q-{quote}")) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    // Restart the flash animation even if it is still running.
    let classes = el.class_list();
    let _ = classes.remove_1("flash");
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.offset_width();
    }
    let _ = classes.add_1("flash");
}
