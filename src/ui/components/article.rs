//! The article with its highlights: paragraphs of nested `<mark>` elements.
//!
//! Text is always inserted as text nodes, so pasted markup shows as what it is and never
//! runs. Screen readers hear what each quote is and whose from a label drawn by CSS
//! (`data-sr`), which a reader copying the text does not pick up.
//!
//! Each paragraph is its own component that re-renders only when a hover, a pick or a
//! speaker seen alone touches one of its speakers, so long articles stay smooth; the browser skips laying
//! out paragraphs that are off screen; and a very long article is added in steps.

use crate::analysis::{Analysis, QuoteType, SpeakerKind};
use crate::layout::{self, MarkKind, Node};
use crate::ui::hooks::{use_stepped, STEP};
use crate::ui::state::{Layer, Layers};
use crate::ui::Shared;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Shared<str>,
    pub analysis: Shared<Analysis>,
    pub layers: Layers,
    /// Kinds of speaker the sidebar's filter hides: their marks lose their look too.
    pub hidden_kinds: Vec<SpeakerKind>,
    pub hovered: Option<usize>,
    /// The quote picked, and its speaker: marked, nothing else changed.
    pub picked: Option<(usize, usize)>,
    /// The speaker seen alone: everything else is dimmed.
    pub only: Option<usize>,
    pub on_hover: Callback<Option<usize>>,
    /// A mark of a speaker picked: the speaker, and the quote it belongs to, if any.
    pub on_pick: Callback<(usize, Option<usize>)>,
}

/// One paragraph, ready to render: its own text, its nodes (offsets into that text) and
/// the speakers it mentions.
#[derive(PartialEq)]
struct ShownParagraph {
    text: Rc<str>,
    nodes: Vec<Node>,
    speakers: Vec<usize>,
}

