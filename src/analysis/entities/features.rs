//! The features the entity model sees for each token.
//!
//! One function computes them both for training (`examples/ner_features.rs` writes them
//! for CRFsuite) and in the app, so the model can never see features at run time that
//! differ from those it was trained on. They are the classic ones for news NER: the word
//! and its neighbours, shape, affixes, gazetteer matches, and two document-level hints
//! (the word is capitalized elsewhere mid-sentence; it appears in lower case elsewhere).

use super::super::lexicon;
use super::super::text::{Document, TokenKind};
use super::gazetteer::{self, Gender};
use crate::analysis::model::EntityLabel;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Line n lists the words of cluster n (`tools/ner/clusters.py`).
const CLUSTERS: &str = include_str!("../../../assets/clusters.txt");

/// The word cluster of each frequent word, as the feature value.
fn clusters() -> &'static HashMap<&'static str, String> {
    static MAP: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for (n, line) in CLUSTERS.lines().enumerate() {
            for word in line.split(' ').filter(|w| !w.is_empty()) {
                map.insert(word, n.to_string());
            }
        }
        map
    })
}

/// What the whole document says about its words, computed once.
pub struct DocContext<'d> {
    /// Per token: the gazetteer label covering it, and whether it begins the match.
    gazetteer: Vec<Option<(EntityLabel, bool)>>,
    /// Words seen capitalized away from a sentence start.
    capitalized_inside: HashSet<&'d str>,
    /// Words seen entirely in lower case.
    lowercase: HashSet<&'d str>,
    /// Per sentence: written in capitals or title case, so capitals say little.
    shouting: Vec<bool>,
    /// Words seen elsewhere right after a title or a first name ("Mr. Cotti").
    after_title: HashSet<&'d str>,
    /// Words seen elsewhere right before a company ending ("Pirelli SpA").
    before_company: HashSet<&'d str>,
    /// Words seen elsewhere right after "in", "at" or "from".
    after_locative: HashSet<&'d str>,
}

impl<'d> DocContext<'d> {
    pub fn new(doc: &Document<'d>) -> DocContext<'d> {
        let gaz = gazetteer::get();
        let mut gazetteer = vec![None; doc.tokens.len()];
        for s in &doc.sentences {
            let mut i = s.tokens.start;
            while i < s.tokens.end {
                match gaz.longest_at_folded(doc, i, s.tokens.end) {
                    Some((len, label)) => {
                        for (k, slot) in gazetteer[i..i + len].iter_mut().enumerate() {
                            *slot = Some((label, k == 0));
                        }
                        i += len;
                    }
                    None => i += 1,
                }
            }
        }
        let mut capitalized_inside = HashSet::new();
        let mut lowercase = HashSet::new();
        for s in &doc.sentences {
            for i in s.tokens.clone() {
                let w = doc.word(i);
                if i > s.tokens.start && doc.is_capitalized(i) && !is_upper(w) {
                    capitalized_inside.insert(w);
                } else if w.chars().all(|c| !c.is_uppercase()) {
                    lowercase.insert(w);
                }
            }
        }
        let shouting = doc
            .sentences
            .iter()
            .map(|s| {
                let letters: Vec<char> = doc
                    .slice(s.tokens.clone())
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .collect();
                let upper = letters.iter().filter(|c| c.is_uppercase()).count();
                doc.paragraphs[s.paragraph].headline
                    || (letters.len() > 8 && upper * 10 >= letters.len() * 7)
            })
            .collect();
        let gaz = gazetteer::get();
        let mut after_title = HashSet::new();
        let mut before_company = HashSet::new();
        let mut after_locative = HashSet::new();
        for s in &doc.sentences {
            for i in s.tokens.start + 1..s.tokens.end {
                if !doc.is_capitalized(i) {
                    continue;
                }
                let prev = doc.word(i - 1);
                let titled = lexicon::contains(lexicon::TITLES, doc.low(i - 1))
                    || (doc.is_capitalized(i - 1) && gaz.given_name(prev).is_some());
                if titled {
                    after_title.insert(doc.word(i));
                }
                if matches!(doc.low(i - 1), "in" | "at" | "from") {
                    after_locative.insert(doc.word(i));
                }
                if i + 1 < s.tokens.end && COMPANY_ENDINGS.contains(&doc.word(i + 1)) {
                    before_company.insert(doc.word(i));
                }
            }
        }
        DocContext {
            gazetteer,
            capitalized_inside,
            lowercase,
            shouting,
            after_title,
            before_company,
            after_locative,
        }
    }

    /// The gazetteer label over token `i`, if any.
    pub fn gazetteer_label(&self, i: usize) -> Option<EntityLabel> {
        self.gazetteer[i].map(|(l, _)| l)
    }
}

/// Words that end company and club names.
const COMPANY_ENDINGS: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Co",
    "Co.",
    "Ltd",
    "Ltd.",
    "Plc",
    "PLC",
    "SA",
    "AG",
    "NV",
    "SpA",
    "Group",
    "Bank",
    "Holdings",
    "Industries",
    "International",
    "United",
    "City",
    "Party",
    "Association",
    "Airlines",
    "Motors",
    "Systems",
];

