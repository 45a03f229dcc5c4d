//! The features the entity model sees for each token.
//!
//! One function computes them both for training (`examples/ner_features.rs` writes them
//! for CRFsuite) and in the app, so the model can never see features at run time that
//! differ from those it was trained on. They are the classic ones for news NER: the word
//! and its neighbours, shape, affixes, gazetteer matches, and two document-level hints
//! (the word is capitalized elsewhere mid-sentence; it appears in lower case elsewhere).

use super::super::lexicon;
use super::super::text::{Document, TokenKind};
use super::clusters;
pub use super::context::DocContext;
use super::context::{
    is_upper, SEEN_AFTER_LOCATIVE, SEEN_AFTER_TITLE, SEEN_BEFORE_COMPANY, SEEN_CAPITALIZED_INSIDE,
};
use super::gazetteer;
use crate::analysis::model::EntityLabel;
use crate::analysis::model::Gender;
/// The word cluster of token `i`, as the feature value.
fn cluster(doc: &Document, i: usize) -> Option<&'static str> {
    let word = doc.word(i);
    // "JAPAN" in a shouted headline takes the cluster of "Japan".
    let clusters = clusters::get();
    clusters.of(word).or_else(|| {
        is_upper(word)
            .then(|| clusters.of(&title_case(word)))
            .flatten()
    })
}

/// The gender a capitalized token has as a first name.
fn given(doc: &Document, i: usize) -> Option<Gender> {
    doc.is_capitalized(i)
        .then(|| gazetteer::get().given_name(&title_case(doc.word(i))))
        .flatten()
}

/// The word's shape with runs collapsed: "Meloni" -> "Xx", "U.S." -> "X.X.", "1996" -> "d".
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if last != Some(s) {
            out.push(s);
            last = Some(s);
        }
        if out.len() >= 8 {
            break;
        }
    }
    out
}

/// Calls `emit` with each feature of token `i` in sentence `sentence`: those of the word
/// itself, those its neighbours lend it, and those of its place in the sentence. The app
/// scores the same features grouped this way, so that a word's share is computed once
/// per article (see `entities::scores`).
pub fn token_features(
    doc: &Document,
    ctx: &DocContext,
    sentence: usize,
    i: usize,
    emit: &mut dyn FnMut(&str),
) {
    word_features(doc, i, emit);
    document_features(doc, ctx, i, emit);
    let s = doc.sentences[sentence].tokens.clone();
    for offset in [-2, -1, 1, 2] {
        let j = i as isize + offset;
        if j >= s.start as isize && j < s.end as isize {
            neighbour_features(doc, j as usize, offset, emit);
        } else {
            boundary_features(offset, emit);
        }
    }
    place_features(doc, ctx, sentence, i, emit);
}

/// Writes the concatenation of `parts` into `buf` and emits it.
fn put(buf: &mut String, emit: &mut dyn FnMut(&str), parts: &[&str]) {
    buf.clear();
    for p in parts {
        buf.push_str(p);
    }
    emit(buf);
}

/// Features of the word itself, the same wherever and in whatever article it occurs.
pub fn word_features(doc: &Document, i: usize, emit: &mut dyn FnMut(&str)) {
    let mut buf = String::with_capacity(32);
    let word = doc.word(i);
    let low = doc.low(i);
    put(&mut buf, emit, &["w=", low]);
    put(&mut buf, emit, &["s=", &shape(word)]);
    // Prefixes of 1 to 3 characters and suffixes of 1 to 4, when the word is longer.
    let bounds: Vec<usize> = low.char_indices().map(|(b, _)| b).collect();
    let chars = bounds.len();
    const PREFIX: [&str; 3] = ["p1=", "p2=", "p3="];
    const SUFFIX: [&str; 4] = ["x1=", "x2=", "x3=", "x4="];
    for n in 1..=4 {
        if chars > n {
            if n <= 3 {
                put(&mut buf, emit, &[PREFIX[n - 1], &low[..bounds[n]]]);
            }
            put(&mut buf, emit, &[SUFFIX[n - 1], &low[bounds[chars - n]..]]);
        }
    }
    if is_upper(word) && word.chars().filter(|c| c.is_alphabetic()).count() > 1 {
        emit("upper");
    }
    if doc.tokens[i].kind == TokenKind::Number {
        emit("num");
    }
    if word.contains('-') {
        emit("hyph");
    }
    if let Some(c) = cluster(doc, i) {
        put(&mut buf, emit, &["c=", c]);
    }
    if let Some(g) = given(doc, i) {
        put(&mut buf, emit, &["gn", gender_code(g)]);
    }
    // TITLES as listed, with their points ("mr."): the model was trained on this test, so
    // it stays, though lexicon::is_title also takes British "Mr".
    if lexicon::TITLES.contains(low) {
        emit("title");
    }
}

