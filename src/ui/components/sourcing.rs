//! The sourcing summary at the top of the sidebar: how many voices, how much rests on
//! unnamed sources, whether women or men are heard, whose words fill the quotes, and
//! what a reader should notice.

use crate::analysis::{Analysis, SpeakerKind};
use crate::summary::{self, Summary};
use crate::ui::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub summary: Shared<Summary>,
    /// Whether an article has been analyzed: before one, there is nothing to sum up.
    pub has_text: bool,
}

/// Speakers shown in the quoted-words chart; the rest are summed up in a line.
const CHART_ROWS: usize = 8;

/// A share in percent, for drawing.
fn width(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// Each kind of source with its label and number of attributed statements.
fn kinds(s: &Summary) -> [(SpeakerKind, &'static str, usize); 6] {
    [
        (SpeakerKind::NamedPerson, s.by_named_person),
        (SpeakerKind::NamedOrganization, s.by_organization),
        (SpeakerKind::Media, s.by_media),
        (SpeakerKind::Document, s.by_document),
        (SpeakerKind::Anonymous, s.by_anonymous),
        (SpeakerKind::Unknown, s.by_unknown),
    ]
    .map(|(kind, n)| (kind, summary::kind_words(kind).1, n))
}

#[function_component(Sourcing)]
pub fn sourcing(props: &Props) -> Html {
    let s = &props.summary;
    // Kept here rather than in the chart, so that it outlives an article with no quotes.
    let all_rows = use_state(|| false);
    if !props.has_text {
        return html! {
            <section class="sourcing" aria-labelledby="sourcing-title">
                <h2 id="sourcing-title">{ "Sourcing" }</h2>
                <p class="hint">{ "Paste or open an article to see who is quoted and how it is sourced." }</p>
            </section>
        };
    }
    let rows = if *all_rows { usize::MAX } else { CHART_ROWS };
    let show_all = Callback::from(move |_: MouseEvent| all_rows.set(true));
    html! {
        <section class="sourcing" aria-labelledby="sourcing-title">
            <h2 id="sourcing-title">{ "Sourcing" }</h2>
            <p class="counts">
                { format!("{} · {}", summary::plural(s.speakers, "speaker", "speakers"),
                    summary::plural(s.attributed, "attributed statement", "attributed statements")) }
                if s.unattributed > 0 {
                    { format!(" · {} without a speaker", s.unattributed) }
                }
            </p>
            if s.attributed > 0 {
                { kinds_chart(s) }
            }
            if !s.quoted_words.is_empty() {
                { quoted_words_chart(&props.analysis, s, rows, show_all) }
            }
            <ul class="notes">
                // Whose voices are heard, by gender: a line like the report's, which costs
                // the page far less than a table.
                { for s.notes.iter().chain(&summary::voices_line(&s.voices)).map(|n| html! { <li>{ n }</li> }) }
            </ul>
        </section>
    }
}

/// The attributed statements by kind of source: one bar of segments, and its key. A
/// statement shared by two kinds counts in each, so the segments are shares of the
/// counts, not of the statements.
fn kinds_chart(s: &Summary) -> Html {
    let kinds = kinds(s);
    let present = || kinds.iter().filter(|(_, _, n)| *n > 0);
    let counted: usize = present().map(|(_, _, n)| n).sum();
    let mut x = 0.0;
    let segments: Vec<Html> = present()
        .map(|(kind, _, n)| {
            let w = width(*n, counted);
            let rect = html! {
                <rect x={summary::fixed(x, 2)} width={summary::fixed(w, 2)} height="10"
                    class={classes!("kind-bar", kind.code())} />
            };
            x += w;
            rect
        })
        .collect();
    let described: Vec<String> = present()
        .map(|(_, label, n)| format!("{n} from {label}"))
        .collect();
    html! {
        <figure class="chart">
            <figcaption>{ format!("Named sources: {} of attributed statements", summary::percent(s.by_named(), s.attributed)) }</figcaption>
            <svg class="kinds" viewBox="0 0 100 10" preserveAspectRatio="none"
                role="img" aria-label={format!("Statements by kind of source: {}", described.join(", "))}>
                <defs>
                    <pattern id="hatch" width="2" height="2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="1" height="2" class="hatch-line" />
                    </pattern>
                </defs>
                { for segments }
            </svg>
            <ul class="key">
                { for present().map(|(kind, label, n)| html! {
                    <li><span class={classes!("key-swatch", kind.code())} aria-hidden="true"></span>{ format!("{label}: {n}") }</li>
                }) }
            </ul>
            if counted > s.attributed {
                <p class="hint">{ "A statement shared by sources of two kinds counts in each." }</p>
            }
        </figure>
    }
}

/// Each speaker's share of the quoted words, the first `rows` of them, and a button that
/// shows the rest.
fn quoted_words_chart(
    a: &Analysis,
    s: &Summary,
    rows: usize,
    show_all: Callback<MouseEvent>,
) -> Html {
    html! {
        <figure class="chart">
            <figcaption>{ "Share of quoted words" }</figcaption>
            <ol class="shares">
                { for s.quoted_words.iter().take(rows).map(|&(id, n)| {
                    let share = width(n, s.total_quoted_words);
                    let name = a.speaker(id).map_or("?", |sp| sp.name.as_str());
                    html! {
                        <li>
                            <span class="who">{ name }</span>
                            <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                                <rect width={summary::fixed(share, 2)} height="6" />
                            </svg>
                            <span class="pct">{ summary::percent(n, s.total_quoted_words) }</span>
                        </li>
                    }
                }) }
            </ol>
            if s.quoted_words.len() > rows {
                <button class="select-speaker show-all" onclick={show_all}>
                    { format!("Show {} more speakers", s.quoted_words.len() - rows) }
                </button>
            }
        </figure>
    }
}
