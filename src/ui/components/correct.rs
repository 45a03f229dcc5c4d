//! The reader's corrections, made where the mistake shows: on a speaker's card (its name,
//! kind and gender, or the same speaker as another), on each statement (who said it, its
//! type, or no statement at all), and on a passage selected in the article (`passage.rs`).
//! Each form is plain controls with visible labels, reached by Tab, and what it changes
//! is one `Action::Correct`, which the notice's Undo and Ctrl+Z take back.

use crate::analysis::{Analysis, PersonGender, QuoteType, SpeakerKind};
use crate::corrections::{is_person, Anchor, Correction, Reader, Target, Who, KINDS};
use crate::summary::{gender_word, plural, statement_type};
use crate::ui::Shared;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The value of the select or text field behind `node`.
fn value(node: &NodeRef) -> String {
    match node.cast::<HtmlSelectElement>() {
        Some(select) => select.value(),
        None => (node.cast::<HtmlInputElement>()).map_or_else(String::new, |i| i.value()),
    }
}

/// The item of `list` whose place a select's value gives.
fn chosen<T: Copy>(node: &NodeRef, list: &[T]) -> Option<T> {
    value(node)
        .parse::<usize>()
        .ok()
        .and_then(|i| list.get(i).copied())
}

fn kind_options(current: SpeakerKind) -> Html {
    (KINDS.iter().enumerate())
        .map(|(i, k)| html! { <option value={i.to_string()} selected={*k == current}>{ k.badge() }</option> })
        .collect()
}

/// The fields that name whom a statement goes to: a speaker of the article, a new one
/// (its name and kind), or no one.
#[derive(Clone, Default, PartialEq)]
pub struct TargetFields {
    pub who: NodeRef,
    pub name: NodeRef,
    pub kind: NodeRef,
}