/// What the rest of the article says about the word.
pub fn document_features(doc: &Document, ctx: &DocContext, i: usize, emit: &mut dyn FnMut(&str)) {
    let word = doc.word(i);
    let low = doc.low(i);
    let seen = ctx.seen.get(word).copied().unwrap_or(0);
    if seen & SEEN_CAPITALIZED_INSIDE != 0 {
        emit("doc:cap");
    }
    if ctx.lowercase.contains(low) && doc.is_capitalized(i) {
        emit("doc:low");
    }
    for (bit, name) in [
        (SEEN_AFTER_TITLE, "doc:titled"),
        (SEEN_BEFORE_COMPANY, "doc:company"),
        (SEEN_AFTER_LOCATIVE, "doc:in"),
    ] {
        if seen & bit != 0 {
            emit(name);
        }
    }
}

/// Features that the word at `j` lends the token `offset` places before or after it
/// (`offset` is the token's position minus `j`'s, negated: -1 for the word before).
pub fn neighbour_features(doc: &Document, j: usize, offset: isize, emit: &mut dyn FnMut(&str)) {
    let mut buf = String::with_capacity(32);
    let (word, shape_name, cluster_name, given_name) = match offset {
        -2 => ("w-2=", None, None, None),
        -1 => ("w-1=", Some("s-1="), Some("c-1="), Some("gn-1")),
        1 => ("w+1=", Some("s+1="), Some("c+1="), Some("gn+1")),
        _ => ("w+2=", None, None, None),
    };
    put(&mut buf, emit, &[word, doc.low(j)]);
    if let Some(name) = shape_name {
        put(&mut buf, emit, &[name, &shape(doc.word(j))]);
    }
    if let (Some(name), Some(c)) = (cluster_name, cluster(doc, j)) {
        put(&mut buf, emit, &[name, c]);
    }
    if let (Some(name), Some(g)) = (given_name, given(doc, j)) {
        put(&mut buf, emit, &[name, gender_code(g)]);
    }
    if offset == -1 && lexicon::TITLES.contains(doc.low(j)) {
        emit("title-1");
    }
    if offset == 1 && super::super::cues::verb(doc.low(j)).is_some() {
        emit("cue+1");
    }
}

/// The features of a neighbour `offset` places away that lies outside the sentence.
pub fn boundary_features(offset: isize, emit: &mut dyn FnMut(&str)) {
    match offset {
        -2 => emit("w-2=<s>"),
        -1 => {
            emit("w-1=<s>");
            emit("s-1=<s>");
        }
        1 => {
            emit("w+1=<s>");
            emit("s+1=<s>");
        }
        _ => emit("w+2=<s>"),
    }
}

/// Features of the token's place: in the sentence, in a gazetteer match, between its
/// neighbours.
pub fn place_features(
    doc: &Document,
    ctx: &DocContext,
    sentence: usize,
    i: usize,
    emit: &mut dyn FnMut(&str),
) {
    emit(BIAS);
    place_flags(doc, ctx, sentence, i, &mut |f| emit(f));
    let mut buf = String::with_capacity(32);
    bigram_before(doc, sentence, i, &mut buf, emit);
    bigram_after(doc, sentence, i, &mut buf, emit);
}

/// The feature every token has.
pub const BIAS: &str = "b";

