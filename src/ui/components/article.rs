//! The article with its highlights: paragraphs of nested `<mark>` elements.
//!
//! Text is always inserted as text nodes, so pasted HTML shows as what it is and never
//! becomes markup.

use crate::analysis::{Analysis, QuoteType};
use crate::layout::{self, MarkKind, Node};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
}

#[function_component(Article)]
pub fn article(props: &Props) -> Html {
    let paragraphs = use_memo(props.analysis.clone(), |a| layout::layout(a));
    if props.text.trim().is_empty() {
        return html! {
            <div class="empty">
                <p>{ "Nothing to read yet. Paste an article in the Write tab, or load the sample." }</p>
            </div>
        };
    }
    let text = &props.text;
    html! {
        <article class="article" aria-label="Analyzed article">
            { for paragraphs.iter().map(|p| html! {
                <p>{ render(text, &props.analysis, &p.nodes) }</p>
            }) }
        </article>
    }
}

fn render(text: &str, analysis: &Analysis, nodes: &[Node]) -> Html {
    nodes
        .iter()
        .map(|n| match n {
            Node::Text { start, end } => html! { { text.get(*start..*end).unwrap_or_default() } },
            Node::Mark { mark, children } => {
                let title = describe(analysis, mark.kind, mark.speaker);
                // Only a quote's first piece carries the anchor the sidebar scrolls to.
                let anchor = matches!(mark.kind, MarkKind::Quote(_))
                    .then(|| {
                        mark.quote
                            .filter(|&q| analysis.quotes[q].start == mark.start)
                    })
                    .flatten()
                    .map(|q| format!("q-{q}"));
                html! {
                    <mark
                        id={anchor}
                        data-kind={mark.kind.code()}
                        data-quote={mark.quote.map(|q| q.to_string())}
                        data-speaker={mark.speaker.map(|s| s.to_string())}
                        title={title}
                    >
                        { render(text, analysis, children) }
                    </mark>
                }
            }
        })
        .collect()
}

/// The tooltip of a mark: what it is, and whose.
fn describe(analysis: &Analysis, kind: MarkKind, speaker: Option<usize>) -> String {
    let who = speaker
        .and_then(|s| analysis.speaker(s))
        .map_or("no speaker found".to_string(), |s| s.name.clone());
    match kind {
        MarkKind::Quote(QuoteType::Direct) => format!("Direct quote: {who}"),
        MarkKind::Quote(QuoteType::Partial) => format!("Partial quote: {who}"),
        MarkKind::Quote(QuoteType::Indirect) => format!("Reported speech: {who}"),
        MarkKind::Source { anonymous: true } => format!("Anonymous source: {who}"),
        MarkKind::Source { anonymous: false } => format!("Source: {who}"),
        MarkKind::Anonymity => "Why the source is not named".to_string(),
        MarkKind::Cue => "Attribution cue".to_string(),
        MarkKind::Entity(label) => format!("Entity: {}", label.describe()),
    }
}