impl TargetFields {
    /// The target the reader chose; none for a new speaker with no name.
    pub fn read(&self, a: &Analysis) -> Option<Target> {
        let who = value(&self.who);
        match who.as_str() {
            "new" => {
                let name = value(&self.name).trim().to_string();
                let kind = chosen(&self.kind, &KINDS).unwrap_or(SpeakerKind::NamedPerson);
                (!name.is_empty()).then_some(Target::New { name, kind })
            }
            "none" => Some(Target::NoOne),
            id => Some(Target::Speaker(Who::of(a.speaker(id.parse().ok()?)?))),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TargetProps {
    pub analysis: Shared<Analysis>,
    pub fields: TargetFields,
    /// The speaker now saying it; `None` for no one.
    pub current: Option<usize>,
    /// Whether "no one" is a choice.
    pub no_one: bool,
}

/// "Said by": the speakers, a new speaker (with fields for its name and kind) or no one.
#[function_component(TargetPicker)]
pub fn target_picker(props: &TargetProps) -> Html {
    let new = use_state_eq(|| false);
    let onchange = {
        let new = new.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            new.set(select.value() == "new");
        })
    };
    let f = &props.fields;
    html! {
        <>
            <label>{ "Said by " }
                <select ref={f.who.clone()} {onchange}>
                    { for props.analysis.speakers.iter().map(|s| html! {
                        <option value={s.id.to_string()} selected={props.current == Some(s.id)}>{ &s.name }</option>
                    }) }
                    <option value="new">{ "a new speaker…" }</option>
                    if props.no_one {
                        <option value="none" selected={props.current.is_none()}>{ "no one" }</option>
                    }
                </select>
            </label>
            if *new {
                <label>{ "Name " }<input ref={f.name.clone()} type="text" required=true /></label>
                <label>{ "Kind " }<select ref={f.kind.clone()}>{ kind_options(SpeakerKind::NamedPerson) }</select></label>
            }
        </>
    }
}

fn type_options(current: QuoteType) -> Html {
    (QuoteType::ALL.iter().enumerate())
        .map(|(i, t)| html! { <option value={i.to_string()} selected={*t == current}>{ statement_type(*t) }</option> })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct SpeakerFormProps {
    pub analysis: Shared<Analysis>,
    pub id: usize,
    pub on_correct: Callback<Vec<Correction>>,
}

/// A speaker's name, kind and gender, and the speaker it may be the same as.
#[function_component(SpeakerForm)]
pub fn speaker_form(props: &SpeakerFormProps) -> Html {
    let fields = use_memo((), |_| [0; 4].map(|_| NodeRef::default()));
    let [name, kind, gender, same] = (*fields).clone();
    let Some(s) = props.analysis.speaker(props.id) else {
        return Html::default();
    };
    let onsubmit = {
        let (a, id, on_correct) = (props.analysis.clone(), props.id, props.on_correct.clone());
        let fields = fields.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_correct.emit(speaker_fixes(&a, id, &fields));
        })
    };
    let merge = {
        let (a, id, on_correct, same) = (
            props.analysis.clone(),
            props.id,
            props.on_correct.clone(),
            same.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let into = value(&same).parse().ok().and_then(|i| a.speaker(i));
            if let (Some(speaker), Some(into)) = (a.speaker(id), into) {
                let (speaker, into) = (Who::of(speaker), Who::of(into));
                on_correct.emit(vec![Correction::Merge { speaker, into }]);
            }
        })
    };
    let others = props.analysis.speakers.iter().filter(|o| o.id != s.id);
    html! {
        <div class="correct-form">
            <form {onsubmit}>
                <label>{ "Name " }<input ref={name} type="text" value={s.name.clone()} required=true /></label>
                <label>{ "Kind " }<select ref={kind}>{ kind_options(s.kind) }</select></label>
                if is_person(s.kind) {
                    <label>{ "Gender " }<select ref={gender}>
                        { for PersonGender::ALL.iter().enumerate().map(|(i, g)| html! {
                            <option value={i.to_string()} selected={s.gender == Some(*g)}>{ gender_word(*g) }</option>
                        }) }
                    </select></label>
                }
                <button type="submit" class="button">{ "Apply" }</button>
            </form>
            if props.analysis.speakers.len() > 1 {
                <form onsubmit={merge}>
                    <label>{ "Same speaker as " }<select ref={same}>
                        { for others.map(|o| html! { <option value={o.id.to_string()}>{ &o.name }</option> }) }
                    </select></label>
                    <button type="submit" class="button">{ "Merge" }</button>
                </form>
            }
        </div>
    }
}

/// What the speaker form changes: each field the reader changed, one correction each,
/// the later ones naming the speaker as renamed.
fn speaker_fixes(
    a: &Analysis,
    id: usize,
    [name, kind, gender, _]: &[NodeRef; 4],
) -> Vec<Correction> {
    let Some(s) = a.speaker(id) else {
        return Vec::new();
    };
    let mut who = Who::of(s);
    let mut fixes = Vec::new();
    let new_name = value(name).trim().to_string();
    if !new_name.is_empty() && new_name != s.name {
        fixes.push(Correction::Rename {
            speaker: who.clone(),
            name: new_name.clone(),
        });
        who.name = new_name;
    }
    let new_kind = chosen(kind, &KINDS).unwrap_or(s.kind);
    if new_kind != s.kind {
        fixes.push(Correction::Kind {
            speaker: who.clone(),
            kind: new_kind,
        });
    }
    let new_gender = chosen(gender, &PersonGender::ALL);
    if let Some(g) = new_gender.filter(|g| is_person(new_kind) && s.gender != Some(*g)) {
        fixes.push(Correction::Gender {
            speaker: who,
            gender: g,
        });
    }
    fixes
}

#[derive(Properties, PartialEq)]
pub struct StatementFormProps {
    pub analysis: Shared<Analysis>,
    pub quote: usize,
    pub on_correct: Callback<Vec<Correction>>,
}

