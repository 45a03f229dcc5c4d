//! Words for people: titles, honorifics, name particles, nouns for a person or for a
//! crowd. With them the speaker stage tells a person from a body, and the recognizer a
//! person's name from the title before it.

use super::word_set::WordSet;
use crate::analysis::model::Gender;

/// Nouns for one who speaks for a body: "a Kremlin spokesman", "a spokeswoman for Tesco".
pub const SPOKESPERSONS: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];

/// Roles by which news names an unnamed source ("an official said") as well as a named
/// person ("Treasury official Ann Ruiz"): titles, and heads of anonymous sources.
#[rustfmt::skip]
pub const SOURCE_ROLES: &[&str] = &[
    "official", "aide", "adviser", "advisor", "diplomat", "analyst", "economist", "officer",
    "executive", "representative", "lawyer", "activist", "doctor", "lawmaker",
];

/// People named by their tie to someone: "a friend of the minister", "his neighbours".
#[rustfmt::skip]
pub const RELATIONS: &[&str] = &[
    "ally", "allies", "friend", "friends", "relative", "relatives", "neighbor", "neighbors",
    "neighbour", "neighbours", "colleague", "colleagues", "associate", "associates",
    "confidant", "confidants",
];

/// People named by a post they share with others: "prosecutors", "aides", "a staffer".
#[rustfmt::skip]
pub const OFFICE_HOLDERS: &[&str] = &[
    "authorities", "prosecutors", "lawmakers", "ministers", "diplomats", "investigators",
    "officers", "aides", "lawyers", "staffer", "staffers", "employee", "employees", "member",
    "members", "representatives",
];

/// Honorifics as written, in the order of [`Honorific`]'s variants.
const HONORIFICS: &[&str] = &[
    "mr.", "mrs.", "ms.", "miss", "dr.", "sir", "dame", "lord", "lady",
];

/// Titles and roles that precede or stand for a person's name.
#[rustfmt::skip]
pub static TITLES: WordSet = WordSet::union(&[
    SPOKESPERSONS,
    SOURCE_ROLES,
    HONORIFICS,
    &[
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary",
        "senator", "sen.", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor",
        "judge", "justice", "general", "gen.", "admiral", "adm.", "colonel", "col.",
        "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "major", "maj.",
        "commander", "chief", "director", "ambassador", "envoy", "king", "queen", "prince",
        "princess", "pope", "bishop", "archbishop", "cardinal", "rabbi", "imam", "rev.",
        "reverend", "prof.", "professor", "sheikh", "emir", "sultan", "chairman",
        "chairwoman", "chair", "ceo", "leader", "speaker", "attorney", "commissioner",
        "deputy", "foreign", "defense", "defence", "interior", "finance", "health", "state",
        "head", "founder", "candidate", "nominee", "coach", "manager", "striker", "player",
        "supt.", "insp.", "det.", "detective", "inspector", "superintendent", "sheriff",
        "councillor", "councilman", "councilwoman", "legislator", "author", "writer",
        "editor", "journalist", "correspondent", "reporter", "researcher", "scientist",
        // Also relations (`PEOPLE_NOUNS`): here the titles of a priest and a nun.
        "father", "sister",
    ],
]);

/// Whether `w` is a title, also as British style writes a short one, without its point
/// ("mr", "dr").
pub fn is_title(w: &str) -> bool {
    if TITLES.contains(w) {
        return true;
    }
    // The dotted forms are short: build one on the stack, not the heap.
    let mut dotted = [0u8; 8];
    let n = w.len();
    n < dotted.len() && {
        dotted[..n].copy_from_slice(w.as_bytes());
        dotted[n] = b'.';
        std::str::from_utf8(&dotted[..=n]).is_ok_and(|d| TITLES.contains(d))
    }
}

/// Honorifics: titles that go before a person's name and after no other title of the same
/// person ("the president and Mrs. Clinton" are two people). One list, asked three ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Honorific {
    Mr,
    Mrs,
    Ms,
    Miss,
    Dr,
    Sir,
    Dame,
    Lord,
    Lady,
}

/// The honorific `w` (lower case, with or without its point), if it is one.
pub fn honorific(w: &str) -> Option<Honorific> {
    use Honorific::*;
    let w = w.trim_end_matches('.');
    let k = HONORIFICS
        .iter()
        .position(|h| h.trim_end_matches('.') == w)?;
    Some([Mr, Mrs, Ms, Miss, Dr, Sir, Dame, Lord, Lady][k])
}

impl Honorific {
    /// "Mr", "Mrs", "Ms": a name after one is a person's, whatever else it looks like
    /// ("Ms Atlas"). "Miss" and "Dr" may be other words.
    pub fn is_courtesy(self) -> bool {
        matches!(self, Honorific::Mr | Honorific::Mrs | Honorific::Ms)
    }

    /// "Lord Dubs", "Sir Elton": a peer's or knight's title, which one word may follow.
    pub fn is_peerage(self) -> bool {
        matches!(
            self,
            Honorific::Sir | Honorific::Dame | Honorific::Lord | Honorific::Lady
        )
    }

