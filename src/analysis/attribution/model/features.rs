//! What the attribution model reads at each token.
//!
//! The same code writes the training data (`examples/attr_features.rs`) and scores the
//! article in the app, so the model sees at training time exactly what it sees here. A
//! token is described by itself (word, cluster, suffix, shape, entity, class in the cue
//! lexicon), by the verbs of saying around it in its sentence (the nearest on each side,
//! their class and lemma, the commas and clause breaks between), by quotation marks, and
//! by what the precise rules found there: so the model learns when to trust the rules and
//! how far a content clause runs that the rules missed.

use crate::analysis::attribution::Attribution;
use crate::analysis::cues::{self, Cue, CueClass, CueShape};
use crate::analysis::entities::{clusters, EntitySpan};
use crate::analysis::lexicon::{self, WordSet};
use crate::analysis::model::{EntityLabel, QuoteType};
use crate::analysis::quotes::QuotedSpan;
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

/// Neighbours whose words are features; at `EDGE` only punctuation is.
const NEAR: [isize; 4] = [-2, -1, 1, 2];
const EDGE: [isize; 2] = [-3, 3];

/// Words between a verb of saying and a token that open a clause of their own.
static CLAUSE_BREAKS: WordSet = WordSet::new(&[
    "and", "but", "while", "because", "although", "though", "as", "which", "who", "when", "after",
    "before", "since", "if", "where", "so", ";", "—", "–", "(",
]);

/// Source nouns by kind, each a feature: a model sees "analysts" and "report" as kinds.
fn source_kind(w: &str) -> Option<&'static str> {
    [
        ("anon", &lexicon::ANONYMOUS_HEADS),
        ("docu", &lexicon::DOCUMENT_HEADS),
        ("media", &lexicon::MEDIA_HEADS),
        ("org", &lexicon::ORGANIZATION_HEADS),
        ("people", &lexicon::PEOPLE_NOUNS),
        ("title", &lexicon::TITLES),
    ]
    .into_iter()
    .find(|(_, set)| set.contains(w))
    .map(|(name, _)| name)
    .or_else(|| lexicon::SPOKESPERSONS.contains(&w).then_some("spk"))
}

/// Everything the features of one article read, computed once.
pub struct Context<'a, 'd> {
    doc: &'a Document<'d>,
    /// The cue at each token outside quotation marks.
    cues: &'a [Option<Cue>],
    inside: &'a [bool],
    /// `o` and `c` at the opening and closing mark of each quote.
    marks: Vec<u8>,
    /// Each token's entity, `B` or `I` with its label ("BPERSON"), empty outside names.
    entities: Vec<String>,
    /// Each token's part in the rules' statements ("BI": the first word of an indirect
    /// content, "cueD": the cue of a direct quote…), empty where they found nothing.
    rules: Vec<String>,
    /// The start of the cue that covers each token, where that is another token.
    cue_cover: Vec<Option<usize>>,
    /// The starts of the cues of each sentence, in order.
    cue_starts: Vec<Vec<usize>>,
}

fn class(c: CueClass) -> &'static str {
    match c {
        CueClass::Speech => "S",
        CueClass::Belief => "B",
        CueClass::Finding => "F",
    }
}

fn shape(c: CueShape) -> &'static str {
    match c {
        CueShape::Verb => "v",
        CueShape::VerbWithHearer => "h",
        CueShape::AccordingTo => "a",
        CueShape::Passive => "p",
    }
}

/// A distance in tokens, in bands that a few weights can cover.
fn band(d: usize) -> &'static str {
    match d {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=6 => "4-6",
        7..=10 => "7-10",
        11..=20 => "11-20",
        _ => "21+",
    }
}

impl<'a, 'd> Context<'a, 'd> {
    pub fn new(
        doc: &'a Document<'d>,
        cues: &'a [Option<Cue>],
        inside: &'a [bool],
        quotes: &[QuotedSpan],
        entities: &[EntitySpan],
        rules: &[Attribution],
    ) -> Self {
        let n = doc.tokens.len();
        let mut marks = vec![0u8; n];
        for q in quotes {
            marks[q.open] = b'o';
            if let Some(c) = q.close {
                marks[c] = b'c';
            }
        }
        let mut cue_cover = vec![None; n];
        for (i, c) in cues.iter().enumerate() {
            for k in c.iter().flat_map(|c| c.tokens.clone()).filter(|&k| k != i) {
                cue_cover[k].get_or_insert(i);
            }
        }
        let cue_starts = doc
            .sentences
            .iter()
            .map(|s| s.tokens.clone().filter(|&k| cues[k].is_some()).collect())
            .collect();
        Context {
            doc,
            cues,
            inside,
            marks,
            entities: entity_tags(n, entities),
            rules: rule_tags(n, rules),
            cue_cover,
            cue_starts,
        }
    }

