//! The analysis as the rest of the world sees it.
//!
//! These types serialize to exactly the JSON of `../shared/eval/ANALYSIS.md`: byte offsets
//! into the input (UTF-8, `end` exclusive) and a `text` that always equals the input slice,
//! so that a scorer, a spreadsheet or the browser can all point back into the article.
//! Everything the UI shows comes from here; nothing it shows is computed twice.

use serde::{Deserialize, Serialize};

/// A stretch of the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Span {
    /// The span `start..end` of `input`. Offsets must lie on character boundaries.
    pub fn of(input: &str, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            text: input[start..end].to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityLabel {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "GPE")]
    Gpe,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "NORP")]
    Norp,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 5] = [
        EntityLabel::Person,
        EntityLabel::Org,
        EntityLabel::Gpe,
        EntityLabel::Loc,
        EntityLabel::Norp,
    ];

    /// The label as written in the JSON and in CSS classes.
    pub fn code(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Org => "ORG",
            EntityLabel::Gpe => "GPE",
            EntityLabel::Loc => "LOC",
            EntityLabel::Norp => "NORP",
        }
    }

    /// A reader's word for the label.
    pub fn describe(self) -> &'static str {
        match self {
            EntityLabel::Person => "person",
            EntityLabel::Org => "organization",
            EntityLabel::Gpe => "country, city or state",
            EntityLabel::Loc => "place",
            EntityLabel::Norp => "nationality or group",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: EntityLabel,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    NamedPerson,
    NamedOrganization,
    Anonymous,
    Media,
    Document,
    Unknown,
}

impl SpeakerKind {
    pub const ALL: [SpeakerKind; 6] = [
        SpeakerKind::NamedPerson,
        SpeakerKind::NamedOrganization,
        SpeakerKind::Anonymous,
        SpeakerKind::Media,
        SpeakerKind::Document,
        SpeakerKind::Unknown,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SpeakerKind::NamedPerson => "named_person",
            SpeakerKind::NamedOrganization => "named_organization",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Media => "media",
            SpeakerKind::Document => "document",
            SpeakerKind::Unknown => "unknown",
        }
    }

    /// A short badge for the sidebar.
    pub fn badge(self) -> &'static str {
        match self {
            SpeakerKind::NamedPerson => "person",
            SpeakerKind::NamedOrganization => "organization",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Media => "media",
            SpeakerKind::Document => "document",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: usize,
    pub name: String,
    pub kind: SpeakerKind,
    /// Title, role or affiliation, as the article gives it.
    pub description: Option<String>,
    /// The phrase that says why the source is unnamed ("on condition of anonymity").
    pub anonymity_cue: Option<String>,
    /// Where that phrase is, for highlighting.
    pub anonymity_cue_span: Option<Span>,
    /// Every place the article names or refers to this speaker.
    pub mentions: Vec<Span>,
    /// A person's gender, from the article's own evidence or else a first name given
    /// to one sex almost always; none for organizations, outlets, documents and groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<PersonGender>,
    /// What settled the gender: the pronoun, title, noun or first name, where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender_evidence: Option<Span>,
    /// An unnamed source with no identity a reader could check ("critics", "some
    /// experts"), unlike "a senior Pentagon official".
    #[serde(default)]
    pub vague: bool,
}

/// A speaker's gender as the analysis reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PersonGender {
    Female,
    Male,
    /// Nothing in the article settles it.
    Unknown,
}

impl PersonGender {
    pub const ALL: [PersonGender; 3] = [
        PersonGender::Female,
        PersonGender::Male,
        PersonGender::Unknown,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PersonGender::Female => "female",
            PersonGender::Male => "male",
            PersonGender::Unknown => "unknown",
        }
    }
}

/// How a statement reached the reporter, in `../shared/corpus/FORMAT.md`'s words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Statement,
    Interview,
    PressConference,
    SocialMedia,
    Filing,
    Document,
    Broadcast,
    Letter,
    Testimony,
    Speech,
    /// The article does not say ("said" alone).
    #[default]
    Unknown,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Statement => "statement",
            Channel::Interview => "interview",
            Channel::PressConference => "press_conference",
            Channel::SocialMedia => "social_media",
            Channel::Filing => "filing",
            Channel::Document => "document",
            Channel::Broadcast => "broadcast",
            Channel::Letter => "letter",
            Channel::Testimony => "testimony",
            Channel::Speech => "speech",
            Channel::Unknown => "unknown",
        }
    }

    /// A reader's words for it, as the card shows it.
    pub fn describe(self) -> &'static str {
        match self {
            Channel::Statement => "in a statement",
            Channel::Interview => "in an interview",
            Channel::PressConference => "to reporters",
            Channel::SocialMedia => "on social media",
            Channel::Filing => "in a court or police filing",
            Channel::Document => "in a document",
            Channel::Broadcast => "on air",
            Channel::Letter => "in a letter or email",
            Channel::Testimony => "in testimony",
            Channel::Speech => "in a speech",
            Channel::Unknown => "",
        }
    }
}

/// The gender a given name or a title gives a person. The gazetteer and titles give it,
/// and pronouns are matched by it; it lives here, below every stage, because each of
/// those asks it, and a speaker's gender belongs to what the analysis says of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
    /// A given name borne by women and men alike.
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteType {
    /// Words inside quotation marks.
    Direct,
    /// A few quoted words inside a paraphrase.
    Partial,
    /// Reported speech without quotation marks: the content clause.
    Indirect,
}

impl QuoteType {
    pub const ALL: [QuoteType; 3] = [QuoteType::Direct, QuoteType::Partial, QuoteType::Indirect];

    pub fn code(self) -> &'static str {
        match self {
            QuoteType::Direct => "direct",
            QuoteType::Partial => "partial",
            QuoteType::Indirect => "indirect",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: QuoteType,
    /// The speaker's `id`, or `None` where the article gives no one.
    pub speaker: Option<usize>,
    /// Every speaker sharing this statement ("Italy's premier and a diplomatic source said").
    pub speakers: Vec<usize>,
    /// The phrase at this quote that names its speaker.
    pub source_mention: Option<Span>,
    /// The attribution cue: "said", "told AFP", "according to", ":".
    pub cue: Option<Span>,
    /// How sure the engine is of the attribution, from 0 to 1; verbs of belief
    /// ("thinks") and quotes carried over from an earlier paragraph score lower.
    pub confidence: f32,
    /// How the statement reached the reporter, where the article says.
    #[serde(default)]
    pub channel: Channel,
}

/// A paragraph of the input, for rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The language the text is written in (ISO 639-1); whosaid reads English, and of
    /// any other marks only the quotes.
    #[serde(default = "english")]
    pub language: String,
    pub entities: Vec<Entity>,
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
    pub paragraphs: Vec<ParagraphSpan>,
}

fn english() -> String {
    "en".to_string()
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis {
            language: english(),
            entities: Vec::new(),
            speakers: Vec::new(),
            quotes: Vec::new(),
            paragraphs: Vec::new(),
        }
    }
}

impl Analysis {
    pub fn speaker(&self, id: usize) -> Option<&Speaker> {
        // The engine numbers speakers by their place in the list; a list from elsewhere
        // (an imported analysis) may not.
        match self.speakers.get(id) {
            Some(s) if s.id == id => Some(s),
            _ => self.speakers.iter().find(|s| s.id == id),
        }
    }
}
