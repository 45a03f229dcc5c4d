//! What a whole archive's sourcing adds up to.
//!
//! A standards desk auditing a year of articles asks the sidebar's questions of all of
//! them at once: which kinds of speaker, how many statements rest on anonymous sources,
//! whose voices fill the quotes. A [`Tally`] counts one article with the sidebar's own
//! definitions ([`summarize`]); tallies add up in any order, so the command-line analyzer
//! counts articles on all cores and merges the counts as they arrive, and [`Report`] is
//! what it prints, as JSON or CSV.

use crate::analysis::{Analysis, PersonGender, SpeakerKind};
use crate::export::csv_cell;
use crate::summary::{statements, summarize, Voices};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// A count for each kind of speaker, in the order of [`SpeakerKind::ALL`]; written as an
/// object keyed by the kinds' JSON names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ByKind([usize; SpeakerKind::ALL.len()]);

impl ByKind {
    pub fn get(&self, kind: SpeakerKind) -> usize {
        self.0[kind as usize]
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    fn bump(&mut self, kind: SpeakerKind, n: usize) {
        self.0[kind as usize] += n;
    }

    fn add(&mut self, other: &ByKind) {
        for kind in SpeakerKind::ALL {
            self.bump(kind, other.get(kind));
        }
    }
}

impl Serialize for ByKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(SpeakerKind::ALL.len()))?;
        for kind in SpeakerKind::ALL {
            map.serialize_entry(kind.code(), &self.get(kind))?;
        }
        map.end()
    }
}

/// How much one named source was quoted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Quoted {
    statements: usize,
    articles: usize,
}

/// The counts of any number of articles; [`Tally::of`] one article, [`Tally::add`] more.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    /// Articles analyzed.
    pub articles: usize,
    /// Articles that could not be read or parsed (counted by [`Tally::failure`]).
    pub failed: usize,
    /// Speakers, each counted once in each article that has them.
    pub speakers: ByKind,
    /// Attributed statements by the kinds of their speakers, as in the sidebar (a
    /// statement shared by two kinds counts in each).
    pub statements: ByKind,
    /// People's statements and quoted words by gender.
    pub voices: Voices,
    /// Statements with no speaker found.
    pub unattributed: usize,
    /// Articles with at least one statement on an anonymous source.
    pub articles_with_anonymous: usize,
    /// Named sources (not anonymous, not unknown) by name and kind. The same name under
    /// two kinds stays two entries: the archive does not know they are one.
    names: HashMap<(String, SpeakerKind), Quoted>,
}

impl Tally {
    /// The counts of one article.
    pub fn of(a: &Analysis) -> Tally {
        let s = summarize(a);
        let mut t = Tally {
            articles: 1,
            unattributed: s.unattributed,
            articles_with_anonymous: usize::from(s.by_anonymous > 0),
            voices: s.voices,
            ..Tally::default()
        };
        let by_source = [
            (SpeakerKind::NamedPerson, s.by_named_person),
            (SpeakerKind::NamedOrganization, s.by_organization),
            (SpeakerKind::Anonymous, s.by_anonymous),
            (SpeakerKind::Media, s.by_media),
            (SpeakerKind::Document, s.by_document),
            (SpeakerKind::Unknown, s.by_unknown),
        ];
        for (kind, n) in by_source {
            t.statements.bump(kind, n);
        }
        for sp in &a.speakers {
            t.speakers.bump(sp.kind, 1);
        }
        // Statements as the summary counts them: a partial quote inside its speaker's
        // reported speech is part of that statement.
        for (q, _) in a.quotes.iter().zip(statements(a)).filter(|&(_, s)| s) {
            let mut named: Vec<(&str, SpeakerKind)> = (q.speakers.iter())
                .filter_map(|&id| a.speaker(id))
                .filter(|sp| !matches!(sp.kind, SpeakerKind::Anonymous | SpeakerKind::Unknown))
                .map(|sp| (sp.name.as_str(), sp.kind))
                .collect();
            // Each of the statement's speakers, once: as on their cards.
            named.sort_by_key(|&(name, kind)| (name, kind as u8));
            named.dedup();
            for (name, kind) in named {
                let entry = t.names.entry((name.to_string(), kind)).or_default();
                entry.statements += 1;
                entry.articles = 1;
            }
        }
        t
    }

