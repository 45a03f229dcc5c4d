//! How an article sources its claims, in figures and plain sentences.
//!
//! A reader checking sourcing asks a few questions: how many voices, how many of the
//! statements rest on people the article does not name, whose words fill the quotes. The
//! answers are counted here from the [`Analysis`], once, for the sidebar and the reports.
//!
//! One definition of a statement serves the chart, the cards, the notes and the exports
//! ([`statements`]): every quote, except a partial quote inside its own speaker's
//! reported speech, which is part of that statement ("said British artists face \"an
//! uphill struggle\"" is one statement, not two).

use crate::analysis::{order, Analysis, PersonGender, Quote, QuoteType, Speaker, SpeakerKind};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub speakers: usize,
    /// Statements (quotes of every type) with a speaker.
    pub attributed: usize,
    /// Statements with no speaker found.
    pub unattributed: usize,
    /// Attributed statements by the kinds of their speakers: a statement shared by
    /// speakers of two kinds counts in each.
    pub by_named_person: usize,
    pub by_organization: usize,
    pub by_anonymous: usize,
    pub by_media: usize,
    pub by_document: usize,
    pub by_unknown: usize,
    /// Attributed statements with at least one named source.
    pub named: usize,
    /// Attributed statements with at least one vague source ("critics say").
    pub vague: usize,
    /// Statements and quoted words of people, by their gender.
    pub voices: Voices,
    /// Words in direct and partial quotes, per speaker id, most first.
    pub quoted_words: Vec<(usize, usize)>,
    pub total_quoted_words: usize,
    /// Plain-language observations, most important first.
    pub notes: Vec<String>,
}

/// Who is heard, as the Gender Gap Tracker and the BBC's 50:50 count it: the statements
/// and the quoted words of people, by gender, in the order of [`PersonGender::ALL`]
/// (female, male, unknown). A statement women and men share counts for each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Voices {
    pub statements: [usize; 3],
    pub words: [usize; 3],
}

impl Voices {
    pub fn add(&mut self, other: &Voices) {
        for g in 0..3 {
            self.statements[g] += other.statements[g];
            self.words[g] += other.words[g];
        }
    }
}

impl Summary {
    /// Attributed statements from named sources: people, organizations, outlets and
    /// documents. A speaker of unknown kind is not one.
    pub fn by_named(&self) -> usize {
        self.named
    }

    fn count_kind(&mut self, kind: SpeakerKind) {
        let slot = match kind {
            SpeakerKind::NamedPerson => &mut self.by_named_person,
            SpeakerKind::NamedOrganization => &mut self.by_organization,
            SpeakerKind::Anonymous => &mut self.by_anonymous,
            SpeakerKind::Media => &mut self.by_media,
            SpeakerKind::Document => &mut self.by_document,
            SpeakerKind::Unknown => &mut self.by_unknown,
        };
        *slot += 1;
    }

    /// Counts an attributed statement under each kind and gender of its speakers.
    fn count_statement(&mut self, a: &Analysis, q: &Quote) {
        self.attributed += 1;
        let speakers = || q.speakers.iter().map(|&id| a.speaker(id));
        let mut kinds: Vec<SpeakerKind> = speakers()
            .map(|s| s.map_or(SpeakerKind::Unknown, |s| s.kind))
            .collect();
        kinds.sort_by_key(|&k| k as u8);
        kinds.dedup();
        for &k in &kinds {
            self.count_kind(k);
        }
        let named = |k: &SpeakerKind| !matches!(k, SpeakerKind::Anonymous | SpeakerKind::Unknown);
        self.named += usize::from(kinds.iter().any(named));
        self.vague += usize::from(speakers().any(|s| s.is_some_and(|s| s.vague)));
        for g in genders(a, q) {
            self.voices.statements[g] += 1;
        }
    }
}

