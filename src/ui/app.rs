//! The page: toolbar, messages, the article (as text to edit or highlights to read) with
//! its layer controls, and the who-said-what sidebar. Each concern of the page is a hook
//! (`hooks.rs`); this function only lays the parts out.

use super::components::{
    article::Article, editor::Editor, export_menu::Export, layers::LayerControls,
    notice::NoticeBar, only_bar::OnlyBar, passage::PassageBar, selection::SelectionBar,
    sidebar::Sidebar, status::Status, toolbar::Toolbar,
};
use super::hooks::{
    use_analysis, use_escape, use_export, use_focus_quote, use_open_file, use_persistence,
    use_reveal_speaker, use_service_worker, use_undo_key,
};
use super::state::{Action, Notice, State, View};
use super::{browser, Shared};
use crate::summary::{self, Summary};
use yew::prelude::*;

const SAMPLE: &str = include_str!("../../assets/sample-article.txt");

/// The callbacks of the components that are costly to render again.
struct Handlers {
    focus: Callback<usize>,
    hover: Callback<Option<usize>>,
    pick: Callback<(usize, Option<usize>)>,
    only: Callback<Option<usize>>,
    sort: Callback<crate::ui::state::SortOrder>,
    toggle_kind: Callback<crate::analysis::SpeakerKind>,
    correct: Callback<Vec<crate::corrections::Correction>>,
    forget_dropped: Callback<()>,
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (text, corrections, settings) = browser::restore();
        let mut state = State::new(text, settings);
        state.corrections = std::rc::Rc::new(corrections);
        state
    });
    let worker = use_analysis(&state);
    use_persistence(&state);
    use_focus_quote(&state);
    use_reveal_speaker(&state);
    use_escape(&state);
    use_undo_key(&state);
    use_service_worker();
    let on_open = use_open_file(&state);
    let on_export = use_export(&state, worker);
    let summary = use_memo(Shared::from_rc(state.analysis.clone()), |a| {
        Shared::new(summary::summarize(a))
    });
    let words = *use_memo(state.text.clone(), |text| summary::words(text));
    let act = state.dispatcher().to_callback();
    // Made once: a callback made anew at each render is never equal to the last, and
    // would re-render the sidebar (thousands of cards for a long text) at every key.
    let handlers = {
        let act = act.clone();
        use_memo((), move |_| Handlers {
            focus: act.reform(Action::FocusQuote),
            hover: act.reform(Action::Hover),
            pick: act.reform(|(speaker, quote)| Action::Pick { speaker, quote }),
            only: act.reform(Action::Only),
            sort: act.reform(Action::Sort),
            toggle_kind: act.reform(Action::ToggleKind),
            correct: act.reform(Action::Correct),
            forget_dropped: act.reform(|_| Action::ForgetDropped),
        })
    };
    let on_drop = open_dropped_file(&on_open);
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    html! {
        <div class="app">
            <a class="skip-link" href="#article-panel">{ "Skip to the article" }</a>
            <a class="skip-link" href="#who-title">{ "Skip to who said what" }</a>
            { toolbar(&state, &act, on_open, on_export) }
            <NoticeBar notice={state.notice.clone()} on_dismiss={act.reform(|_| Action::Notify(None))}
                on_retry={act.reform(|_| Action::Retry)} on_undo={act.reform(|_| Action::Undo)} />
            <main class="workspace" ondragover={on_drag_over} ondrop={on_drop}>
                <section class="pane" aria-label="Article">
                    <div class="tabbar">
                        <div class="tabs" role="tablist" aria-label="Article view"
                            onkeydown={tab_keys(&state, &act)}>
                            { tab(&state, &act, View::Write, "Write") }
                            { tab(&state, &act, View::Read, "Read") }
                        </div>
                        <Status {words} bytes={state.text.len()} stale={state.is_stale()}
                            stopped={state.has_stopped()} millis={state.millis} />
                    </div>
                    { article_panel(&state, &act, &handlers) }
                </section>
                { sidebar(&state, &summary, &handlers) }
            </main>
            <SelectionBar analysis={Shared::from_rc(state.analysis.clone())}
                selected={state.selection.selected} on_close={act.reform(|_| Action::Unpick)} />
            <footer class="footer">
                <p>{ "whosaid analyzes the article inside this page. Nothing you paste, open or export is sent anywhere, and it works offline after your first visit." }</p>
            </footer>
        </div>
    }
}

/// A file dropped anywhere on the workspace is opened as if chosen with Open file.
fn open_dropped_file(on_open: &Callback<web_sys::File>) -> Callback<DragEvent> {
    let on_open = on_open.clone();
    Callback::from(move |e: DragEvent| {
        e.prevent_default();
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            on_open.emit(file);
        }
    })
}