/// Who each speaker is, for tooltips and screen-reader labels (a vague source says so),
/// of what kind, which the sidebar's filter hides, and whether it is vague.
#[derive(PartialEq)]
struct Names(Vec<(String, &'static str, bool)>);

/// A vague source's reason, beside its name wherever the article names it.
const VAGUE: &str = " (vague source: no one a reader could check)";

fn blocks(text: &str, analysis: &Analysis) -> Vec<Rc<ShownParagraph>> {
    layout::layout(analysis)
        .into_iter()
        .map(|p| {
            let mut speakers = Vec::new();
            collect_speakers(&p.nodes, &mut speakers);
            speakers.sort_unstable();
            speakers.dedup();
            let nodes = p.nodes.iter().map(|n| shift(n, p.start)).collect();
            Rc::new(ShownParagraph {
                text: Rc::from(text.get(p.start..p.end).unwrap_or_default()),
                nodes,
                speakers,
            })
        })
        .collect()
}

fn collect_speakers(nodes: &[Node], out: &mut Vec<usize>) {
    for n in nodes {
        if let Node::Mark { mark, children } = n {
            out.extend(mark.speaker);
            collect_speakers(children, out);
        }
    }
}

/// The node with offsets made relative to its paragraph.
fn shift(node: &Node, by: usize) -> Node {
    match node {
        Node::Text { start, end } => Node::Text {
            start: start - by,
            end: end - by,
        },
        Node::Mark { mark, children } => {
            let mut mark = mark.clone();
            mark.start -= by;
            mark.end -= by;
            Node::Mark {
                mark,
                children: children.iter().map(|c| shift(c, by)).collect(),
            }
        }
    }
}

/// The mark of a speaker at or around the event's target.
fn mark_at(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    element.closest("mark[data-speaker]").ok()?
}

/// The number in attribute `name` of `mark`.
fn number(mark: &web_sys::Element, name: &str) -> Option<usize> {
    mark.get_attribute(name)?.parse().ok()
}

/// The speaker id on the mark at or around the event's target.
fn speaker_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    number(&mark_at(target)?, "data-speaker")
}

/// The speaker and quote of the mark at or around the event's target.
fn pick_at(target: Option<web_sys::EventTarget>) -> Option<(usize, Option<usize>)> {
    let mark = mark_at(target)?;
    Some((number(&mark, "data-speaker")?, number(&mark, "data-quote")))
}

#[function_component(Article)]
pub fn article(props: &Props) -> Html {
    let data = use_memo(
        (props.text.clone(), props.analysis.clone()),
        |(text, analysis)| {
            let names = (analysis.speakers.iter())
                .map(|s| {
                    (
                        s.name.clone() + if s.vague { VAGUE } else { "" },
                        s.kind.code(),
                        s.vague,
                    )
                })
                .collect();
            let blocks = blocks(text, analysis);
            let groups: Vec<Shared<Group>> = blocks.chunks(STEP).map(Group::of).collect();
            (Shared::new(Names(names)), groups, blocks.len())
        },
    );
    let shown = use_stepped(data.2);
    if props.text.trim().is_empty() {
        return html! {
            <div class="empty">
                <p>{ "Nothing to read yet. Paste an article in the Write tab, open a file, or load the sample." }</p>
            </div>
        };
    }
    let (names, groups, _) = &*data;
    let on_hover = props.on_hover.clone();
    let onmouseover = Callback::from(move |e: MouseEvent| on_hover.emit(speaker_at(e.target())));
    let on_hover = props.on_hover.clone();
    let onfocusin = Callback::from(move |e: FocusEvent| on_hover.emit(speaker_at(e.target())));
    let on_hover = props.on_hover.clone();
    let onmouseleave = Callback::from(move |_: MouseEvent| on_hover.emit(None));
    let on_pick = props.on_pick.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(pick) = pick_at(e.target()) {
            on_pick.emit(pick);
        }
    });
    let on_pick = props.on_pick.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            if let Some(pick) = pick_at(e.target()) {
                e.prevent_default();
                on_pick.emit(pick);
            }
        }
    });
    let mut classes = classes!("article");
    for layer in Layer::ALL {
        if !props.layers.shows(layer) {
            classes.push(layer.hidden_class());
        }
    }
    if props.only.is_some() {
        classes.push("focusing");
    }
    for kind in &props.hidden_kinds {
        classes.push(format!("hide-kind-{}", kind.code()));
    }
    html! {
        <article class={classes} aria-label="Analyzed article"
            {onmouseover} {onmouseleave} {onfocusin} {onclick} {onkeydown}>
            { for groups.iter().take(shown.div_ceil(STEP)).enumerate().map(|(k, g)| {
                html! {
                    <GroupView key={k}
                        group={g.clone()}
                        names={names.clone()}
                        hovered={g.touches(props.hovered)}
                        picked={props.picked.filter(|&(s, _)| g.touches(Some(s)).is_some())}
                        only={g.touches(props.only)} />
                }
            }) }
        </article>
    }
}

/// Paragraphs in groups of one step's size: each step of a long article adds one group,
/// so a step's work stays the same however far the article has grown.
struct Group {
    blocks: Vec<Rc<ShownParagraph>>,
    /// Every speaker the group's paragraphs mention, sorted.
    speakers: Vec<usize>,
}

impl Group {
    fn of(blocks: &[Rc<ShownParagraph>]) -> Shared<Group> {
        let mut speakers: Vec<usize> = blocks.iter().flat_map(|b| b.speakers.clone()).collect();
        speakers.sort_unstable();
        speakers.dedup();
        Shared::new(Group {
            blocks: blocks.to_vec(),
            speakers,
        })
    }

    /// The speaker, if the group mentions it.
    fn touches(&self, speaker: Option<usize>) -> Option<usize> {
        speaker.filter(|id| self.speakers.binary_search(id).is_ok())
    }
}

#[derive(Properties, PartialEq)]
struct GroupProps {
    group: Shared<Group>,
    names: Shared<Names>,
    hovered: Option<usize>,
    picked: Option<(usize, usize)>,
    only: Option<usize>,
}

