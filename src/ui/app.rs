//! The page: toolbar, messages, the article (as text to edit or highlights to read) with
//! its layer controls, and the who-said-what sidebar.

use super::browser;
use super::components::{
    article::Article,
    editor::Editor,
    layers::LayerControls,
    notice::NoticeBar,
    sidebar::Sidebar,
    toolbar::{Export, Toolbar},
};
use super::hooks::{use_analysis, use_persistence};
use super::state::{Action, Notice, State, View};
use super::Shared;
use crate::{export, import, summary};
use gloo::events::EventListener;
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

const SAMPLE: &str = include_str!("../../assets/sample-article.txt");

/// Texts longer than this get a progress line while they are analyzed.
const LONG_TEXT: usize = 50_000;

/// Flashes quote `quote`, trying again every 100 ms (`tries` times) while it is not in
/// the page yet: a long article is laid out in steps, its later quotes a little after.
fn flash_when_laid_out(quote: usize, cancelled: Rc<Cell<bool>>, tries: u32) {
    if cancelled.get() || browser::flash_quote(quote) || tries == 0 {
        return;
    }
    Timeout::new(100, move || {
        flash_when_laid_out(quote, cancelled, tries - 1)
    })
    .forget();
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (text, settings) = browser::restore();
        State::new(text, settings)
    });
    use_analysis(&state);
    use_persistence(&state);

    // Scroll to and flash the quote chosen in the sidebar, once it is on screen.
    use_effect_with((state.focus, state.view), |(focus, _)| {
        let cancelled = Rc::new(Cell::new(false));
        if let Some((quote, _)) = *focus {
            flash_when_laid_out(quote, cancelled.clone(), 300);
        }
        move || cancelled.set(true)
    });

    // Escape clears a selection; the service worker keeps the app working offline.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::document(), "keydown", move |e| {
                let e: &web_sys::KeyboardEvent = wasm_bindgen::JsCast::unchecked_ref(e);
                if e.key() == "Escape" {
                    dispatcher.dispatch(Action::Select(None));
                    dispatcher.dispatch(Action::Hover(None));
                }
            });
            let _ = gloo::utils::window()
                .navigator()
                .service_worker()
                .register("./sw.js");
            move || drop(listener)
        });
    }

    let dispatcher = state.dispatcher();
    let act = dispatcher.to_callback();
    let reader = use_mut_ref(|| None::<FileReader>);
    let on_open = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |file: web_sys::File| {
            let name = file.name();
            let dispatcher = dispatcher.clone();
            let file = gloo::file::File::from(file);
            let task = gloo::file::callbacks::read_as_bytes(&file, move |result| {
                let outcome = result
                    .map_err(|_| format!("{name} could not be read."))
                    .and_then(|bytes| import::from_file(&name, &bytes).map_err(|e| e.to_string()));
                match outcome {
                    Ok((text, note)) => {
                        dispatcher.dispatch(Action::Edit { text, pasted: true });
                        dispatcher.dispatch(Action::Notify(note.map(Notice::Info)));
                    }
                    Err(message) => {
                        dispatcher.dispatch(Action::Notify(Some(Notice::Error(message))))
                    }
                }
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let summary = use_memo(Shared::from_rc(state.analysis.clone()), |a| {
        Shared::new(summary::summarize(a))
    });
    let on_export = {
        let dispatcher = dispatcher.clone();
        let analysis = state.analysis.clone();
        Callback::from(move |kind: Export| {
            let result = match kind {
                Export::Json => browser::download(
                    "whosaid-analysis.json",
                    "application/json",
                    &export::to_json(&analysis),
                ),
                Export::Markdown => browser::download(
                    "whosaid-report.md",
                    "text/markdown",
                    &export::to_markdown(&analysis),
                ),
                Export::Csv => {
                    browser::download("whosaid-quotes.csv", "text/csv", &export::to_csv(&analysis))
                }
                Export::CopyReport => {
                    let dispatcher = dispatcher.clone();
                    browser::copy(export::to_markdown(&analysis), move |r| {
                        let notice = match r {
                            Ok(()) => Notice::Info("The report is on the clipboard.".into()),
                            Err(e) => Notice::Error(e),
                        };
                        dispatcher.dispatch(Action::Notify(Some(notice)));
                    });
                    Ok(())
                }
            };
            if let Err(message) = result {
                dispatcher.dispatch(Action::Notify(Some(Notice::Error(message))));
            }
        })
    };
    let on_drop = {
        let on_open = on_open.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                on_open.emit(file);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let tab = |view: View, label: &'static str| {
        let onclick = act.reform(move |_: MouseEvent| Action::SetView(view));
        let selected = state.view == view;
        html! {
            <button role="tab" class="tab" id={format!("tab-{label}")} aria-selected={selected.to_string()}
                aria-controls="article-panel" {onclick}>{ label }</button>
        }
    };
    let words = *use_memo(state.text.clone(), |text| summary::words(text));
    let status = if state.text.is_empty() {
        html! {}
    } else if state.is_stale() {
        html! {
            <span class="status" role="status">
                if state.text.len() > LONG_TEXT {
                    <progress aria-label="Analyzing"></progress>
                }
                { format!("Analyzing {words} words…") }
            </span>
        }
    } else {
        html! {
            <span class="status" role="status">
                { format!("{words} words · analyzed in {:.0} ms", state.millis.unwrap_or_default()) }
            </span>
        }
    };
    let hover = act.reform(Action::Hover);
    let select = act.reform(Action::Select);
    html! {
        <div class="app">
            <a class="skip-link" href="#article-panel">{ "Skip to the article" }</a>
            <Toolbar
                has_analysis={!state.analysis.quotes.is_empty() || !state.analysis.entities.is_empty()}
                has_text={!state.text.is_empty()}
                {on_open}
                on_sample={act.reform(|_| Action::Edit { text: SAMPLE.to_string(), pasted: true })}
                {on_export}
                on_clear={act.reform(|_| Action::Clear)}
            />
            <NoticeBar notice={state.notice.clone()} on_dismiss={act.reform(|_| Action::Notify(None))} />
            <main class="workspace" ondragover={on_drag_over} ondrop={on_drop}>
                <section class="pane" aria-label="Article">
                    <div class="tabbar">
                        <div class="tabs" role="tablist" aria-label="Article view">
                            { tab(View::Write, "Write") }
                            { tab(View::Read, "Read") }
                        </div>
                        { status }
                    </div>
                    <div id="article-panel" role="tabpanel" tabindex="-1"
                        aria-labelledby={if state.view == View::Write { "tab-Write" } else { "tab-Read" }}>
                        if state.view == View::Write {
                            <Editor
                                text={AttrValue::from(state.text.clone())}
                                on_edit={act.reform(|(text, pasted)| Action::Edit { text, pasted })}
                                on_refuse={act.reform(|m| Action::Notify(Some(Notice::Error(m))))}
                            />
                        } else {
                            <LayerControls layers={state.settings.layers} on_toggle={act.reform(Action::ToggleLayer)} />
                            if state.is_stale() && state.analyzed_text.trim().is_empty() && !state.text.trim().is_empty() {
                                <div class="empty"><p>{ "Reading the article…" }</p></div>
                            } else {
                            <Article
                                text={Shared::from_rc(state.analyzed_text.clone())}
                                analysis={Shared::from_rc(state.analysis.clone())}
                                layers={state.settings.layers}
                                hovered={state.hovered}
                                selected={state.selected}
                                on_hover={hover.clone()}
                                on_select={select.clone()}
                            />
                            }
                        }
                    </div>
                </section>
                <Sidebar
                    analysis={Shared::from_rc(state.analysis.clone())}
                    summary={(*summary).clone()}
                    sort={state.settings.sort}
                    hidden_kinds={state.settings.hidden_kinds.clone()}
                    hovered={state.hovered}
                    selected={state.selected}
                    on_focus={act.reform(Action::FocusQuote)}
                    on_hover={hover}
                    on_select={select}
                    on_sort={act.reform(Action::Sort)}
                    on_toggle_kind={act.reform(Action::ToggleKind)}
                />
            </main>
            <footer class="footer">
                <p>{ "whosaid analyzes the article inside this page. Nothing you paste, open or export is sent anywhere, and it works offline after your first visit." }</p>
            </footer>
        </div>
    }
}