    /// One article that could not be analyzed.
    pub fn failure() -> Tally {
        Tally {
            failed: 1,
            ..Tally::default()
        }
    }

    /// Adds the counts of other articles.
    pub fn add(&mut self, other: Tally) {
        self.articles += other.articles;
        self.failed += other.failed;
        self.speakers.add(&other.speakers);
        self.statements.add(&other.statements);
        self.unattributed += other.unattributed;
        self.articles_with_anonymous += other.articles_with_anonymous;
        self.voices.add(&other.voices);
        for (key, q) in other.names {
            let entry = self.names.entry(key).or_default();
            entry.statements += q.statements;
            entry.articles += q.articles;
        }
    }

    /// The report, with the `top` most-quoted named sources.
    pub fn report(&self, top: usize) -> Report {
        let attributed = self.statements.total();
        let mut names: Vec<NamedSource> = self
            .names
            .iter()
            .map(|((name, kind), q)| NamedSource {
                name: name.clone(),
                kind: kind.code(),
                statements: q.statements,
                articles: q.articles,
            })
            .collect();
        names.sort_by(|a, b| {
            (b.statements, b.articles)
                .cmp(&(a.statements, a.articles))
                .then_with(|| (&a.name, a.kind).cmp(&(&b.name, b.kind)))
        });
        names.truncate(top);
        Report {
            articles: self.articles,
            failed: self.failed,
            speakers: Speakers {
                total: self.speakers.total(),
                by_kind: self.speakers,
            },
            statements: Statements {
                total: attributed + self.unattributed,
                unattributed: self.unattributed,
                by_source_kind: self.statements,
            },
            anonymous_share: share(self.statements.get(SpeakerKind::Anonymous), attributed),
            articles_with_anonymous: self.articles_with_anonymous,
            gender: Gender::of(&self.voices),
            most_quoted: names,
        }
    }
}

/// A count for female, male and unknown, in the order of [`PersonGender::ALL`]; written
/// as an object keyed by the genders' JSON names.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ByGender<T>(pub [T; 3]);

impl<T: Serialize> Serialize for ByGender<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(3))?;
        for (g, n) in PersonGender::ALL.iter().zip(&self.0) {
            map.serialize_entry(g.code(), n)?;
        }
        map.end()
    }
}

/// Who is heard: people's statements and quoted words by gender, as counts and as
/// shares (0 to 1) of all people's, as the Gender Gap Tracker and 50:50 count them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gender {
    pub statements: ByGender<usize>,
    pub quoted_words: ByGender<usize>,
    pub statement_shares: ByGender<f64>,
    pub quoted_word_shares: ByGender<f64>,
}

