//! The nouns that head a source phrase, by kind: anonymous people, documents,
//! organizations, outlets; and what someone said ("his speech"). The speaker stage reads
//! a source's kind from its head noun, and attribution asks whether a phrase can name a
//! source at all.

use super::people::{
    OFFICE_HOLDERS, PEOPLE_NOUNS, PERSON_NOUNS, RELATIONS, SOURCE_ROLES, SPOKESPERSONS, TITLES,
};
use super::shapes::{is_plural, singular};
use super::word_set::WordSet;

/// Nouns that, with no name attached, make a source anonymous.
#[rustfmt::skip]
pub static ANONYMOUS_HEADS: WordSet = WordSet::union(&[
    SOURCE_ROLES,
    SPOKESPERSONS,
    RELATIONS,
    OFFICE_HOLDERS,
    &[
        "source", "sources", "officials", "person", "people", "persons", "insider", "insiders",
        "advisers", "advisors", "someone", "individual", "individuals", "witness", "witnesses",
        "resident", "residents", "observer", "observers", "analysts", "expert", "experts",
        "critic", "critics", "supporter", "supporters", "investigator", "executives",
        "operative", "operatives", "strategist", "strategists", "donor", "donors", "doctors",
        "activists", "protester", "protesters", "voter", "voters", "worker", "workers",
        "police", "scientists", "researchers", "republicans", "democrats", "others", "many",
        "some", "economists", "trader", "traders", "dealer", "dealers", "organiser",
        "organisers", "organizer", "organizers", "campaigners",
    ],
]);

/// What someone said that is also a document: "his statement said", "the letter says".
#[rustfmt::skip]
const STATEMENTS: &[&str] = &[
    "statement", "letter", "tweet", "post", "interview", "email", "column", "memoir",
];

/// A court's papers, which are documents and the channel of what they say: "according to
/// the indictment".
#[rustfmt::skip]
pub const LEGAL_PAPERS: &[&str] = &[
    "filing", "filings", "lawsuit", "suit", "complaint", "indictment", "affidavit", "documents",
    "records", "ruling", "order", "petition",
];

/// What puts words on air: "told the radio", "said on television".
#[rustfmt::skip]
pub const ON_AIR: &[&str] = &["television", "tv", "radio", "podcast", "air"];

/// Nouns that make a source a document.
#[rustfmt::skip]
pub static DOCUMENT_HEADS: WordSet = WordSet::union(&[
    STATEMENTS,
    LEGAL_PAPERS,
    &[
        "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls",
        "document", "memo", "memos", "analysis", "data", "research", "paper", "review",
        "assessment", "audit", "investigation", "figures", "estimates", "census",
        "transcript", "emails", "forecast", "model", "release", "website", "statistics",
        "findings", "ad", "ads", "editorial", "video", "summary", "results", "average",
        "book", "film", "site", "probe", "count", "tally", "projection", "projections",
        "note", "notes", "guidance", "draft", "manifesto", "platform", "warning", "blog",
        "weblog", "interviews", "analyses", "returns", "law", "bill", "missive", "story",
        "version", "obituary", "biography",
    ],
]);

/// Nouns for what someone said, whose words are their author's: "Mr Bell's speech called
/// for …".
#[rustfmt::skip]
pub static SPEECH_NOUNS: WordSet = WordSet::union(&[
    STATEMENTS,
    &["speech", "remarks", "comments", "tweets", "testimony", "address", "message", "op-ed"],
]);

/// Kinds of business that a name follows ("budget airline Flyglobe") and that stand for
/// it ("the company said").
#[rustfmt::skip]
const BUSINESS_KINDS: &[&str] = &[
    "firm", "company", "group", "club", "team", "insurer", "bank", "airline", "carrier",
    "retailer", "lender", "carmaker", "manufacturer", "supermarket", "charity", "brewer",
    "chipmaker", "conglomerate", "studio",
];

/// Kinds of news outlet that a name follows ("news agency Tanjug").
#[rustfmt::skip]
const MEDIA_KINDS: &[&str] = &[
    "agency", "newspaper", "daily", "tabloid", "broadcaster", "magazine", "website",
];

/// Nouns that stand for an organization when no name is given ("the ministry said").
#[rustfmt::skip]
pub static ORGANIZATION_HEADS: WordSet = WordSet::union(&[
    BUSINESS_KINDS,
    &[
        "ministry", "government", "administration", "department", "campaign", "committee",
        "commission", "council", "party", "army", "military", "navy", "embassy", "office",
        "court", "organization", "organisation", "union", "association", "alliance", "board",
        "cabinet", "parliament", "senate", "congress", "kremlin", "pentagon", "police",
        "corporation", "institute", "university", "school", "hospital", "foundation",
        "coalition", "regime", "authority", "federation", "league", "white house",
        "regulator", "watchdog", "panel", "fund", "bureau", "jury", "tribunal", "inquiry",
        "opposition", "church", "consortium", "unit", "leadership",
        // Also outlets (`MEDIA_HEADS`); as heads they are organizations first.
        "agency", "network", "website",
    ],
]);

/// Kinds of organization that a name follows in apposition ("news agency Tanjug",
/// "budget airline Flyglobe"), and that stand for the organization just named ("Tesco said
/// … the company said"). The rest of `ORGANIZATION_HEADS` ("court", "police", "campaign")
/// name bodies that a name rarely follows this way.
pub static ORGANIZATION_KINDS: WordSet = WordSet::union(&[
    BUSINESS_KINDS,
    MEDIA_KINDS,
    &["weekly", "chain", "side", "maker"],
]);