/// The genders of the people who say `q`, each once, as indices into [`PersonGender::ALL`].
fn genders(a: &Analysis, q: &Quote) -> Vec<usize> {
    let mut out: Vec<usize> = (q.speakers.iter())
        .filter_map(|&id| Some(a.speaker(id)?.gender? as usize))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// For each quote, whether it is a statement of its own: not a partial quote that lies
/// inside reported speech of the same speakers. In one pass over the reported speech by
/// start, so that a long article's thousands of quotes are not compared pairwise.
pub fn statements(a: &Analysis) -> Vec<bool> {
    let mut indirect: Vec<&Quote> = (a.quotes.iter())
        .filter(|r| r.kind == QuoteType::Indirect)
        .collect();
    order::by_key(&mut indirect, |r| r.start as u64);
    let longest = indirect.iter().map(|r| r.end - r.start).max().unwrap_or(0);
    let inside = |q: &Quote| {
        let n = indirect.partition_point(|r| r.start <= q.start);
        indirect[..n]
            .iter()
            .rev()
            .take_while(|r| r.start + longest >= q.end)
            .any(|r| q.end <= r.end && r.speakers == q.speakers)
    };
    (a.quotes.iter())
        .map(|q| q.kind != QuoteType::Partial || !inside(q))
        .collect()
}

/// Per speaker id, the statements that speaker makes or shares in, as quote indices in
/// reading order.
pub fn statements_by_speaker(a: &Analysis) -> Vec<Vec<usize>> {
    let slots = a.speakers.iter().map(|s| s.id + 1).max().unwrap_or(0);
    let mut by = vec![Vec::new(); slots];
    let statement = statements(a);
    for (i, q) in a.quotes.iter().enumerate() {
        if !statement[i] {
            continue;
        }
        for &id in &q.speakers {
            if let Some(list) = by.get_mut(id) {
                list.push(i);
            }
        }
    }
    by
}

/// The statements no speaker was found for, as quote indices in reading order: the
/// sidebar's and the report's "No speaker found".
pub fn unattributed(a: &Analysis) -> Vec<usize> {
    let statement = statements(a);
    (a.quotes.iter().enumerate())
        .filter(|&(i, q)| statement[i] && q.speaker.is_none())
        .map(|(i, _)| i)
        .collect()
}

/// A share as a whole percentage that never reads 0% or 100% while anything is on the
/// other side: 199 of 200 is "99%", not "100%".
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "0%".to_string();
    }
    let p = (part as f64 * 100.0 / whole as f64).round() as usize;
    let p = match p {
        100 if part < whole => 99,
        0 if part > 0 => 1,
        p => p,
    };
    format!("{p}%")
}

/// `x` with `places` decimals (at most 3), rounded. Written with integers: the standard
/// library's float formatting would add about 3 KB to the app's bundle for a few numbers.
pub fn fixed(x: f64, places: u32) -> String {
    let places = places.min(3);
    let scale = 10u64.pow(places);
    let sign = if x < 0.0 { "-" } else { "" };
    let n = (x.abs() * scale as f64).round() as u64;
    if places == 0 {
        return format!("{sign}{n}");
    }
    let width = places as usize;
    format!("{sign}{}.{:0width$}", n / scale, n % scale)
}

/// Words as a reader counts them: runs between white space.
pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A statement's type in the reader's words: the report's, the corrections' and the
/// cards' (which use the first word).
pub fn statement_type(t: QuoteType) -> &'static str {
    match t {
        QuoteType::Direct => "direct quote",
        QuoteType::Partial => "partial quote",
        QuoteType::Indirect => "reported speech",
    }
}

/// A kind of source in the reader's words, one and many: "a news outlet", "news outlets".
pub fn kind_words(kind: SpeakerKind) -> (&'static str, &'static str) {
    match kind {
        SpeakerKind::NamedPerson => ("a person", "people"),
        SpeakerKind::NamedOrganization => ("an organization", "organizations"),
        SpeakerKind::Anonymous => ("an anonymous source", "anonymous sources"),
        SpeakerKind::Media => ("a news outlet", "news outlets"),
        SpeakerKind::Document => ("a document", "documents"),
        SpeakerKind::Unknown => ("of unknown kind", "unknown kind"),
    }
}

/// A person's gender as the card and the profile say it.
pub fn gender_word(g: PersonGender) -> &'static str {
    match g {
        PersonGender::Female => "woman",
        PersonGender::Male => "man",
        PersonGender::Unknown => "gender unknown",
    }
}

