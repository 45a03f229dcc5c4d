//! The analysis engine: pure Rust, no web dependencies, the same in the browser, the
//! command-line analyzer and the tests.
//!
//! It is a pipeline a reader can follow, each stage in its own module:
//!
//! 1. [`text`]: paragraphs, sentences and tokens, with byte offsets;
//! 2. [`entities`]: people, organizations, places, nationalities;
//! 3. [`quotes`]: quotation marks paired into quoted spans;
//! 4. [`attribution`]: a cue and source phrases for each quote, and indirect speech;
//! 5. [`speakers`]: source phrases resolved into speakers, with kinds and descriptions.
//!
//! [`analyze`] runs them in order and writes the [`Analysis`] that everything else reads.
//! Every stage is linear in the length of the text, up to small constant windows, and none
//! of them can fail: odd input yields fewer findings, never an error.

pub mod anonymity;
pub mod attribution;
pub mod channel;
pub mod crf;
pub mod cues;
pub mod entities;
pub mod language;
pub mod lexicon;
pub mod model;
pub mod order;
pub mod packed;
pub mod phrases;
pub mod quotes;
pub mod speakers;
pub mod text;

pub use model::{
    Analysis, Channel, Entity, EntityLabel, ParagraphSpan, PersonGender, Quote, QuoteType, Span,
    Speaker, SpeakerKind,
};

use text::Document;

/// Analyzes one article.
pub fn analyze(input: &str) -> Analysis {
    analyze_with(input, attribution::model::get())
}

/// [`analyze`] with another attribution model than the shipped one: the cross-validated
/// measures score each text with a model trained without it.
pub fn analyze_with(input: &str, model: &attribution::model::Model) -> Analysis {
    let doc = Document::new(input);
    let language = language::detect(input);
    if language != language::ENGLISH {
        return quotes_only(&doc, language);
    }
    let entity_spans = entities::recognize(&doc);
    let quoted = quotes::find(&doc);
    let attributions = attribution::attribute_with(&doc, &quoted, &entity_spans, model);
    let sources: Vec<_> = attributions.iter().map(|a| a.sources.clone()).collect();
    let resolved = speakers::resolve(&doc, &entity_spans, &sources, &quoted);
    let mut analysis = assemble(&doc, &entity_spans, &attributions, resolved);
    name_channels(&doc, &quotes::inside(&doc, &quoted), &mut analysis);
    analysis
}

fn span(doc: &Document, r: std::ops::Range<usize>) -> Span {
    let b = doc.bytes(r);
    Span::of(doc.text, b.start, b.end)
}

/// Writes the stages' findings as byte spans, numbering speakers by first statement.
fn assemble(
    doc: &Document,
    entity_spans: &[entities::EntitySpan],
    attributions: &[attribution::Attribution],
    resolved: speakers::Speakers,
) -> Analysis {
    let entities = entity_spans
        .iter()
        .map(|e| {
            let s = span(doc, e.tokens.clone());
            Entity {
                start: s.start,
                end: s.end,
                text: s.text,
                label: e.label,
            }
        })
        .collect();
    let (speakers, number) = number_speakers(doc, entity_spans, &resolved);
    let quotes = attributions
        .iter()
        .zip(&resolved.by_statement)
        .zip(&resolved.names_no_one)
        // Reported speech whose source phrase names no one ("their smiles said a lot")
        // was no statement; a quotation stays, with its speaker unknown.
        .filter(|((a, _), &no_one)| a.kind != QuoteType::Indirect || !no_one)
        .map(|((a, ids), _)| {
            let ids: Vec<usize> = ids.iter().filter_map(|&d| number[d]).collect();
            quote(doc, a, ids)
        })
        .collect();
    Analysis {
        language: language::ENGLISH.code.to_string(),
        entities,
        speakers,
        quotes,
        paragraphs: paragraphs(doc),
    }
}

fn paragraphs(doc: &Document) -> Vec<ParagraphSpan> {
    doc.paragraphs
        .iter()
        .map(|p| ParagraphSpan {
            start: p.start,
            end: p.end,
        })
        .collect()
}