/// The toolbar: open, load the sample, export and clear.
fn toolbar(
    state: &State,
    act: &Callback<Action>,
    on_open: Callback<web_sys::File>,
    on_export: Callback<Export>,
) -> Html {
    html! {
        <Toolbar
            has_analysis={!state.analysis.quotes.is_empty() || !state.analysis.entities.is_empty()}
            has_text={!state.text.is_empty()}
            {on_open}
            on_sample={act.reform(|_| Action::Replace {
                text: SAMPLE.to_string(),
                message: "The sample article replaced your text.".to_string(),
                note: None,
                corrections: Vec::new(),
            })}
            {on_export}
            on_clear={act.reform(|_| Action::Clear)}
        />
    }
}

/// Who said what, with the handlers made once so that its cards render only on change.
fn sidebar(state: &State, summary: &Shared<Summary>, handlers: &Handlers) -> Html {
    html! {
        <Sidebar
            analysis={Shared::from_rc(state.analysis.clone())}
            summary={summary.clone()}
            has_text={!state.analyzed_text.trim().is_empty()}
            sort={state.settings.sort}
            hidden_kinds={state.settings.hidden_kinds.clone()}
            hovered={state.selection.hovered}
            selected={state.selection.selected}
            only={state.selection.only}
            on_focus={handlers.focus.clone()}
            on_hover={handlers.hover.clone()}
            on_only={handlers.only.clone()}
            on_sort={handlers.sort.clone()}
            on_toggle_kind={handlers.toggle_kind.clone()}
            reader={Shared::from_rc(state.reader.clone())}
            on_correct={handlers.correct.clone()}
            on_forget_dropped={handlers.forget_dropped.clone()}
        />
    }
}

/// One of the Write / Read tabs. Only the selected one is a Tab stop; the arrow keys
/// move between them (`tab_keys`), as WAI-ARIA's tabs pattern has it.
fn tab(state: &State, act: &Callback<Action>, view: View, label: &'static str) -> Html {
    let onclick = act.reform(move |_: MouseEvent| Action::SetView(view));
    let selected = state.view == view;
    html! {
        <button role="tab" class="tab" id={format!("tab-{label}")} aria-selected={selected.to_string()}
            tabindex={if selected { "0" } else { "-1" }}
            aria-controls="article-panel" {onclick}>{ label }</button>
    }
}

/// Left, Right, Home and End choose the other tab and move the focus to it.
fn tab_keys(state: &State, act: &Callback<Action>) -> Callback<KeyboardEvent> {
    let (act, current) = (act.clone(), state.view);
    Callback::from(move |e: KeyboardEvent| {
        let view = match e.key().as_str() {
            "ArrowLeft" | "ArrowRight" => match current {
                View::Write => View::Read,
                View::Read => View::Write,
            },
            "Home" => View::Write,
            "End" => View::Read,
            _ => return,
        };
        e.prevent_default();
        act.emit(Action::SetView(view));
        let id = match view {
            View::Write => "tab-Write",
            View::Read => "tab-Read",
        };
        let tab = gloo::utils::document().get_element_by_id(id);
        if let Some(tab) =
            tab.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
        {
            let _ = tab.focus();
        }
    })
}

/// The article: its text to edit, or its highlights to read.
fn article_panel(state: &State, act: &Callback<Action>, handlers: &Handlers) -> Html {
    let labelled_by = if state.view == View::Write {
        "tab-Write"
    } else {
        "tab-Read"
    };
    let waiting_for_first =
        state.is_stale() && state.analyzed_text.trim().is_empty() && !state.text.trim().is_empty();
    html! {
        <div id="article-panel" role="tabpanel" tabindex="-1" aria-labelledby={labelled_by}>
            if state.view == View::Write {
                <Editor
                    text={AttrValue::from(state.text.clone())}
                    on_edit={act.reform(|(text, pasted)| Action::Edit { text, pasted })}
                    on_paste={act.reform(|(text, note)| Action::Replace {
                        text,
                        message: "Text pasted.".to_string(),
                        note,
                        corrections: Vec::new(),
                    })}
                    on_refuse={act.reform(|m| Action::Notify(Some(Notice::Error(m))))}
                />
            } else {
                <LayerControls layers={state.settings.layers} on_toggle={act.reform(Action::ToggleLayer)} />
                <OnlyBar analysis={Shared::from_rc(state.analysis.clone())} only={state.selection.only}
                    on_show_everyone={act.reform(|_| Action::Only(None))} />
                if waiting_for_first && !state.has_stopped() {
                    <div class="empty"><p>{ "Reading the article…" }</p></div>
                } else {
                    <PassageBar text={Shared::from_rc(state.analyzed_text.clone())}
                        analysis={Shared::from_rc(state.analysis.clone())} on_correct={handlers.correct.clone()} />
                    <Article
                        text={Shared::from_rc(state.analyzed_text.clone())}
                        analysis={Shared::from_rc(state.analysis.clone())}
                        layers={state.settings.layers}
                        hidden_kinds={state.settings.hidden_kinds.clone()}
                        hovered={state.selection.hovered}
                        picked={state.selection.selected.zip(state.selection.picked)}
                        only={state.selection.only}
                        on_hover={handlers.hover.clone()}
                        on_pick={handlers.pick.clone()}
                    />
                }
            }
        </div>
    }
}