/// Who said a statement and its type, or that it is no statement.
#[function_component(StatementForm)]
pub fn statement_form(props: &StatementFormProps) -> Html {
    let fields = use_memo((), |_| (TargetFields::default(), NodeRef::default()));
    let Some(q) = props.analysis.quotes.get(props.quote) else {
        return Html::default();
    };
    let anchor = Anchor {
        start: q.start,
        text: q.text.clone(),
    };
    let onsubmit = {
        let (a, i, on_correct, fields, anchor) = (
            props.analysis.clone(),
            props.quote,
            props.on_correct.clone(),
            fields.clone(),
            anchor.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_correct.emit(statement_fixes(&a, i, &fields.0, &fields.1, &anchor));
        })
    };
    let remove = props.on_correct.reform(move |_: MouseEvent| {
        vec![Correction::Remove {
            statement: anchor.clone(),
        }]
    });
    html! {
        <form class="correct-form" {onsubmit}>
            <TargetPicker analysis={props.analysis.clone()} fields={fields.0.clone()} current={q.speaker} no_one=true />
            <label>{ "Type " }<select ref={fields.1.clone()}>{ type_options(q.kind) }</select></label>
            <button type="submit" class="button">{ "Apply" }</button>
            <button type="button" class="button" onclick={remove}>{ "Not a statement" }</button>
        </form>
    }
}

fn statement_fixes(
    a: &Analysis,
    i: usize,
    target: &TargetFields,
    kind: &NodeRef,
    anchor: &Anchor,
) -> Vec<Correction> {
    let Some(q) = a.quotes.get(i) else {
        return Vec::new();
    };
    let mut fixes = Vec::new();
    let now = match q.speaker.and_then(|id| a.speaker(id)) {
        Some(s) => Target::Speaker(Who::of(s)),
        None => Target::NoOne,
    };
    if let Some(to) = target.read(a).filter(|to| *to != now) {
        fixes.push(Correction::Move {
            statement: anchor.clone(),
            to,
        });
    }
    if let Some(k) = chosen(kind, &QuoteType::ALL).filter(|k| *k != q.kind) {
        fixes.push(Correction::Type {
            statement: anchor.clone(),
            kind: k,
        });
    }
    fixes
}

/// The passage form's fields: whom and what type.
pub fn passage_fixes(
    a: &Analysis,
    passage: &Anchor,
    target: &TargetFields,
    kind: &NodeRef,
) -> Vec<Correction> {
    let Some(by) = target.read(a) else {
        return Vec::new();
    };
    let kind = chosen(kind, &QuoteType::ALL).unwrap_or(QuoteType::Direct);
    vec![Correction::Attribute {
        passage: passage.clone(),
        by,
        kind,
    }]
}

pub fn passage_type_options() -> Html {
    type_options(QuoteType::Direct)
}

/// The reader's corrections in words; those whose words or speaker are gone from the
/// article say so, until the reader lets go of them.
/// A plain function, not a component: a component's machinery costs the page bytes.
pub fn corrections_list(r: &Reader, on_forget: &Callback<()>) -> Html {
    if r.corrections.is_empty() {
        return Html::default();
    }
    let forget = on_forget.reform(|_: MouseEvent| ());
    html! {
        <section class="corrections" aria-labelledby="corrections-title">
            <h2 id="corrections-title">{ "Your corrections" }</h2>
            if !r.dropped.is_empty() {
                <p class="dropped-note">
                    { format!("{} no longer {}: the words or the speaker are gone from the article.",
                        plural(r.dropped.len(), "correction", "corrections"),
                        if r.dropped.len() == 1 { "applies" } else { "apply" }) }
                </p>
            }
            <ol class="correction-list">
                { for r.corrections.iter().enumerate().map(|(i, c)| html! {
                    <li class={classes!("correction", r.is_dropped(i).then_some("dropped"))}>
                        { c.describe() }
                        if r.is_dropped(i) { <strong>{ " (no longer applies)" }</strong> }
                    </li>
                }) }
            </ol>
            if !r.dropped.is_empty() {
                <button class="button" onclick={forget}>{ "Forget those that no longer apply" }</button>
            }
        </section>
    }
}