fn is_upper(w: &str) -> bool {
    w.chars().any(|c| c.is_alphabetic()) && !w.chars().any(|c| c.is_lowercase())
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

fn label_code(l: EntityLabel) -> &'static str {
    match l {
        EntityLabel::Person => "P",
        EntityLabel::Org => "O",
        EntityLabel::Gpe => "G",
        EntityLabel::Loc => "L",
        EntityLabel::Norp => "N",
    }
}

/// Calls `emit` with each feature of token `i` in sentence `sentence`.
pub fn token_features(
    doc: &Document,
    ctx: &DocContext,
    sentence: usize,
    i: usize,
    emit: &mut dyn FnMut(&str),
) {
    let s = doc.sentences[sentence].tokens.clone();
    let mut buf = String::with_capacity(32);
    let mut put = |buf: &mut String, parts: &[&str]| {
        buf.clear();
        for p in parts {
            buf.push_str(p);
        }
        emit(buf);
    };
    let word = doc.word(i);
    let low = doc.low(i);
    let at = |k: isize| -> Option<usize> {
        let j = i as isize + k;
        (j >= s.start as isize && j < s.end as isize).then_some(j as usize)
    };
    let lower_at = |k: isize| at(k).map_or("<s>", |j| doc.low(j));
    put(&mut buf, &["b"]);
    put(&mut buf, &["w=", low]);
    let sh = shape(word);
    put(&mut buf, &["s=", &sh]);
    let chars: Vec<char> = low.chars().collect();
    for n in 1..=4 {
        if chars.len() > n {
            let prefix: String = chars[..n].iter().collect();
            let suffix: String = chars[chars.len() - n..].iter().collect();
            if n <= 3 {
                put(&mut buf, &["p", &n.to_string(), "=", &prefix]);
            }
            put(&mut buf, &["x", &n.to_string(), "=", &suffix]);
        }
    }
    let shouting = ctx.shouting[sentence];
    if shouting {
        put(&mut buf, &["shout"]);
    }
    if doc.is_capitalized(i) {
        put(&mut buf, &[if shouting { "cap!" } else { "cap" }]);
    }
    if is_upper(word) && word.chars().filter(|c| c.is_alphabetic()).count() > 1 {
        put(&mut buf, &["upper"]);
    }
    if doc.tokens[i].kind == TokenKind::Number {
        put(&mut buf, &["num"]);
    }
    if word.contains('-') {
        put(&mut buf, &["hyph"]);
    }
    if i == s.start {
        put(&mut buf, &["first"]);
    }
    for (k, name) in [(-2, "w-2="), (-1, "w-1="), (1, "w+1="), (2, "w+2=")] {
        put(&mut buf, &[name, lower_at(k)]);
    }
    for (k, name) in [(-1, "s-1="), (1, "s+1=")] {
        let sh = at(k).map_or_else(|| "<s>".to_string(), |j| shape(doc.word(j)));
        put(&mut buf, &[name, &sh]);
    }
    for (k, name) in [(0, "c="), (-1, "c-1="), (1, "c+1=")] {
        if let Some(c) = at(k).and_then(|j| clusters().get(doc.word(j))) {
            put(&mut buf, &[name, c]);
        }
    }
    put(&mut buf, &["w-1|w=", lower_at(-1), "|", low]);
    put(&mut buf, &["w|w+1=", low, "|", lower_at(1)]);
    for (k, name) in [(-1, "g-1="), (0, "g="), (1, "g+1=")] {
        if let Some((label, begins)) = at(k).and_then(|j| ctx.gazetteer[j]) {
            put(
                &mut buf,
                &[name, label_code(label), if begins { "B" } else { "I" }],
            );
        }
    }
    let gaz = gazetteer::get();
    for (k, name) in [(0, "gn"), (-1, "gn-1"), (1, "gn+1")] {
        if let Some(j) = at(k) {
            if doc.is_capitalized(j) {
                if let Some(g) = gaz.given_name(&title_case(doc.word(j))) {
                    let gender = match g {
                        Gender::Female => "f",
                        Gender::Male => "m",
                        Gender::Either => "e",
                    };
                    put(&mut buf, &[name, gender]);
                }
            }
        }
    }
    if at(-1).is_some_and(|j| lexicon::contains(lexicon::TITLES, doc.low(j))) {
        put(&mut buf, &["title-1"]);
    }
    if lexicon::contains(lexicon::TITLES, low) {
        put(&mut buf, &["title"]);
    }
    if at(1).is_some_and(|j| super::super::cues::verb(doc.low(j)).is_some()) {
        put(&mut buf, &["cue+1"]);
    }
    if ctx.capitalized_inside.contains(word) {
        put(&mut buf, &["doc:cap"]);
    }
    if ctx.lowercase.contains(low) && doc.is_capitalized(i) {
        put(&mut buf, &["doc:low"]);
    }
    for (set, name) in [
        (&ctx.after_title, "doc:titled"),
        (&ctx.before_company, "doc:company"),
        (&ctx.after_locative, "doc:in"),
    ] {
        if set.contains(word) {
            put(&mut buf, &[name]);
        }
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