    /// The gender the title gives, if it gives one.
    pub fn gender(self) -> Option<Gender> {
        use Honorific::*;
        match self {
            Mr | Sir | Lord => Some(Gender::Male),
            Mrs | Ms | Miss | Dame | Lady => Some(Gender::Female),
            Dr => None,
        }
    }
}

/// Whether `w` is an honorific.
pub fn is_honorific(w: &str) -> bool {
    honorific(w).is_some()
}

/// Particles that open a family name ("De Blasio", "van Gogh"), not given names.
#[rustfmt::skip]
pub static NAME_PARTICLES: WordSet = WordSet::new(&[
    "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "le", "la", "al",
    "el", "bin", "ibn", "ben", "mac", "st.",
]);

/// Nouns for a person that are no title, by which news refers back to someone it has
/// named ("Liam Neeson … the Ballymena-born actor").
#[rustfmt::skip]
pub static PERSON_NOUNS: WordSet = WordSet::new(&[
    "actor", "actress", "star", "singer", "musician", "rapper", "comedian", "presenter",
    "broadcaster", "host", "artist", "designer", "novelist", "poet", "playwright",
    "film-maker", "filmmaker", "producer", "dancer", "chef", "businessman",
    "businesswoman", "entrepreneur", "tycoon", "billionaire", "mogul", "owner",
    "politician", "campaigner", "veteran", "champion", "athlete", "footballer", "cricketer",
    "golfer", "boxer", "runner", "swimmer", "cyclist", "midfielder", "defender",
    "goalkeeper", "winger", "forward", "batsman", "bowler", "skipper", "boss",
]);

/// Nouns for people that no other list holds: relations, crowds, shares of a public.
#[rustfmt::skip]
pub static PEOPLE_NOUNS: WordSet = WordSet::new(&[
    "man", "woman", "men", "women", "wife", "husband", "mother", "father", "son", "daughter",
    "brother", "sister", "child", "children", "family", "crowd", "staff", "public", "fan",
    "majority", "minority", "couple", "pair", "percent", "cent", "everyone", "everybody",
    "nobody", "crew", "guest", "host", "audience", "youth", "kid", "teen", "victim",
    "patient", "student", "pupil", "parent", "citizen", "native", "local", "colleague",
    "folks", "pundit", "progressive", "conservative", "liberal", "side", "sides", "powerful",
]);

/// Nouns for a person that say the person's sex: "chairwoman", "actress", "father".
/// Nouns now used of anyone ("actor", "host") are in neither.
pub static FEMALE_NOUNS: WordSet = WordSet::new(&[
    "woman",
    "girl",
    "lady",
    "mother",
    "daughter",
    "sister",
    "wife",
    "widow",
    "grandmother",
    "aunt",
    "niece",
    "actress",
    "chairwoman",
    "spokeswoman",
    "congresswoman",
    "businesswoman",
    "councilwoman",
    "policewoman",
    "sportswoman",
    "stateswoman",
    "queen",
    "princess",
    "duchess",
    "countess",
    "baroness",
    "empress",
    "heiress",
    "waitress",
    "hostess",
    "mum",
    "mom",
    "granddaughter",
    "girlfriend",
    "bride",
    "nun",
    "madam",
]);
pub static MALE_NOUNS: WordSet = WordSet::new(&[
    "man",
    "boy",
    "gentleman",
    "father",
    "son",
    "brother",
    "husband",
    "widower",
    "grandfather",
    "uncle",
    "nephew",
    "chairman",
    "spokesman",
    "congressman",
    "businessman",
    "councilman",
    "policeman",
    "sportsman",
    "statesman",
    "king",
    "prince",
    "duke",
    "baron",
    "emperor",
    "waiter",
    "dad",
    "grandson",
    "boyfriend",
    "groom",
    "monk",
]);

/// Words that qualify a title: "former special envoy", "acting chairman", "deputy chief".
pub static TITLE_MODIFIERS: WordSet = WordSet::new(&[
    "former",
    "then",
    "acting",
    "deputy",
    "senior",
    "chief",
    "special",
    "top",
    "longtime",
    "veteran",
    "assistant",
    "vice",
    "associate",
    "executive",
    "interim",
    "outgoing",
    "incoming",
    "current",
    "retired",
    "managing",
    "principal",
    "lead",
    "general",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_with_or_without_its_point() {
        assert!(is_title("mr") && is_title("mr.") && is_title("senator"));
        assert!(!is_title("weather"));
    }

    #[test]
    fn an_honorific_gives_a_gender_or_none() {
        assert_eq!(
            honorific("mrs.").and_then(Honorific::gender),
            Some(Gender::Female)
        );
        assert_eq!(
            honorific("lord").and_then(Honorific::gender),
            Some(Gender::Male)
        );
        assert_eq!(honorific("dr").map(Honorific::gender), Some(None));
        assert!(honorific("ms").is_some_and(Honorific::is_courtesy));
        assert!(honorific("sir").is_some_and(Honorific::is_peerage));
        assert_eq!(honorific("senator"), None);
    }
}
