//! Who said what: the sourcing summary, the reader's corrections, then one card per
//! speaker with their statements in reading order. Cards can be sorted and filtered by
//! kind; hovering a card lights up the speaker's words in the article, and "Highlight
//! only this speaker" dims the rest. Each card and each statement can be corrected
//! (`correct.rs`), and says what the reader corrected.

use super::correct::{corrections_list, SpeakerForm, StatementForm};
use super::sourcing::Sourcing;
use crate::analysis::{order, Analysis, Quote, QuoteType, Speaker, SpeakerKind};
use crate::corrections::{Correction, Reader};
use crate::summary::{self, excerpt, statement_type, Summary};
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
    /// What the reader corrected, and the way to correct more.
    pub reader: Shared<Reader>,
    pub on_correct: Callback<Vec<Correction>>,
    pub on_forget_dropped: Callback<()>,
}

/// A statement's type in a word: "direct", "partial", "reported".
fn type_label(t: QuoteType) -> &'static str {
    let words = statement_type(t);
    words.split(' ').next().unwrap_or(words)
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
    let shown = use_stepped(speakers.len());
    html! {
        <aside class="sidebar" aria-label="Who said what">
            <Sourcing analysis={props.analysis.clone()} summary={props.summary.clone()} has_text={props.has_text} />
            { corrections_list(&props.reader, &props.on_forget_dropped) }
            <section class="who-said-what" aria-labelledby="who-title">
                <h2 id="who-title" tabindex="-1">{ "Who said what" }</h2>
                if a.speakers.is_empty() && a.quotes.is_empty() {
                    <p class="hint">{ "Speakers and what they said will appear here." }</p>
                } else {
                    { controls(props) }
                }
                <ol class="speakers">
                    // Keyed by name too: a correction numbers speakers anew, and a card
                    // must not keep another speaker's open form.
                    { for speakers.iter().take(shown).map(|s| html! {
                        <SpeakerCard key={format!("{}:{}", s.id, s.name)}
                            analysis={props.analysis.clone()}
                            statements={by_speaker.clone()}
                            reader={props.reader.clone()}
                            id={s.id}
                            hovered={props.hovered == Some(s.id)}
                            selected={props.selected == Some(s.id)}
                            only={props.only == Some(s.id)}
                            on_focus={props.on_focus.clone()}
                            on_hover={props.on_hover.clone()}
                            on_only={props.on_only.clone()}
                            on_correct={props.on_correct.clone()} />
                    }) }
                </ol>
                if speakers.len() < a.speakers.len() {
                    <p class="hint">{ format!("{} speakers hidden by the filter.", a.speakers.len() - speakers.len()) }</p>
                }
                if !unattributed.is_empty() {
                    <section class="unattributed" aria-labelledby="orphans-title">
                        <h3 id="orphans-title">{ "No speaker found" }</h3>
                        <Statements analysis={props.analysis.clone()} reader={props.reader.clone()}
                            quotes={unattributed.clone()} label="Statements without a speaker"
                            on_focus={props.on_focus.clone()} on_correct={props.on_correct.clone()} />
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

#[derive(Properties, PartialEq)]
struct StatementsProps {
    analysis: Shared<Analysis>,
    reader: Shared<Reader>,
    /// Quote indices, in reading order.
    quotes: Vec<usize>,
    label: AttrValue,
    on_focus: Callback<usize>,
    on_correct: Callback<Vec<Correction>>,
}

/// Statements, each a link to its place in the article, with a way to correct it; one
/// form open at a time, closed by a correction.
#[function_component(Statements)]
fn statements(props: &StatementsProps) -> Html {
    let open = use_state_eq(|| None::<usize>);
    let on_correct = {
        let (open, on_correct) = (open.clone(), props.on_correct.clone());
        Callback::from(move |fixes: Vec<Correction>| {
            open.set(None);
            on_correct.emit(fixes);
        })
    };
    let items = (props.quotes.iter()).filter_map(|&i| Some((i, props.analysis.quotes.get(i)?)));
    html! {
        <ol class="quotes" aria-label={props.label.clone()}>
            { for items.map(|(i, q)| {
                let is_open = *open == Some(i);
                let toggle = {
                    let open = open.clone();
                    Callback::from(move |_: MouseEvent| open.set((!is_open).then_some(i)))
                };
                html! {
                    <li>
                        { quote_link(i, q, props.reader.quote(i), &props.on_focus) }
                        <button class="correct-toggle" aria-expanded={is_open.to_string()} onclick={toggle}>
                            { "Correct" }<span class="visually-hidden">{ " this statement" }</span>
                        </button>
                        if is_open {
                            <StatementForm analysis={props.analysis.clone()} quote={i} on_correct={on_correct.clone()} />
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

/// A statement as a link to its place in the article: its type, how it reached the
/// reporter, whether the reader corrected it, and its words.
fn quote_link(i: usize, q: &Quote, corrected: bool, on_focus: &Callback<usize>) -> Html {
    let onclick = on_focus.reform(move |_: MouseEvent| i);
    let channel = q.channel.describe();
    html! {
        <button class="quote-link" data-quote={i.to_string()} data-kind={q.kind.code()} {onclick}>
            <span class="quote-type">
                { type_label(q.kind) }
                if !channel.is_empty() {
                    <span class="channel" data-channel={q.channel.code()}>{ format!(" · {channel}") }</span>
                }
                if corrected {
                    <span class="by-reader">{ " · corrected by you" }</span>
                }
            </span>
            <span class="quote-text">{ excerpt(&q.text, 180) }</span>
        </button>
    }
}

/// Statements listed on a card until the reader asks for all: a speaker quoted hundreds
/// of times would otherwise fill the sidebar, and take long to lay out.
const CARD_QUOTES: usize = 20;

#[derive(Properties, PartialEq)]
struct CardProps {
    analysis: Shared<Analysis>,
    statements: Shared<Vec<Vec<usize>>>,
    reader: Shared<Reader>,
    id: usize,
    hovered: bool,
    selected: bool,
    only: bool,
    on_focus: Callback<usize>,
    on_hover: Callback<Option<usize>>,
    on_only: Callback<Option<usize>>,
    on_correct: Callback<Vec<Correction>>,
}

/// One speaker's card: its own component, so that a long list re-renders only the cards
/// whose hover or selection changed.
#[function_component(SpeakerCard)]
fn speaker_card(props: &CardProps) -> Html {
    let expanded = use_state_eq(|| false);
    let correcting = use_state_eq(|| false);
    let a = &props.analysis;
    let id = props.id;
    let Some(s) = a.speaker(id) else {
        return Html::default();
    };
    let quotes: Vec<usize> = props.statements.get(id).cloned().unwrap_or_default();
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
    html! {
        <li {class} data-speaker={id.to_string()} data-kind={s.kind.code()}
            {onmouseenter} {onmouseleave} {onfocusin}>
            { card_head(a, s, props.reader.speaker(id), &quotes) }
            { card_buttons(props, s, &correcting) }
            if *correcting {
                <SpeakerForm analysis={props.analysis.clone()} id={id} on_correct={props.on_correct.clone()} />
            }
            <Statements analysis={props.analysis.clone()} reader={props.reader.clone()}
                quotes={quotes[..listed].to_vec()} label={format!("Statements by {}", s.name)}
                on_focus={props.on_focus.clone()} on_correct={props.on_correct.clone()} />
            if listed < quotes.len() {
                <button class="select-speaker show-all" onclick={show_all}>
                    { format!("Show all {} statements", quotes.len()) }
                </button>
            }
        </li>
    }
}

/// The card's name and kind, then quietly what is known of the speaker: gender (with
/// what settled it on hover or focus), whether it is vague, whether the reader corrected
/// it; then its description, why it is unnamed, and its counts.
fn card_head(a: &Analysis, s: &Speaker, corrected: bool, quotes: &[usize]) -> Html {
    let count = |t: QuoteType| {
        (quotes.iter())
            .filter(|&&i| a.quotes.get(i).is_some_and(|q| q.kind == t))
            .count()
    };
    html! {
        <>
            <div class="speaker-head">
                <h3 class="speaker-name">{ &s.name }</h3>
                <span class="badge" data-kind={s.kind.code()}>{ s.kind.badge() }</span>
            </div>
            if s.gender.is_some() || corrected {
                <p class="speaker-facts">
                    if let Some(g) = s.gender {
                        <span class="gender" data-gender={g.code()} tabindex="0">
                            { summary::gender_word(g) }
                            <span class="evidence">{ format!(": {}", evidence(a, s, corrected)) }</span>
                        </span>
                    }
                    if corrected {
                        <span class="by-reader">{ "corrected by you" }</span>
                    }
                </p>
            }
            if let Some(d) = &s.description {
                <p class="speaker-description">{ d }</p>
            }
            if let Some(c) = &s.anonymity_cue {
                <p class="anonymity-cue">{ format!("Unnamed: {c}") }</p>
            }
            if s.vague {
                <p class="vague-note">{ "Vague source: no one a reader could check" }</p>
            }
            <p class="speaker-counts">
                { format!("{} direct · {} partial · {} reported", count(QuoteType::Direct), count(QuoteType::Partial), count(QuoteType::Indirect)) }
            </p>
        </>
    }
}

/// What settled a speaker's gender, for its hover: the article's words, the reader, or
/// nothing.
fn evidence(a: &Analysis, s: &Speaker, corrected: bool) -> String {
    match summary::gender_evidence(a, s) {
        Some(e) => e,
        None if corrected && s.gender != Some(crate::analysis::PersonGender::Unknown) => {
            "set by you".to_string()
        }
        None => "nothing in the article says".to_string(),
    }
}

/// "Highlight only this speaker", and the disclosure of the card's correction form.
fn card_buttons(props: &CardProps, s: &Speaker, correcting: &UseStateHandle<bool>) -> Html {
    let id = props.id;
    let only_this = props.on_only.reform(move |_: MouseEvent| Some(id));
    let only = props.only;
    let open = **correcting;
    let toggle = {
        let correcting = correcting.clone();
        Callback::from(move |_: MouseEvent| correcting.set(!open))
    };
    html! {
        <div class="card-buttons">
            <button class="select-speaker" aria-pressed={only.to_string()} onclick={only_this}>
                { if only { "Show everyone" } else { "Highlight only this speaker" } }
            </button>
            <button class="select-speaker correct-toggle" aria-expanded={open.to_string()} onclick={toggle}>
                { "Correct" }<span class="visually-hidden">{ format!(" {}", s.name) }</span>
            </button>
        </div>
    }
}
