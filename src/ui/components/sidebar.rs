//! Who said what: the sourcing summary, then one card per speaker with their statements
//! in reading order. Cards can be sorted and filtered by kind; hovering a card lights up
//! the speaker's words in the article, and "Highlight only this speaker" dims the rest.

use super::sourcing::Sourcing;
use crate::analysis::{order, Analysis, Quote, QuoteType, Speaker, SpeakerKind};
use crate::summary::{self, Summary};
use crate::ui::hooks::use_stepped;
use crate::ui::state::SortOrder;
use crate::ui::Shared;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub summary: Shared<Summary>,
    /// Whether an article has been analyzed yet.
    pub has_text: bool,
    /// Whether the cards are still of the analysis before the article's, for a frame.
    pub busy: bool,
    pub sort: SortOrder,
    pub hidden_kinds: Vec<SpeakerKind>,
    pub hovered: Option<usize>,
    /// The speaker picked, whose card is shown.
    pub selected: Option<usize>,
    /// The speaker seen alone in the article.
    pub only: Option<usize>,
    pub on_focus: Callback<usize>,
    pub on_hover: Callback<Option<usize>>,
    pub on_only: Callback<Option<usize>>,
    pub on_sort: Callback<SortOrder>,
    pub on_toggle_kind: Callback<SpeakerKind>,
}

fn type_label(t: QuoteType) -> &'static str {
    match t {
        QuoteType::Direct => "direct",
        QuoteType::Partial => "partial",
        QuoteType::Indirect => "reported",
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

#[function_component(Sidebar)]
pub fn sidebar(props: &Props) -> Html {
    let a = &props.analysis;
    // The statements as the summary counts them: each card's, and those of no one.
    let statements = use_memo(props.analysis.clone(), |a| {
        (
            Shared::new(summary::statements_by_speaker(a)),
            summary::unattributed(a),
        )
    });
    let (by_speaker, unattributed) = &*statements;
    let speakers = listed_speakers(a, by_speaker, props.sort, &props.hidden_kinds);
    let unattributed: Vec<(usize, &Quote)> = (unattributed.iter())
        .filter_map(|&i| Some((i, a.quotes.get(i)?)))
        .collect();
    let shown = use_stepped(speakers.len());
    html! {
        <aside class="sidebar" aria-label="Who said what" aria-busy={props.busy.then_some("true")}>
            <Sourcing analysis={props.analysis.clone()} summary={props.summary.clone()} has_text={props.has_text} />
            <section class="who-said-what" aria-labelledby="who-title">
                <h2 id="who-title" tabindex="-1">{ "Who said what" }</h2>
                if a.speakers.is_empty() && a.quotes.is_empty() {
                    <p class="hint">{ "Speakers and what they said will appear here." }</p>
                } else {
                    { controls(props) }
                }
                <ol class="speakers">
                    { for speakers.iter().take(shown).map(|s| html! {
                        <SpeakerCard key={s.id}
                            analysis={props.analysis.clone()}
                            statements={by_speaker.clone()}
                            id={s.id}
                            hovered={props.hovered == Some(s.id)}
                            selected={props.selected == Some(s.id)}
                            only={props.only == Some(s.id)}
                            on_focus={props.on_focus.clone()}
                            on_hover={props.on_hover.clone()}
                            on_only={props.on_only.clone()} />
                    }) }
                </ol>
                if speakers.len() < a.speakers.len() {
                    <p class="hint">{ format!("{} speakers hidden by the filter.", a.speakers.len() - speakers.len()) }</p>
                }
                if !unattributed.is_empty() {
                    <section class="unattributed" aria-labelledby="orphans-title">
                        <h3 id="orphans-title">{ "No speaker found" }</h3>
                        <ol class="quotes">
                            { for unattributed.iter().map(|&(i, q)| quote_item(i, q, &props.on_focus)) }
                        </ol>
                    </section>
                }
            </section>
        </aside>
    }
}

/// The speakers of kinds not hidden, in the order chosen; `statements` lists each
/// speaker's statements.
fn listed_speakers<'a>(
    a: &'a Analysis,
    statements: &[Vec<usize>],
    sort: SortOrder,
    hidden_kinds: &[SpeakerKind],
) -> Vec<&'a Speaker> {
    let count = |s: &Speaker| statements.get(s.id).map_or(0, Vec::len);
    let mut speakers: Vec<&Speaker> = a
        .speakers
        .iter()
        .filter(|s| !hidden_kinds.contains(&s.kind))
        .collect();
    match sort {
        SortOrder::Appearance => {}
        SortOrder::Statements => order::by_key(&mut speakers, |s| u64::MAX - count(s) as u64),
        SortOrder::Kind => order::by_key(&mut speakers, |s| {
            SpeakerKind::ALL
                .iter()
                .position(|k| *k == s.kind)
                .unwrap_or(0) as u64
        }),
    }
    speakers
}