/// A text in another language: its quotes, which quotation marks show in any language,
/// and nothing that needs English (names, cues, speakers).
fn quotes_only(doc: &Document, language: language::Language) -> Analysis {
    let quotes = quotes::find(doc)
        .into_iter()
        .filter(|q| q.inner.start < q.inner.end)
        .map(|q| {
            let content = span(doc, q.inner.clone());
            Quote {
                start: content.start,
                end: content.end,
                text: content.text,
                kind: QuoteType::Direct,
                speaker: None,
                speakers: Vec::new(),
                source_mention: None,
                cue: None,
                confidence: 0.0,
                channel: Channel::Unknown,
            }
        })
        .collect();
    Analysis {
        language: language.code.to_string(),
        entities: Vec::new(),
        speakers: Vec::new(),
        quotes,
        paragraphs: paragraphs(doc),
    }
}

/// Each statement's channel: named around it, or carried from the same speaker's next or
/// previous statement; a document's words reached the reporter as a document.
fn name_channels(doc: &Document, quoted: &[bool], analysis: &mut Analysis) {
    let token_at = |byte: usize| doc.tokens.partition_point(|t| t.end <= byte);
    let mut channels = Vec::with_capacity(analysis.quotes.len());
    let mut places = Vec::with_capacity(analysis.quotes.len());
    for q in &analysis.quotes {
        let content = token_at(q.start)..token_at(q.end);
        let cue_sentence = q.cue.as_ref().map(|c| doc.sentence_of[token_at(c.start)]);
        let around = channel::around(doc, &content, cue_sentence).filter(|&k| !quoted[k]);
        let mut named = channel::named_in(doc, around);
        let kind = q
            .speaker
            .and_then(|id| analysis.speaker(id))
            .map(|s| s.kind);
        if named == Channel::Unknown && kind == Some(SpeakerKind::Document) {
            named = Channel::Document;
        }
        channels.push(named);
        let sentence = doc.sentence_of[content.start.min(doc.tokens.len() - 1)];
        places.push(channel::At {
            sentence,
            paragraph: doc.sentences[sentence].paragraph,
        });
    }
    let speakers: Vec<Option<usize>> = analysis.quotes.iter().map(|q| q.speaker).collect();
    channel::carry(&mut channels, &speakers, &places);
    for (q, c) in analysis.quotes.iter_mut().zip(channels) {
        q.channel = c;
    }
}

/// The speakers in the order of their first statement, and each draft's number among
/// them (none for a draft that makes no statement).
fn number_speakers(
    doc: &Document,
    entity_spans: &[entities::EntitySpan],
    resolved: &speakers::Speakers,
) -> (Vec<Speaker>, Vec<Option<usize>>) {
    let mut number: Vec<Option<usize>> = vec![None; resolved.drafts.len()];
    let mut speakers = Vec::new();
    let people = speakers::gender::People::new(doc, entity_spans);
    for &d in resolved.by_statement.iter().flatten() {
        if number[d].is_some() {
            continue;
        }
        number[d] = Some(speakers.len());
        let draft = &resolved.drafts[d];
        let gender = speakers::gender::of(doc, draft, &people);
        speakers.push(Speaker {
            id: speakers.len(),
            name: draft.name.clone(),
            kind: draft.kind,
            description: draft.description.clone(),
            anonymity_cue: draft
                .anonymity_cue
                .clone()
                .map(|r| doc.slice(r).to_string()),
            anonymity_cue_span: draft.anonymity_cue.clone().map(|r| span(doc, r)),
            mentions: draft
                .mentions
                .iter()
                .map(|m| span(doc, m.clone()))
                .collect(),
            gender: gender.as_ref().map(|(g, _)| *g),
            gender_evidence: gender.and_then(|(_, at)| at).map(|r| span(doc, r)),
            vague: speakers::vague::is_vague(doc, draft, entity_spans),
        });
    }
    (speakers, number)
}

/// One statement, with the numbers of its speakers.
fn quote(doc: &Document, a: &attribution::Attribution, ids: Vec<usize>) -> Quote {
    let content = span(doc, a.content.clone());
    Quote {
        start: content.start,
        end: content.end,
        text: content.text,
        kind: a.kind,
        speaker: ids.first().copied(),
        speakers: ids,
        source_mention: a.sources.first().map(|r| span(doc, r.clone())),
        cue: a.cue.clone().map(|r| span(doc, r)),
        confidence: a.confidence,
        channel: Channel::Unknown,
    }
}