    /// Whether the model has anything to find in `paragraph`: a verb of saying or a
    /// statement the rules found. Elsewhere it is not run.
    pub fn worth_reading(&self, tokens: Range<usize>) -> bool {
        tokens.into_iter().any(|k| {
            self.cues[k].is_some()
                || !self.rules[k].is_empty()
                || cues::verb(self.doc.low(k)).is_some()
        })
    }

    /// Calls `emit` with each feature of token `i`.
    pub fn features(&self, i: usize, emit: &mut dyn FnMut(&str)) {
        let doc = self.doc;
        let s = doc.sentence_of[i];
        let sentence = doc.sentences[s].tokens.clone();
        let mut buf = String::with_capacity(48);
        let mut put = |parts: &[&str]| {
            buf.clear();
            for p in parts {
                buf.push_str(p);
            }
            emit(&buf);
        };
        self.word(i, &mut put);
        self.place(i, s, &sentence, &mut put);
        self.cue_left(i, s, &mut put);
        self.cue_right(i, s, &mut put);
        self.neighbours(i, &sentence, &mut put);
    }

    /// The token itself, the same wherever it stands in the sentence.
    fn word(&self, i: usize, put: &mut dyn FnMut(&[&str])) {
        let doc = self.doc;
        let w = clean(doc.low(i));
        put(&["b"]);
        put(&["w=", &w]);
        if let Some(c) = clusters::get().of(doc.low(i)) {
            put(&["c=", c]);
        }
        match doc.tokens[i].kind {
            TokenKind::Word => {
                let chars: Vec<char> = w.chars().collect();
                if chars.len() > 3 {
                    let s3: String = chars[chars.len() - 3..].iter().collect();
                    put(&["s3=", &s3]);
                }
                let word = doc.word(i);
                let caps = word.len() > 1 && word.chars().all(|c| !c.is_lowercase());
                put(&[if caps {
                    "sh=A"
                } else if doc.is_capitalized(i) {
                    "sh=Aa"
                } else {
                    "sh=a"
                }]);
            }
            TokenKind::Number => put(&["sh=0"]),
            TokenKind::Punct => put(&["sh=p"]),
        }
        if let Some((vc, _)) = cues::verb(doc.low(i)) {
            put(&["vc=", class(vc)]);
        }
        if self.inside[i] {
            put(&["q"]);
        }
        match self.marks[i] {
            b'o' => put(&["qo"]),
            b'c' => put(&["qc"]),
            _ => {}
        }
        if !self.entities[i].is_empty() {
            put(&["e=", &self.entities[i]]);
        }
        if let Some(kind) = source_kind(doc.low(i)) {
            put(&["lx=", kind]);
        }
        if lexicon::PERSONAL_PRONOUNS.contains(doc.low(i)) {
            put(&["pron"]);
        }
    }

    /// The token's place: in the rules' statements, at a cue, in its sentence.
    fn place(&self, i: usize, s: usize, sentence: &Range<usize>, put: &mut dyn FnMut(&[&str])) {
        let doc = self.doc;
        if !self.rules[i].is_empty() {
            put(&["r=", &self.rules[i]]);
        }
        for (k, name) in [(i.wrapping_sub(1), "r-1="), (i + 1, "r+1=")] {
            if k < doc.tokens.len() && !self.rules[k].is_empty() {
                put(&[name, &self.rules[k]]);
            }
        }
        if let Some(c) = &self.cues[i] {
            put(&["cue=", class(c.class)]);
            put(&["cl=", c.lemma]);
            put(&["cs=", shape(c.shape)]);
            if c.participle {
                put(&["cpart"]);
            }
            if c.takes_clause {
                put(&["cclause"]);
            }
        } else if let Some(c) = self.cue_cover[i].and_then(|k| self.cues[k].as_ref()) {
            put(&["cuein=", class(c.class)]);
        }
        if i == sentence.start {
            put(&["first"]);
        }
        if i + 1 == sentence.end {
            put(&["last"]);
        }
        if self.cue_starts[s].is_empty() {
            put(&["nocue"]);
        }
        if sentence.clone().any(|k| self.inside[k]) {
            put(&["squote"]);
        }
        if doc.paragraphs[doc.sentences[s].paragraph].sentences.start == s {
            put(&["psent0"]);
        }
    }

