//! The sourcing summary at the top of the sidebar: how many voices, how much rests on
//! unnamed sources, whose words fill the quotes, and what a reader should notice.

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

#[function_component(Sourcing)]
pub fn sourcing(props: &Props) -> Html {
    let s = &props.summary;
    let a = &props.analysis;
    let kinds = [
        (SpeakerKind::NamedPerson, "people", s.by_named_person),
        (
            SpeakerKind::NamedOrganization,
            "organizations",
            s.by_organization,
        ),
        (SpeakerKind::Media, "news outlets", s.by_media),
        (SpeakerKind::Document, "documents", s.by_document),
        (SpeakerKind::Anonymous, "anonymous sources", s.by_anonymous),
        (SpeakerKind::Unknown, "unknown kind", s.by_unknown),
    ];
    let mut x = 0.0;
    let segments: Vec<Html> = kinds
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(kind, _, n)| {
            let w = width(*n, s.attributed);
            let rect = html! {
                <rect x={summary::fixed(x, 2)} width={summary::fixed(w, 2)} height="10"
                    class={classes!("kind-bar", kind.code())} />
            };
            x += w;
            rect
        })
        .collect();
    let described: Vec<String> = kinds
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(_, label, n)| format!("{n} from {label}"))
        .collect();
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
    let show_all = {
        let all_rows = all_rows.clone();
        Callback::from(move |_: MouseEvent| all_rows.set(true))
    };
    html! {
        <section class="sourcing" aria-labelledby="sourcing-title">
            <h2 id="sourcing-title">{ "Sourcing" }</h2>
            <p class="counts">
                { format!("{} speakers · {} attributed statements", s.speakers, s.attributed) }
                if s.unattributed > 0 {
                    { format!(" · {} without a speaker", s.unattributed) }
                }
            </p>
            if s.attributed > 0 {
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
                        { for kinds.iter().filter(|(_, _, n)| *n > 0).map(|(kind, label, n)| html! {
                            <li><span class={classes!("key-swatch", kind.code())} aria-hidden="true"></span>{ format!("{label}: {n}") }</li>
                        }) }
                    </ul>
                </figure>
            }
            if !s.quoted_words.is_empty() {
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
            <ul class="notes">
                { for s.notes.iter().map(|n| html! { <li>{ n }</li> }) }
            </ul>
        </section>
    }
}