/// The sort order and a chip for each kind of speaker the article has, to filter by.
fn controls(props: &Props) -> Html {
    let kinds_present = SpeakerKind::ALL
        .iter()
        .copied()
        .filter(|k| props.analysis.speakers.iter().any(|s| s.kind == *k));
    let onchange = {
        let on_sort = props.on_sort.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(order) = select
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| SortOrder::ALL.get(i))
            {
                on_sort.emit(*order);
            }
        })
    };
    html! {
        <div class="controls">
            <label class="sort">{ "Sort by " }
                <select {onchange}>
                    { for SortOrder::ALL.iter().enumerate().map(|(i, o)| html! {
                        <option value={i.to_string()} selected={*o == props.sort}>{ o.label() }</option>
                    }) }
                </select>
            </label>
            <div class="kind-filter" role="group" aria-label="Show speakers of these kinds">
                { for kinds_present.map(|k| {
                    let shown = !props.hidden_kinds.contains(&k);
                    let onclick = props.on_toggle_kind.reform(move |_: MouseEvent| k);
                    html! {
                        <button class="chip" data-kind={k.code()} aria-pressed={shown.to_string()} {onclick}>
                            { k.badge() }
                        </button>
                    }
                }) }
            </div>
        </div>
    }
}

fn quote_item(i: usize, q: &Quote, on_focus: &Callback<usize>) -> Html {
    let onclick = on_focus.reform(move |_: MouseEvent| i);
    html! {
        <li>
            <button class="quote-link" data-quote={i.to_string()} data-kind={q.kind.code()} {onclick}>
                <span class="quote-type">{ type_label(q.kind) }</span>
                <span class="quote-text">{ excerpt(&q.text, 180) }</span>
            </button>
        </li>
    }
}

/// Statements listed on a card until the reader asks for all: a speaker quoted hundreds
/// of times would otherwise fill the sidebar, and take long to lay out.
const CARD_QUOTES: usize = 20;

#[derive(Properties, PartialEq)]
struct CardProps {
    analysis: Shared<Analysis>,
    statements: Shared<Vec<Vec<usize>>>,
    id: usize,
    hovered: bool,
    selected: bool,
    only: bool,
    on_focus: Callback<usize>,
    on_hover: Callback<Option<usize>>,
    on_only: Callback<Option<usize>>,
}

/// One speaker's card: its own component, so that a long list re-renders only the cards
/// whose hover or selection changed.
#[function_component(SpeakerCard)]
fn speaker_card(props: &CardProps) -> Html {
    let expanded = use_state_eq(|| false);
    let a = &props.analysis;
    let id = props.id;
    let Some(s) = a.speaker(id) else {
        return Html::default();
    };
    let quotes: Vec<(usize, &Quote)> = props
        .statements
        .get(id)
        .into_iter()
        .flatten()
        .filter_map(|&i| Some((i, a.quotes.get(i)?)))
        .collect();
    let count = |t: QuoteType| quotes.iter().filter(|(_, q)| q.kind == t).count();
    let listed = if *expanded {
        quotes.len()
    } else {
        quotes.len().min(CARD_QUOTES)
    };
    let show_all = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(true))
    };
    let mut class = classes!("speaker");
    if props.hovered {
        class.push("hover");
    }
    if props.selected || props.only {
        class.push("selected");
    }
    let onmouseenter = props.on_hover.reform(move |_: MouseEvent| Some(id));
    let onmouseleave = props.on_hover.reform(|_: MouseEvent| None);
    let onfocusin = props.on_hover.reform(move |_: FocusEvent| Some(id));
    let only_this = props.on_only.reform(move |_: MouseEvent| Some(id));
    let only = props.only;
    html! {
        <li {class} data-speaker={id.to_string()} data-kind={s.kind.code()}
            {onmouseenter} {onmouseleave} {onfocusin}>
            <div class="speaker-head">
                <h3 class="speaker-name">{ &s.name }</h3>
                <span class="badge" data-kind={s.kind.code()}>{ s.kind.badge() }</span>
            </div>
            if let Some(d) = &s.description {
                <p class="speaker-description">{ d }</p>
            }
            if let Some(c) = &s.anonymity_cue {
                <p class="anonymity-cue">{ format!("Unnamed: {c}") }</p>
            }
            <p class="speaker-counts">
                { format!("{} direct · {} partial · {} reported", count(QuoteType::Direct), count(QuoteType::Partial), count(QuoteType::Indirect)) }
            </p>
            <button class="select-speaker" aria-pressed={only.to_string()} onclick={only_this}>
                { if only { "Show everyone" } else { "Highlight only this speaker" } }
            </button>
            <ol class="quotes" aria-label={format!("Statements by {}", s.name)}>
                { for quotes.iter().take(listed).map(|&(i, q)| quote_item(i, q, &props.on_focus)) }
            </ol>
            if listed < quotes.len() {
                <button class="select-speaker show-all" onclick={show_all}>
                    { format!("Show all {} statements", quotes.len()) }
                </button>
            }
        </li>
    }
}