/// What settled a person's gender, as the card says it on hover: "first name Fiona", or
/// the word and where it stands ("“she”, in paragraph 4"). None where nothing did.
pub fn gender_evidence(a: &Analysis, s: &Speaker) -> Option<String> {
    let e = s.gender_evidence.as_ref()?;
    let words: Vec<&str> = s.name.split_whitespace().collect();
    let given = words.len() > 1 && words[..words.len() - 1].contains(&e.text.as_str());
    if given && s.kind == SpeakerKind::NamedPerson {
        return Some(format!("first name {}", e.text));
    }
    let paragraph = a
        .paragraphs
        .iter()
        .position(|p| p.start <= e.start && e.start < p.end);
    Some(match paragraph {
        Some(n) => format!("“{}”, in paragraph {}", e.text, n + 1),
        None => format!("“{}”", e.text),
    })
}

/// People's statements and quoted words by gender, as the report says them.
pub fn voices_line(v: &Voices) -> Option<String> {
    let statements: usize = v.statements.iter().sum();
    if statements == 0 {
        return None;
    }
    let words: usize = v.words.iter().sum();
    let shares = |counts: &[usize; 3], whole: usize, counted: bool| {
        (PersonGender::ALL.iter().zip(counts))
            .map(|(g, &n)| match counted {
                true => format!("{} {n} ({})", voice(*g), percent(n, whole)),
                false => format!("{} {}", voice(*g), percent(n, whole)),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut line = format!(
        "Statements by people: {}",
        shares(&v.statements, statements, true)
    );
    if words > 0 {
        line += &format!("; their quoted words: {}", shares(&v.words, words, false));
    }
    Some(line + ".")
}

/// "women", "men", "gender unknown": whose voices a share is.
pub fn voice(g: PersonGender) -> &'static str {
    match g {
        PersonGender::Female => "women",
        PersonGender::Male => "men",
        PersonGender::Unknown => "gender unknown",
    }
}

/// At most `max` characters of `text`, cut at a word, with an ellipsis.
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..at])
}

/// "1 speaker", "2 speakers": a count and its noun, as the reader says them.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn summarize(a: &Analysis) -> Summary {
    let mut s = Summary {
        speakers: a.speakers.len(),
        ..Summary::default()
    };
    let mut per_speaker = vec![0usize; a.speakers.len()];
    let statement = statements(a);
    for (i, q) in a.quotes.iter().enumerate() {
        if q.kind != QuoteType::Indirect {
            if let Some(id) = q.speaker {
                let n = words(&q.text);
                if let Some(slot) = per_speaker.get_mut(id) {
                    *slot += n;
                }
                s.total_quoted_words += n;
                for g in genders(a, q) {
                    s.voices.words[g] += n;
                }
            }
        }
        if !statement[i] {
            continue;
        }
        if q.speaker.is_none() {
            s.unattributed += 1;
        } else {
            s.count_statement(a, q);
        }
    }
    s.quoted_words = per_speaker
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .collect();
    order::by_key(&mut s.quoted_words, |&(id, n)| {
        order::pair(u32::MAX as usize - n.min(u32::MAX as usize), id)
    });
    s.notes = notes(a, &s);
    s
}

