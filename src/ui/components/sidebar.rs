//! Who said what: one card per speaker with their statements in reading order.

use crate::analysis::{Analysis, Quote, QuoteType};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Rc<Analysis>,
    pub on_focus: Callback<usize>,
}

#[function_component(Sidebar)]
pub fn sidebar(props: &Props) -> Html {
    let a = &props.analysis;
    let quote_item = |i: usize, q: &Quote| {
        let on_focus = props.on_focus.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_focus.emit(i));
        let label = match q.kind {
            QuoteType::Direct => "direct",
            QuoteType::Partial => "partial",
            QuoteType::Indirect => "reported",
        };
        html! {
            <li>
                <button class="quote-link" data-quote={i.to_string()} data-kind={q.kind.code()} {onclick}>
                    <span class="quote-type">{ label }</span>
                    <span class="quote-text">{ excerpt(&q.text, 180) }</span>
                </button>
            </li>
        }
    };
    let unattributed: Vec<(usize, &Quote)> = a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.speaker.is_none())
        .collect();
    html! {
        <aside class="sidebar" aria-label="Who said what">
            <h2>{ "Who said what" }</h2>
            if a.speakers.is_empty() && a.quotes.is_empty() {
                <p class="hint">{ "Speakers and their quotes will appear here." }</p>
            }
            <ol class="speakers">
                { for a.speakers.iter().map(|s| {
                    let quotes: Vec<(usize, &Quote)> = a.quotes.iter().enumerate()
                        .filter(|(_, q)| q.speakers.contains(&s.id)).collect();
                    html! {
                        <li class="speaker" data-speaker={s.id.to_string()} data-kind={s.kind.code()}>
                            <div class="speaker-head">
                                <span class="speaker-name">{ &s.name }</span>
                                <span class="badge" data-kind={s.kind.code()}>{ s.kind.badge() }</span>
                            </div>
                            if let Some(d) = &s.description {
                                <p class="speaker-description">{ d }</p>
                            }
                            if let Some(c) = &s.anonymity_cue {
                                <p class="anonymity-cue">{ format!("Unnamed: {c}") }</p>
                            }
                            <ol class="quotes">
                                { for quotes.iter().map(|&(i, q)| quote_item(i, q)) }
                            </ol>
                        </li>
                    }
                }) }
            </ol>
            if !unattributed.is_empty() {
                <section class="unattributed">
                    <h3>{ "No speaker found" }</h3>
                    <ol class="quotes">
                        { for unattributed.iter().map(|&(i, q)| quote_item(i, q)) }
                    </ol>
                </section>
            }
        </aside>
    }
}

/// At most `max` characters of `text`, cut at a word, with an ellipsis.
fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..at])
}