/// Nouns for news outlets when no name is given ("the newspaper reported").
#[rustfmt::skip]
pub static MEDIA_HEADS: WordSet = WordSet::union(&[
    MEDIA_KINDS,
    &[
        "paper", "outlet", "network", "channel", "station", "news agency", "media", "press",
        "outlets",
    ],
]);

/// Outlets that news also names as where words were broadcast or posted: "said on CNN",
/// "wrote on Twitter".
const BROADCAST_OUTLETS: &[&str] = &["cnn", "msnbc", "twitter", "facebook"];

/// News organizations, lower case. The recognizer labels them ORG; the speaker stage
/// makes them media.
#[rustfmt::skip]
pub static MEDIA_OUTLETS: WordSet = WordSet::union(&[
    BROADCAST_OUTLETS,
    &[
        "afp", "ap", "reuters", "tass", "ria novosti", "ria", "interfax", "xinhua", "bbc",
        "fox news", "fox", "nbc", "abc", "cbs", "npr", "pbs", "bloomberg", "politico", "axios",
        "the associated press", "associated press", "agence france-presse",
        "the new york times", "new york times", "the times", "the washington post",
        "washington post", "the post", "the wall street journal", "wall street journal",
        "the journal", "the guardian", "guardian", "the telegraph", "telegraph",
        "the financial times", "financial times", "ft", "the economist", "usa today",
        "the hill", "breitbart", "huffpost", "huffington post", "the huffington post",
        "buzzfeed", "buzzfeed news", "vox", "slate", "the atlantic", "time", "newsweek",
        "al jazeera", "dpa", "efe", "ansa", "kyodo", "yonhap", "ukrinform", "rbc", "kommersant",
        "izvestia", "vedomosti", "the moscow times", "moscow times", "der spiegel", "spiegel",
        "le monde", "bild", "corriere della sera", "la repubblica", "el país", "sky news",
        "the independent", "the sun", "daily mail", "the daily mail", "the mirror",
        "los angeles times", "the los angeles times", "chicago tribune", "the boston globe",
        "boston globe", "new york post", "the new york post", "the daily beast", "daily beast",
        "mcclatchy", "the intercept", "propublica", "the washington times", "washington times",
        "the daily caller", "daily caller", "national review", "the new yorker", "new yorker",
        "western journalism", "abc news", "cbs news", "nbc news", "cnbc", "c-span",
        "univision", "telemundo",
    ],
]);

/// Where words are published or broadcast: "said on Twitter", "told CNN on television".
#[rustfmt::skip]
pub static PLATFORMS: WordSet = WordSet::union(&[
    BROADCAST_OUTLETS,
    ON_AIR,
    &["instagram", "youtube", "tiktok", "camera", "website", "blog", "news"],
]);

/// Whether a lower-case head noun names people: a listed person or source noun, or one
/// that ends the way words for people do ("voter", "lobbyist", "politician", "resident",
/// "nominee", "chairman", "34-year-old"). Abstract nouns ("-ment", "-tion", "-ness")
/// never do. "their smiles said a lot" and "deficits" name no one.
pub fn names_people(noun: &str) -> bool {
    let one = singular(noun);
    let one = one.as_ref();
    let listed = |w: &str| {
        PERSON_NOUNS.contains(w)
            || PEOPLE_NOUNS.contains(w)
            || ANONYMOUS_HEADS.contains(w)
            || TITLES.contains(w)
    };
    let abstract_noun = ["ment", "tion", "sion", "ness", "ity", "ance", "ence"]
        .iter()
        .any(|s| one.ends_with(s));
    let personal = [
        "er", "or", "ist", "ian", "ant", "ent", "ee", "eon", "man", "woman", "-old",
    ]
    .iter()
    .any(|s| one.ends_with(s));
    listed(noun) || listed(one) || PEOPLE_IN_AR.contains(&one) || personal && !abstract_noun
}

/// Words for people in "-ar", an ending that names far more things ("year", "war",
/// "dollar", "seminar"): "as the years went on" names no one.
const PEOPLE_IN_AR: &[&str] = &[
    "scholar",
    "registrar",
    "vicar",
    "czar",
    "tsar",
    "friar",
    "liar",
    "burglar",
    "beggar",
];

/// Nouns that can head the phrase for a source, in the singular or the plural
/// ("groups", "companies").
pub fn is_source_noun(w: &str) -> bool {
    let listed = |w: &str| {
        ANONYMOUS_HEADS.contains(w)
            || DOCUMENT_HEADS.contains(w)
            || ORGANIZATION_HEADS.contains(w)
            || MEDIA_HEADS.contains(w)
            || TITLES.contains(w)
    };
    listed(w) || is_plural(w) && listed(&singular(w))
}

/// Words after a source's head that say how it knows: "a person familiar with the matter".
pub fn is_source_modifier(w: &str) -> bool {
    matches!(
        w,
        "involved"
            | "familiar"
            | "close"
            | "knowledgeable"
            | "briefed"
            | "working"
            | "speaking"
            | "talking"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_modifier_says_how_the_source_knows() {
        assert!(is_source_modifier("familiar") && is_source_modifier("close"));
        assert!(!is_source_modifier("angry"));
    }

    #[test]
    fn a_source_noun_in_the_singular_or_the_plural() {
        assert!(is_source_noun("official") && is_source_noun("sources"));
        assert!(is_source_noun("companies") && is_source_noun("ministries"));
        assert!(!is_source_noun("deficits") && !is_source_noun("weather"));
    }

    #[test]
    fn people_by_list_or_by_ending_but_no_abstract_noun() {
        assert!(names_people("voters") && names_people("politician"));
        assert!(names_people("34-year-old") && names_people("crowd"));
        assert!(!names_people("smiles") && !names_people("government"));
        assert!(!names_people("investigation"));
        assert!(!names_people("years") && !names_people("dollar") && names_people("scholars"));
    }
}