fn notes(a: &Analysis, s: &Summary) -> Vec<String> {
    let mut notes = Vec::new();
    if a.language != crate::analysis::language::ENGLISH.code {
        notes.push(crate::analysis::language::notice(&a.language));
        return notes;
    }
    if a.quotes.is_empty() {
        notes.push("No quotes or attributed statements were found.".to_string());
        return notes;
    }
    if s.by_anonymous > 0 {
        let sources = a
            .speakers
            .iter()
            .filter(|sp| sp.kind == SpeakerKind::Anonymous)
            .count();
        notes.push(format!(
            "{} on anonymous sources ({}).",
            plural(s.by_anonymous, "statement rests", "statements rest"),
            plural(sources, "source", "sources")
        ));
        let unexplained = a
            .speakers
            .iter()
            .filter(|sp| sp.kind == SpeakerKind::Anonymous && sp.anonymity_cue.is_none())
            .count();
        if unexplained > 0 {
            notes.push(format!(
                "{} not say why the source is unnamed.",
                if unexplained == 1 {
                    "For 1 anonymous source the article does".to_string()
                } else {
                    format!("For {unexplained} anonymous sources the article does")
                }
            ));
        }
    } else if s.attributed > 0 && s.by_named() == s.attributed && s.unattributed == 0 {
        notes.push("Every attributed statement names its source.".to_string());
    }
    if s.vague > 0 {
        notes.push(format!(
            "{} on vague sources.",
            plural(s.vague, "statement rests", "statements rest")
        ));
    }
    if s.unattributed > 0 {
        notes.push(format!(
            "{} no identified speaker.",
            plural(s.unattributed, "quote has", "quotes have")
        ));
    }
    if let Some(&(id, n)) = s.quoted_words.first() {
        if s.quoted_words.len() > 1 && s.total_quoted_words > 0 {
            let share = n as f64 / s.total_quoted_words as f64;
            if share >= 0.5 {
                if let Some(sp) = a.speaker(id) {
                    notes.push(format!(
                        "{} speaks {} of the quoted words.",
                        sp.name,
                        percent(n, s.total_quoted_words)
                    ));
                }
            }
        }
    }
    if s.by_media > 0 {
        notes.push(format!(
            "{} come from other news outlets.",
            plural(s.by_media, "statement", "statements")
        ));
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    #[test]
    fn counts_and_notes() {
        let a = analyze(
            "\"We will build the bridge, and we will build it well,\" Mayor Ana Ruiz said.\n\n\
             A city official said the budget had doubled.\n\n\
             \"Nobody asked us about any of this at all,\" one resident said.",
        );
        let s = summarize(&a);
        assert_eq!(s.speakers, 3);
        assert_eq!((s.attributed, s.unattributed), (3, 0));
        assert_eq!((s.by_named_person, s.by_anonymous), (1, 2));
        assert_eq!((s.by_named(), s.attributed), (1, 3));
        assert_eq!(percent(s.by_named(), s.attributed), "33%");
        assert_eq!(s.quoted_words.len(), 2);
        assert_eq!(s.total_quoted_words, 20);
        assert_eq!(
            s.notes[0],
            "2 statements rest on anonymous sources (2 sources)."
        );
        assert_eq!(
            s.notes[1],
            "For 2 anonymous sources the article does not say why the source is unnamed."
        );
    }

    #[test]
    fn a_speaker_of_unknown_kind_is_no_named_source() {
        let mut a = analyze(
            "\"We will build the bridge, and we will build it well,\" Mayor Ana Ruiz said.\n\n\
             The inspector said the budget had doubled since the spring.",
        );
        // The engine calls the inspector anonymous; an imported analysis may say unknown.
        a.speakers[1].kind = SpeakerKind::Unknown;
        let s = summarize(&a);
        assert_eq!(
            (s.by_named_person, s.by_unknown),
            (1, 1),
            "{:?}",
            a.speakers
        );
        assert_eq!((s.by_named(), s.attributed), (1, 2));
        assert!(!s
            .notes
            .iter()
            .any(|n| n.starts_with("Every attributed statement")));
    }

    #[test]
    fn a_quote_with_no_speaker_leaves_not_every_statement_named() {
        let mut a = analyze(
            "\"We will build the bridge, and we will build it well,\" Mayor Ana Ruiz said.",
        );
        let mut unattributed = a.quotes[0].clone();
        unattributed.speaker = None;
        unattributed.speakers.clear();
        a.quotes.push(unattributed);
        let s = summarize(&a);
        assert_eq!((s.attributed, s.unattributed), (1, 1));
        assert!(!s
            .notes
            .iter()
            .any(|n| n.starts_with("Every attributed statement")));
    }

    #[test]
    fn a_partial_quote_inside_its_speakers_reported_speech_is_one_statement() {
        let a = analyze(
            "The union is backed by the Freight Transport Association, who say British \
             artists face \"an uphill struggle\" to succeed in the US.",
        );
        let kinds: Vec<QuoteType> = a.quotes.iter().map(|q| q.kind).collect();
        assert_eq!(kinds, [QuoteType::Indirect, QuoteType::Partial]);
        let s = summarize(&a);
        assert_eq!((s.attributed, s.by_organization), (1, 1));
        assert_eq!(statements_by_speaker(&a)[0], [0]);
        // Its words are still quoted words.
        assert_eq!(s.total_quoted_words, 3);
        assert_eq!(
            s.notes,
            ["Every attributed statement names its source."],
            "{:?}",
            s.notes
        );
    }

    #[test]
    fn a_partial_quote_inside_reported_speech_of_no_one_is_one_statement_too() {
        let mut a = analyze(
            "The union is backed by the Freight Transport Association, who say British \
             artists face \"an uphill struggle\" to succeed in the US.",
        );
        for q in &mut a.quotes {
            q.speaker = None;
            q.speakers.clear();
        }
        assert_eq!(unattributed(&a), [0]);
        assert_eq!(summarize(&a).unattributed, 1);
    }

    #[test]
    fn one_statement_rests_and_a_share_is_never_rounded_to_all() {
        let a = analyze("A city official said the budget had doubled since the spring.");
        assert_eq!(
            summarize(&a).notes[0],
            "1 statement rests on anonymous sources (1 source)."
        );
        assert_eq!(percent(199, 200), "99%");
        assert_eq!(percent(1, 300), "1%");
        assert_eq!(percent(1, 2), "50%");
        assert_eq!(percent(0, 0), "0%");
    }

    #[test]
    fn fixed_decimals() {
        assert_eq!(fixed(12.345, 2), "12.35");
        assert_eq!(fixed(0.5, 2), "0.50");
        assert_eq!(fixed(99.999, 1), "100.0");
        assert_eq!(fixed(7.4, 0), "7");
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(3.0, 9), "3.000");
    }

    #[test]
    fn empty_analysis() {
        let s = summarize(&Analysis::default());
        assert_eq!(s.notes, ["No quotes or attributed statements were found."]);
        assert_eq!(percent(s.by_named(), s.attributed), "0%");
    }

    #[test]
    fn a_statement_shared_by_two_kinds_counts_in_each() {
        let mut a = analyze(
            "\"We will build the bridge, and we will build it well,\" Mayor Ana Ruiz said.\n\n\
             A city official said the budget had doubled.",
        );
        // The official shares the mayor's words.
        a.quotes[0].speakers.push(1);
        let s = summarize(&a);
        assert_eq!(s.attributed, 2);
        assert_eq!((s.by_named_person, s.by_anonymous), (1, 2));
        assert_eq!(s.by_named(), 1);
        assert_eq!(
            s.notes[0],
            "2 statements rest on anonymous sources (1 source)."
        );
        // Two people of one kind count once.
        a.speakers[1].kind = SpeakerKind::NamedPerson;
        let s = summarize(&a);
        assert_eq!((s.by_named_person, s.by_anonymous, s.by_named()), (2, 0, 2));
    }

    #[test]
    fn voices_count_statements_and_quoted_words_by_gender() {
        let mut a = analyze(
            "\"We will build the bridge, and we will build it well,\" Mayor Ana Ruiz said.\n\n\
             \"It will cost too much,\" Mr Ben Ode said.\n\n\
             A city official said the budget had doubled.",
        );
        let genders: Vec<Option<PersonGender>> = a.speakers.iter().map(|s| s.gender).collect();
        assert_eq!(
            genders,
            [
                Some(PersonGender::Female),
                Some(PersonGender::Male),
                Some(PersonGender::Unknown)
            ]
        );
        let s = summarize(&a);
        assert_eq!(s.voices.statements, [1, 1, 1]);
        assert_eq!(
            s.voices.words,
            [11, 5, 0],
            "reported speech has no quoted words"
        );
        // A statement a woman and a man share counts for each; an organization for none.
        a.quotes[1].speakers.insert(0, 0);
        a.speakers[2].gender = None;
        let s = summarize(&a);
        assert_eq!(s.voices.statements, [2, 1, 0]);
        assert_eq!(s.voices.words, [16, 5, 0]);
    }

    #[test]
    fn statements_on_vague_sources_are_counted_and_noted() {
        let mut a = analyze("Critics said the budget had doubled since the spring.");
        a.speakers[0].vague = true;
        let s = summarize(&a);
        assert_eq!(s.vague, 1);
        assert!(
            s.notes
                .contains(&"1 statement rests on vague sources.".to_string()),
            "{:?}",
            s.notes
        );
    }
}
