//! The legend of highlight layers, each one a toggle. Every layer has its own underline or
//! border style as well as a colour, so the legend reads without colour too.
//!
//! On a small screen the toggles and the key of names fold behind one button that says
//! how many layers are shown, so that the article begins near the top of the screen; the
//! button is a disclosure (`aria-expanded`), reached by Tab like any other. Beside the
//! sidebar the button is not shown and the panel always is (`styles/app.css`).

use crate::analysis::EntityLabel;
use crate::ui::state::{Layer, Layers};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub layers: Layers,
    pub on_toggle: Callback<Layer>,
}

/// The `data-kind` a layer's sample swatch imitates.
fn sample_kind(layer: Layer) -> &'static str {
    match layer {
        Layer::Entities => "PERSON",
        Layer::Direct => "direct",
        Layer::Partial => "partial",
        Layer::Indirect => "indirect",
        Layer::Cues => "cue",
        Layer::Sources => "source",
    }
}

#[function_component(LayerControls)]
pub fn layer_controls(props: &Props) -> Html {
    let open = use_state_eq(|| false);
    let shown = Layer::ALL
        .iter()
        .filter(|l| props.layers.shows(**l))
        .count();
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="layers">
            <button class="button layers-fold" aria-expanded={open.to_string()}
                aria-controls="layer-panel" {onclick}>
                { format!("Highlights · {shown} of {} shown", Layer::ALL.len()) }
            </button>
            <div id="layer-panel" class={classes!("layer-panel", open.then_some("open"))}
                role="group" aria-label="Highlights">
                <span class="layers-title" aria-hidden="true">{ "Highlights" }</span>
                { for Layer::ALL.iter().map(|&layer| toggle(props, layer)) }
                if props.layers.entities {
                    <ul class="entity-legend" aria-label="Kinds of names">
                        { for EntityLabel::ALL.iter().map(|l| html! {
                            <li><mark data-kind={l.code()} class="swatch">{ l.describe() }</mark></li>
                        }) }
                        <li><mark data-kind="source-anonymous" class="swatch">{ "anonymous source" }</mark></li>
                    </ul>
                }
            </div>
        </div>
    }
}

fn toggle(props: &Props, layer: Layer) -> Html {
    let shown = props.layers.shows(layer);
    let onclick = props.on_toggle.reform(move |_: MouseEvent| layer);
    html! {
        <button class="layer-toggle" aria-pressed={shown.to_string()} {onclick}>
            <mark class="swatch" data-kind={sample_kind(layer)} aria-hidden="true">{ "Aa" }</mark>
            { layer.label() }
        </button>
    }
}
