//! How a correction is stored, in the browser and in a saved analysis.

use super::{Anchor, Correction, Target, Who};
use crate::analysis::{PersonGender, QuoteType, SpeakerKind};
use serde::{Deserialize, Serialize};

/// A correction as it is stored: one flat record, `{"op": "rename", "speaker": …}`. The
/// derived reader of one struct is a fraction of the size of one for the nested enum,
/// and the page carries it (to restore corrections and to open a saved analysis).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Flat {
    op: Op,
    /// The speaker corrected (merge, rename, kind, gender).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at: Option<usize>,
    /// The words corrected (move, remove, type, attribute).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    words: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    /// Whom they go to (merge, move, attribute): none is no one; with `new_kind`, a
    /// new speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to_at: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    new_kind: Option<SpeakerKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<SpeakerKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gender: Option<PersonGender>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    statement_type: Option<QuoteType>,
}

#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    #[default]
    Merge,
    Rename,
    Kind,
    Gender,
    Move,
    Remove,
    Type,
    Attribute,
}

impl Flat {
    fn who(who: Who) -> Flat {
        Flat {
            speaker: Some(who.name),
            at: who.at,
            ..Flat::default()
        }
    }

    fn words(anchor: Anchor) -> Flat {
        Flat {
            words: Some(anchor.text),
            start: Some(anchor.start),
            ..Flat::default()
        }
    }

    fn to(self, target: Target) -> Flat {
        match target {
            Target::Speaker(who) => Flat {
                to: Some(who.name),
                to_at: who.at,
                ..self
            },
            Target::New { name, kind } => Flat {
                to: Some(name),
                new_kind: Some(kind),
                ..self
            },
            Target::NoOne => self,
        }
    }

    fn speaker_who(&self) -> Result<Who, String> {
        let name = self
            .speaker
            .clone()
            .ok_or("a correction names no speaker")?;
        Ok(Who { name, at: self.at })
    }

    fn anchor(&self) -> Result<Anchor, String> {
        match (&self.words, self.start) {
            (Some(text), Some(start)) => Ok(Anchor {
                start,
                text: text.clone(),
            }),
            _ => Err("a correction names no words".to_string()),
        }
    }

    fn target(&self) -> Target {
        match (&self.to, self.new_kind) {
            (None, _) => Target::NoOne,
            (Some(name), Some(kind)) => Target::New {
                name: name.clone(),
                kind,
            },
            (Some(name), None) => Target::Speaker(Who {
                name: name.clone(),
                at: self.to_at,
            }),
        }
    }
}

impl From<Correction> for Flat {
    fn from(c: Correction) -> Flat {
        match c {
            Correction::Merge { speaker, into } => Flat {
                op: Op::Merge,
                ..Flat::who(speaker).to(Target::Speaker(into))
            },
            Correction::Rename { speaker, name } => Flat {
                op: Op::Rename,
                name: Some(name),
                ..Flat::who(speaker)
            },
            Correction::Kind { speaker, kind } => Flat {
                op: Op::Kind,
                kind: Some(kind),
                ..Flat::who(speaker)
            },
            Correction::Gender { speaker, gender } => Flat {
                op: Op::Gender,
                gender: Some(gender),
                ..Flat::who(speaker)
            },
            Correction::Move { statement, to } => Flat {
                op: Op::Move,
                ..Flat::words(statement).to(to)
            },
            Correction::Remove { statement } => Flat {
                op: Op::Remove,
                ..Flat::words(statement)
            },
            Correction::Type { statement, kind } => Flat {
                op: Op::Type,
                statement_type: Some(kind),
                ..Flat::words(statement)
            },
            Correction::Attribute { passage, by, kind } => Flat {
                op: Op::Attribute,
                statement_type: Some(kind),
                ..Flat::words(passage).to(by)
            },
        }
    }
}

impl TryFrom<Flat> for Correction {
    type Error = String;

    fn try_from(f: Flat) -> Result<Correction, String> {
        let missing = || "a correction lacks its value".to_string();
        Ok(match f.op {
            Op::Merge => match f.target() {
                Target::Speaker(into) => Correction::Merge {
                    speaker: f.speaker_who()?,
                    into,
                },
                _ => return Err("a merge names no speaker to join".to_string()),
            },
            Op::Rename => Correction::Rename {
                speaker: f.speaker_who()?,
                name: f.name.clone().ok_or_else(missing)?,
            },
            Op::Kind => Correction::Kind {
                speaker: f.speaker_who()?,
                kind: f.kind.ok_or_else(missing)?,
            },
            Op::Gender => Correction::Gender {
                speaker: f.speaker_who()?,
                gender: f.gender.ok_or_else(missing)?,
            },
            Op::Move => Correction::Move {
                statement: f.anchor()?,
                to: f.target(),
            },
            Op::Remove => Correction::Remove {
                statement: f.anchor()?,
            },
            Op::Type => Correction::Type {
                statement: f.anchor()?,
                kind: f.statement_type.ok_or_else(missing)?,
            },
            Op::Attribute => Correction::Attribute {
                passage: f.anchor()?,
                by: f.target(),
                kind: f.statement_type.ok_or_else(missing)?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(name: &str, at: Option<usize>) -> Who {
        Who {
            name: name.to_string(),
            at,
        }
    }

    fn words(start: usize, text: &str) -> Anchor {
        Anchor {
            start,
            text: text.to_string(),
        }
    }

    #[test]
    fn every_correction_comes_back_as_it_went() {
        let all = vec![
            Correction::Merge {
                speaker: who("Okafor", Some(4)),
                into: who("Dana Okafor", None),
            },
            Correction::Rename {
                speaker: who("A worker", None),
                name: "A dock worker".to_string(),
            },
            Correction::Kind {
                speaker: who("Eastbay", Some(0)),
                kind: SpeakerKind::NamedOrganization,
            },
            Correction::Gender {
                speaker: who("Dana Okafor", Some(9)),
                gender: PersonGender::Female,
            },
            Correction::Move {
                statement: words(10, "the crews"),
                to: Target::NoOne,
            },
            Correction::Move {
                statement: words(10, "the crews"),
                to: Target::Speaker(who("Okafor", Some(3))),
            },
            Correction::Remove {
                statement: words(0, "Port"),
            },
            Correction::Type {
                statement: words(5, "x"),
                kind: QuoteType::Partial,
            },
            Correction::Attribute {
                passage: words(7, "delays"),
                by: Target::New {
                    name: "Ana".to_string(),
                    kind: SpeakerKind::NamedPerson,
                },
                kind: QuoteType::Indirect,
            },
        ];
        let json = serde_json::to_string(&all).unwrap();
        let back: Vec<Correction> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, all);
        assert!(json.contains(r#"{"op":"rename","speaker":"A worker","name":"A dock worker"}"#));
    }

    #[test]
    fn a_record_without_its_values_is_refused() {
        for bad in [
            r#"{"op":"rename","speaker":"A"}"#,
            r#"{"op":"type","words":"x"}"#,
            r#"{"op":"merge","speaker":"A"}"#,
            r#"{"op":"shout"}"#,
        ] {
            assert!(serde_json::from_str::<Correction>(bad).is_err(), "{bad}");
        }
    }
}
