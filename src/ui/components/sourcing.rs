//! The sourcing summary at the top of the sidebar: how many voices, how much rests on
//! unnamed sources, whose words fill the quotes, and what a reader should notice.

use crate::analysis::{Analysis, SpeakerKind};
use crate::summary::Summary;
use crate::ui::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub summary: Shared<Summary>,
}

/// Speakers shown in the quoted-words chart; the rest are summed up in a line.
const CHART_ROWS: usize = 8;

fn percent(part: usize, whole: usize) -> f64 {
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
        (SpeakerKind::Unknown, "unclear", s.by_unknown),
    ];
    let mut x = 0.0;
    let segments: Vec<Html> = kinds
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(kind, _, n)| {
            let w = percent(*n, s.attributed);
            let rect = html! {
                <rect x={format!("{x:.2}")} width={format!("{w:.2}")} height="10"
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
                    <figcaption>{ format!("Named sources: {:.0}% of attributed statements", s.named_share() * 100.0) }</figcaption>
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
                        { for s.quoted_words.iter().take(CHART_ROWS).map(|&(id, n)| {
                            let share = percent(n, s.total_quoted_words);
                            let name = a.speaker(id).map_or("?", |sp| sp.name.as_str());
                            html! {
                                <li>
                                    <span class="who">{ name }</span>
                                    <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                                        <rect width={format!("{share:.2}")} height="6" />
                                    </svg>
                                    <span class="pct">{ format!("{share:.0}%") }</span>
                                </li>
                            }
                        }) }
                    </ol>
                    if s.quoted_words.len() > CHART_ROWS {
                        <p class="hint">{ format!("and {} more speakers", s.quoted_words.len() - CHART_ROWS) }</p>
                    }
                </figure>
            }
            <ul class="notes">
                { for s.notes.iter().map(|n| html! { <li>{ n }</li> }) }
            </ul>
        </section>
    }
}