#[function_component(GroupView)]
fn group_view(props: &GroupProps) -> Html {
    props
        .group
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let touches = |s: Option<usize>| s.filter(|id| b.speakers.binary_search(id).is_ok());
            html! {
                <ParagraphView key={i}
                    block={Shared::from_rc(b.clone())}
                    names={props.names.clone()}
                    hovered={touches(props.hovered)}
                    picked={props.picked.filter(|&(s, _)| touches(Some(s)).is_some())}
                    only={touches(props.only)} />
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct ParagraphProps {
    block: Shared<ShownParagraph>,
    names: Shared<Names>,
    hovered: Option<usize>,
    picked: Option<(usize, usize)>,
    only: Option<usize>,
}

#[function_component(ParagraphView)]
fn paragraph_view(props: &ParagraphProps) -> Html {
    let names: &Names = &props.names;
    html! { <p>{ render(&props.block.text, &names.0, &props.block.nodes, props) }</p> }
}

fn render(
    text: &str,
    names: &[(String, &'static str, bool)],
    nodes: &[Node],
    props: &ParagraphProps,
) -> Html {
    nodes
        .iter()
        .map(|n| match n {
            Node::Text { start, end } => html! { { text.get(*start..*end).unwrap_or_default() } },
            Node::Mark { mark, children } => {
                let speaker = mark.speaker.and_then(|s| names.get(s));
                let who = speaker.map_or("no speaker found", |(name, _, _)| name.as_str());
                let vague = speaker.is_some_and(|s| s.2) && matches!(mark.kind, MarkKind::Source { .. });
                let label = describe(mark.kind, who);
                // A quote's first piece carries the anchor the sidebar scrolls to, and is
                // where keyboard users land.
                let anchor = matches!(mark.kind, MarkKind::Quote(_))
                    && mark.quote.is_some()
                    && !mark.continued;
                let id = anchor.then(|| format!("q-{}", mark.quote.unwrap_or_default()));
                html! {
                    <mark
                        {id}
                        class={mark_class(mark, props)}
                        data-kind={mark.kind.code()}
                        data-quote={mark.quote.map(|q| q.to_string())}
                        data-speaker={mark.speaker.map(|s| s.to_string())}
                        data-speaker-kind={speaker.map(|&(_, kind, _)| kind)}
                        data-vague={vague.then_some("")}
                        tabindex={anchor.then_some("0")}
                        data-sr={anchor.then(|| format!("{label}: "))}
                        data-label={(anchor || matches!(mark.kind, MarkKind::Entity(_))).then(|| label.clone())}
                        title={label}
                    >
                        { render(text, names, children, props) }
                    </mark>
                }
            }
        })
        .collect()
}

/// `hover` on the marks of the speaker hovered, `selected` on those of the speaker seen
/// alone, `picked` on the pieces of the quote picked.
fn mark_class(mark: &layout::Mark, props: &ParagraphProps) -> Classes {
    let mut class = Classes::new();
    let of = |speaker: Option<usize>| mark.speaker.is_some() && mark.speaker == speaker;
    if of(props.hovered) {
        class.push("hover");
    }
    if of(props.only) {
        class.push("selected");
    }
    let picked = props.picked.map(|(_, quote)| quote);
    if matches!(mark.kind, MarkKind::Quote(_)) && mark.quote.is_some() && mark.quote == picked {
        class.push("picked");
    }
    class
}

/// What a mark is, and whose, in words.
fn describe(kind: MarkKind, who: &str) -> String {
    match kind {
        MarkKind::Quote(QuoteType::Direct) => format!("Direct quote, {who}"),
        MarkKind::Quote(QuoteType::Partial) => format!("Partial quote, {who}"),
        MarkKind::Quote(QuoteType::Indirect) => format!("Reported speech, {who}"),
        MarkKind::Source { anonymous: true } => format!("Anonymous source: {who}"),
        MarkKind::Source { anonymous: false } => format!("Source: {who}"),
        MarkKind::Anonymity => "Why the source is not named".to_string(),
        MarkKind::Cue => "Attribution cue".to_string(),
        MarkKind::Entity(label) => format!("Name: {}", label.describe()),
    }
}