    /// The nearest verb of saying before the token in its sentence.
    fn cue_left(&self, i: usize, s: usize, put: &mut dyn FnMut(&[&str])) {
        let doc = self.doc;
        let Some(&k) = self.cue_starts[s].iter().rev().find(|&&k| k < i) else {
            put(&["dl=none"]);
            return;
        };
        let Some(c) = self.cues[k].as_ref() else {
            return;
        };
        let d = band(i - c.tokens.end.min(i));
        put(&["dl=", d]);
        put(&["dlc=", class(c.class)]);
        put(&["dl|c=", d, "|", class(c.class)]);
        let between = c.tokens.end.min(i)..i;
        let commas = between.clone().filter(|&k| doc.word(k) == ",").count();
        put(&["dlcomma=", ["0", "1", "2", "3"][commas.min(3)]]);
        if between
            .clone()
            .any(|k| !self.inside[k] && CLAUSE_BREAKS.contains(doc.low(k)))
        {
            put(&["dlbreak"]);
        }
        put(&["dll=", c.lemma]);
        if c.tokens.end < doc.tokens.len() && doc.low(c.tokens.end) == "that" {
            put(&["dlthat"]);
        }
    }

    /// The nearest verb of saying after the token in its sentence.
    fn cue_right(&self, i: usize, s: usize, put: &mut dyn FnMut(&[&str])) {
        let Some(&k) = self.cue_starts[s].iter().find(|&&k| k > i) else {
            put(&["dr=none"]);
            return;
        };
        let Some(c) = self.cues[k].as_ref() else {
            return;
        };
        put(&["dr=", band(k - i)]);
        put(&["drc=", class(c.class)]);
        put(&["drl=", c.lemma]);
    }

    /// The words around the token in its sentence, and the two bigrams it is part of.
    fn neighbours(&self, i: usize, sentence: &Range<usize>, put: &mut dyn FnMut(&[&str])) {
        let doc = self.doc;
        let at = |off: isize| {
            let j = i as isize + off;
            (j >= sentence.start as isize && j < sentence.end as isize).then_some(j as usize)
        };
        let w = clean(doc.low(i));
        if let (true, Some(j)) = (i > sentence.start, at(1)) {
            put(&["w|w+1=", &w, "|", &clean(doc.low(j))]);
        }
        for off in EDGE {
            let name = if off < 0 { "p-3=" } else { "p+3=" };
            if let Some(j) = at(off).filter(|&j| doc.tokens[j].kind == TokenKind::Punct) {
                put(&[name, &clean(doc.low(j))]);
            }
        }
        for off in NEAR {
            let tag = ["-2", "-1", "+1", "+2"][(off + 2 - isize::from(off > 0)) as usize];
            let Some(j) = at(off) else {
                put(&["w", tag, "=BOUND"]);
                continue;
            };
            put(&["w", tag, "=", &clean(doc.low(j))]);
            if let Some(c) = clusters::get().of(doc.low(j)).filter(|_| off.abs() == 1) {
                put(&["c", tag, "=", c]);
            }
            if self.cues[j].is_some() {
                put(&["cue", tag]);
            }
            if self.inside[j] {
                put(&["q", tag]);
            }
            if off.abs() == 1 && !self.entities[j].is_empty() {
                put(&["e", tag, "=", &self.entities[j][1..]]);
            }
        }
        if i > sentence.start {
            put(&["w-1|w=", &clean(doc.low(i - 1)), "|", &w]);
        }
    }
}

/// A word as a feature value: CRFsuite's text format reads ':' as a weight and a tab as
/// the end of a feature, so neither may appear.
fn clean(w: &str) -> std::borrow::Cow<'_, str> {
    if w.contains([':', '\t']) {
        w.replace([':', '\t'], "_").into()
    } else {
        w.into()
    }
}

fn entity_tags(n: usize, entities: &[EntitySpan]) -> Vec<String> {
    let mut tags = vec![String::new(); n];
    for e in entities {
        let label = match e.label {
            EntityLabel::Person => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Gpe => "GPE",
            EntityLabel::Loc => "LOC",
            EntityLabel::Norp => "NORP",
        };
        for k in e.tokens.clone() {
            let p = if k == e.tokens.start { "B" } else { "I" };
            tags[k] = format!("{p}{label}");
        }
    }
    tags
}

fn rule_tags(n: usize, rules: &[Attribution]) -> Vec<String> {
    let mut tags = vec![String::new(); n];
    for a in rules {
        let kind = match a.kind {
            QuoteType::Direct => "D",
            QuoteType::Partial => "P",
            QuoteType::Indirect => "I",
        };
        for k in a.content.clone() {
            let p = if k == a.content.start { "B" } else { "I" };
            tags[k] = format!("{p}{kind}");
        }
        for k in a.cue.clone().into_iter().flatten() {
            tags[k] = format!("cue{kind}");
        }
        for k in a.sources.iter().flat_map(|s| s.clone()) {
            if tags[k].is_empty() || tags[k].starts_with('I') {
                tags[k] = format!("src{kind}");
            }
        }
    }
    tags
}
