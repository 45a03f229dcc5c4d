//! The legend of highlight layers, each one a toggle. Every layer has its own underline or
//! border style as well as a colour, so the legend reads without colour too.

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
    html! {
        <div class="layers" role="group" aria-label="Highlights">
            <span class="layers-title">{ "Highlights" }</span>
            { for Layer::ALL.iter().map(|&layer| {
                let shown = props.layers.shows(layer);
                let onclick = props.on_toggle.reform(move |_: MouseEvent| layer);
                html! {
                    <button class="layer-toggle" aria-pressed={shown.to_string()} {onclick}>
                        <mark class="swatch" data-kind={sample_kind(layer)} aria-hidden="true">{ "Aa" }</mark>
                        { layer.label() }
                    </button>
                }
            }) }
            if props.layers.entities {
                <ul class="entity-legend" aria-label="Kinds of names">
                    { for EntityLabel::ALL.iter().map(|l| html! {
                        <li><mark data-kind={l.code()} class="swatch">{ l.describe() }</mark></li>
                    }) }
                    <li><mark data-kind="source-anonymous" class="swatch">{ "anonymous source" }</mark></li>
                </ul>
            }
        </div>
    }
}