impl Gender {
    fn of(v: &Voices) -> Gender {
        let shares = |counts: &[usize; 3]| {
            let whole = counts.iter().sum();
            ByGender(counts.map(|n| share(n, whole)))
        };
        Gender {
            statements: ByGender(v.statements),
            quoted_words: ByGender(v.words),
            statement_shares: shares(&v.statements),
            quoted_word_shares: shares(&v.words),
        }
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// An archive's sourcing, as `analyze --summary` prints it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub articles: usize,
    pub failed: usize,
    pub speakers: Speakers,
    pub statements: Statements,
    /// Statements on anonymous sources, as a share (0 to 1) of the attributed statements:
    /// the complement of the sidebar's named share, less the speakers of unknown kind.
    pub anonymous_share: f64,
    pub articles_with_anonymous: usize,
    pub gender: Gender,
    /// The most-quoted named sources, most statements first.
    pub most_quoted: Vec<NamedSource>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speakers {
    pub total: usize,
    pub by_kind: ByKind,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statements {
    /// Every statement: attributed ones and those with no speaker.
    pub total: usize,
    pub unattributed: usize,
    /// Attributed statements by the kind of their speaker.
    pub by_source_kind: ByKind,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NamedSource {
    pub name: String,
    pub kind: &'static str,
    pub statements: usize,
    /// Articles that quote this source at least once.
    pub articles: usize,
}

impl Report {
    /// The report as one long table, `metric,kind,name,value`, a row per figure: one
    /// shape that a spreadsheet, pandas or R reads as it is and filters by metric.
    pub fn to_csv(&self) -> String {
        let mut rows = vec![
            row("articles", "", "", self.articles),
            row("failed", "", "", self.failed),
        ];
        for kind in SpeakerKind::ALL {
            rows.push(row(
                "speakers",
                kind.code(),
                "",
                self.speakers.by_kind.get(kind),
            ));
        }
        for kind in SpeakerKind::ALL {
            let n = self.statements.by_source_kind.get(kind);
            rows.push(row("statements", kind.code(), "", n));
        }
        rows.push(row(
            "statements",
            "unattributed",
            "",
            self.statements.unattributed,
        ));
        rows.push(row("anonymous_share", "", "", self.anonymous_share));
        rows.push(row(
            "articles_with_anonymous",
            "",
            "",
            self.articles_with_anonymous,
        ));
        self.gender_rows(&mut rows);
        for s in &self.most_quoted {
            rows.push(row("most_quoted_statements", s.kind, &s.name, s.statements));
            rows.push(row("most_quoted_articles", s.kind, &s.name, s.articles));
        }
        let mut out = String::from("metric,kind,name,value\n");
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
        out
    }
}

impl Report {
    /// `gender_statements,female,,312` and the like: counts, then shares.
    fn gender_rows(&self, rows: &mut Vec<String>) {
        let g = &self.gender;
        for (metric, counts) in [
            ("gender_statements", &g.statements),
            ("gender_quoted_words", &g.quoted_words),
        ] {
            for (gender, n) in PersonGender::ALL.iter().zip(counts.0) {
                rows.push(row(metric, gender.code(), "", n));
            }
        }
        for (metric, shares) in [
            ("gender_statement_share", &g.statement_shares),
            ("gender_quoted_word_share", &g.quoted_word_shares),
        ] {
            for (gender, x) in PersonGender::ALL.iter().zip(shares.0) {
                rows.push(row(metric, gender.code(), "", x));
            }
        }
    }
}

fn row(metric: &str, kind: &str, name: &str, value: impl std::fmt::Display) -> String {
    format!("{metric},{kind},{},{value}", csv_cell(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    const MAYOR: &str = "\"We will build the bridge, and we will build it well,\" Mayor Ana \
                         Ruiz said.\n\nA city official said the budget had doubled.";
    const COUNCIL: &str = "\"The vote is on Monday,\" Ana Ruiz said.\n\n\
                           \"It will pass,\" she said.";

    fn tally(texts: &[&str]) -> Tally {
        let mut t = Tally::default();
        for text in texts {
            t.add(Tally::of(&analyze(text)));
        }
        t
    }

    #[test]
    fn counts_one_article_as_the_sidebar_does() {
        let a = analyze(MAYOR);
        let s = summarize(&a);
        let t = Tally::of(&a);
        assert_eq!(t.articles, 1);
        assert_eq!(t.speakers.total(), s.speakers);
        assert_eq!(t.statements.total(), s.attributed);
        let by = |k| t.statements.get(k);
        assert_eq!(
            (by(SpeakerKind::NamedPerson), by(SpeakerKind::Anonymous)),
            (1, 1)
        );
        assert_eq!(t.articles_with_anonymous, 1);
    }

    #[test]
    fn names_add_up_across_articles_and_anonymous_sources_are_no_names() {
        let r = tally(&[MAYOR, COUNCIL, COUNCIL]).report(20);
        assert_eq!(r.articles, 3);
        assert_eq!(r.most_quoted.len(), 1, "{:?}", r.most_quoted);
        let ana = &r.most_quoted[0];
        assert_eq!(ana.name, "Ana Ruiz");
        assert_eq!(ana.kind, "named_person");
        assert_eq!((ana.statements, ana.articles), (5, 3));
        assert_eq!(r.statements.by_source_kind.get(SpeakerKind::Anonymous), 1);
        assert_eq!(r.articles_with_anonymous, 1);
        assert!((r.anonymous_share - 1.0 / 6.0).abs() < 1e-9, "{r:?}");
    }

    #[test]
    fn the_order_of_articles_does_not_matter() {
        let mut other = tally(&[COUNCIL]);
        other.add(Tally::failure());
        other.add(tally(&[MAYOR]));
        let mut t = tally(&[MAYOR, COUNCIL]);
        t.add(Tally::failure());
        assert_eq!(t.report(20), other.report(20));
        assert_eq!(t.failed, 1);
    }

    #[test]
    fn most_quoted_first_then_by_name_and_cut_at_top() {
        let texts = [
            "Ben Ode said the plan was sound.",
            "Ann Lee said the plan was sound.",
            COUNCIL,
        ];
        let r = tally(&texts).report(2);
        let names: Vec<&str> = r.most_quoted.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Ana Ruiz", "Ann Lee"]);
    }

    #[test]
    fn each_kind_has_its_own_count() {
        let mut by = ByKind::default();
        for (i, kind) in SpeakerKind::ALL.into_iter().enumerate() {
            by.bump(kind, i + 1);
        }
        for (i, kind) in SpeakerKind::ALL.into_iter().enumerate() {
            assert_eq!(by.get(kind), i + 1, "{kind:?}");
        }
        assert_eq!(by.total(), 21);
    }

    #[test]
    fn an_empty_archive_has_no_share() {
        let r = Tally::default().report(20);
        assert_eq!(r.anonymous_share, 0.0);
        assert!(r.most_quoted.is_empty());
    }

    #[test]
    fn csv_is_one_long_table_with_quoted_names() {
        let mut r = tally(&[COUNCIL]).report(20);
        r.most_quoted.push(NamedSource {
            name: "Smith, \"Jones\" & Co".to_string(),
            kind: "named_organization",
            statements: 1,
            articles: 1,
        });
        let csv = r.to_csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "metric,kind,name,value");
        assert_eq!(lines[1], "articles,,,1");
        assert!(lines.contains(&"speakers,named_person,,1"), "{csv}");
        assert!(lines.contains(&"statements,named_person,,2"), "{csv}");
        assert!(lines.contains(&"statements,unattributed,,0"), "{csv}");
        assert!(lines.contains(&"anonymous_share,,,0"), "{csv}");
        assert!(
            lines.contains(&"most_quoted_articles,named_person,Ana Ruiz,1"),
            "{csv}"
        );
        assert_eq!(
            lines.last(),
            Some(&"most_quoted_articles,named_organization,\"Smith, \"\"Jones\"\" & Co\",1")
        );
    }

    #[test]
    fn gender_shares_add_up_across_articles() {
        let ben = "\"It will cost far too much,\" Mr Ben Ode said.";
        let r = tally(&[MAYOR, COUNCIL, ben]).report(20);
        let g = &r.gender;
        // Ana Ruiz three times, Ben Ode once, the city official (one person) once.
        assert_eq!(g.statements.0, [3, 1, 1]);
        assert_eq!(g.quoted_words.0, [11 + 5 + 3, 6, 0]);
        assert!((g.statement_shares.0[0] - 0.6).abs() < 1e-9, "{g:?}");
        assert!((g.quoted_word_shares.0[1] - 0.24).abs() < 1e-9, "{g:?}");
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["gender"]["statements"]["female"], 3);
        assert_eq!(json["gender"]["quoted_word_shares"]["unknown"], 0.0);
        let csv = r.to_csv();
        assert!(csv.contains("\ngender_statements,female,,3\n"), "{csv}");
        assert!(
            csv.contains("\ngender_quoted_word_share,male,,0.24\n"),
            "{csv}"
        );
        assert_eq!(
            Tally::default().report(20).gender.statement_shares.0,
            [0.0; 3]
        );
    }

    #[test]
    fn a_statement_two_named_sources_share_counts_for_each() {
        let mut a = analyze(MAYOR);
        a.quotes[1].speakers = vec![1, 0];
        a.speakers[1].kind = SpeakerKind::NamedOrganization;
        let r = Tally::of(&a).report(20);
        let names: Vec<(&str, usize)> = (r.most_quoted.iter())
            .map(|s| (s.name.as_str(), s.statements))
            .collect();
        assert_eq!(names, [("Ana Ruiz", 2), ("A city official", 1)]);
    }

    #[test]
    fn json_names_every_kind() {
        let json = serde_json::to_value(tally(&[MAYOR]).report(20)).unwrap();
        let kinds = json["speakers"]["by_kind"].as_object().unwrap();
        assert_eq!(kinds.len(), 6);
        assert_eq!(json["statements"]["by_source_kind"]["anonymous"], 1);
        assert_eq!(json["most_quoted"][0]["kind"], "named_person");
    }
}