/// The features of a token's place that are fixed names, besides the bias: position,
/// capitals, gazetteer match.
pub fn place_flags(
    doc: &Document,
    ctx: &DocContext,
    sentence: usize,
    i: usize,
    emit: &mut dyn FnMut(&'static str),
) {
    let s = doc.sentences[sentence].tokens.clone();
    let shouting = ctx.shouting[sentence];
    if shouting {
        emit("shout");
    }
    if doc.is_capitalized(i) {
        emit(if shouting { "cap!" } else { "cap" });
    }
    if i == s.start {
        emit("first");
    }
    for (slot, k) in [-1isize, 0, 1].into_iter().enumerate() {
        let j = i as isize + k;
        if j < s.start as isize || j >= s.end as isize {
            continue;
        }
        if let Some((label, begins)) = ctx.gazetteer[j as usize] {
            emit(GAZETTEER_FEATURES[slot][label_index(label)][usize::from(!begins)]);
        }
    }
}

pub use crate::analysis::crf::{BIGRAM_AFTER, BIGRAM_BEFORE};

/// The token with the word before it.
pub fn bigram_before(
    doc: &Document,
    sentence: usize,
    i: usize,
    buf: &mut String,
    emit: &mut dyn FnMut(&str),
) {
    let before = lower_in(doc, sentence, i.wrapping_sub(1));
    put(buf, emit, &[BIGRAM_BEFORE, before, "|", doc.low(i)]);
}

/// The token with the word after it.
pub fn bigram_after(
    doc: &Document,
    sentence: usize,
    i: usize,
    buf: &mut String,
    emit: &mut dyn FnMut(&str),
) {
    let after = lower_in(doc, sentence, i + 1);
    put(buf, emit, &[BIGRAM_AFTER, doc.low(i), "|", after]);
}

/// Token `j` in lower case, or `<s>` past the sentence's edge.
fn lower_in<'a>(doc: &'a Document, sentence: usize, j: usize) -> &'a str {
    if doc.sentences[sentence].tokens.contains(&j) {
        doc.low(j)
    } else {
        "<s>"
    }
}

/// "g=PB": a gazetteer match of a label (P, O, G, L, N) that Begins or is Inside, on the
/// word before, the word itself, or the word after.
#[rustfmt::skip]
const GAZETTEER_FEATURES: [[[&str; 2]; 5]; 3] = [
    [["g-1=PB", "g-1=PI"], ["g-1=OB", "g-1=OI"], ["g-1=GB", "g-1=GI"], ["g-1=LB", "g-1=LI"], ["g-1=NB", "g-1=NI"]],
    [["g=PB", "g=PI"], ["g=OB", "g=OI"], ["g=GB", "g=GI"], ["g=LB", "g=LI"], ["g=NB", "g=NI"]],
    [["g+1=PB", "g+1=PI"], ["g+1=OB", "g+1=OI"], ["g+1=GB", "g+1=GI"], ["g+1=LB", "g+1=LI"], ["g+1=NB", "g+1=NI"]],
];

/// Our labels in the order of [`label_index`].
pub const LABELS: [EntityLabel; 5] = [
    EntityLabel::Person,
    EntityLabel::Org,
    EntityLabel::Gpe,
    EntityLabel::Loc,
    EntityLabel::Norp,
];

pub fn label_index(l: EntityLabel) -> usize {
    match l {
        EntityLabel::Person => 0,
        EntityLabel::Org => 1,
        EntityLabel::Gpe => 2,
        EntityLabel::Loc => 3,
        EntityLabel::Norp => 4,
    }
}

fn gender_code(g: Gender) -> &'static str {
    match g {
        Gender::Female => "f",
        Gender::Male => "m",
        Gender::Either => "e",
    }
}

/// "MERKEL" -> "Merkel", so that shouted names still match the list of given names.
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Meloni"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-22"), "d-d-d");
        assert_eq!(shape("McCain"), "XxXx");
    }

    #[test]
    fn the_model_was_trained_on_these_verbs_of_saying() {
        assert_eq!(
            format!("{:016x}", super::super::super::cues::fingerprint()),
            include_str!("../../../assets/ner.cues").trim(),
            "the verbs of src/analysis/cues.rs changed: retrain with tools/ner/train.sh"
        );
    }

    #[test]
    fn features_of_a_name() {
        let doc = Document::new("Prime Minister Giorgia Meloni said it.");
        let ctx = DocContext::new(&doc);
        let mut feats = Vec::new();
        token_features(&doc, &ctx, 0, 3, &mut |f| feats.push(f.to_string()));
        for f in [
            "w=meloni",
            "s=Xx",
            "cap",
            "w-1=giorgia",
            "cue+1",
            "x3=oni",
            "w|w+1=meloni|said",
        ] {
            assert!(feats.contains(&f.to_string()), "{f} missing from {feats:?}");
        }
    }
}
