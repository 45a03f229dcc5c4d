//! Closed word classes that several stages share: titles, pronouns, determiners, and the
//! nouns that mark a source as anonymous, as a document or as an organization.

use super::model::Gender;
use super::text::Document;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Titles and roles that precede or stand for a person's name.
#[rustfmt::skip]
pub static TITLES: WordSet = WordSet::new(&[
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator",
    "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.",
    "mayor", "judge", "justice", "general", "gen.", "admiral", "adm.", "colonel", "col.",
    "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "major", "maj.", "commander",
    "chief", "director", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "king", "queen", "prince", "princess", "pope", "bishop", "archbishop", "cardinal", "rabbi",
    "imam", "rev.", "reverend", "father", "sister", "dr.", "doctor", "prof.", "professor",
    "mr.", "mrs.", "ms.", "miss", "sir", "dame", "lord", "lady", "sheikh", "emir", "sultan",
    "chairman", "chairwoman", "chair", "ceo", "leader", "speaker", "attorney", "commissioner",
    "officer", "deputy", "foreign", "defense", "defence", "interior", "finance", "health",
    "state", "executive", "head", "founder", "candidate", "nominee", "coach",
    "manager", "striker", "player", "supt.", "insp.", "det.", "detective", "inspector",
    "superintendent", "sheriff", "councillor", "councilman", "councilwoman", "lawmaker",
    "legislator", "diplomat", "adviser", "advisor", "aide", "economist", "analyst", "author",
    "writer", "editor", "journalist", "correspondent", "reporter", "activist", "lawyer",
    "researcher", "scientist", "official",
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

/// Whether a lower-case noun is plural: "sources", "people"; not "boss", "actress",
/// "analysis" or "news".
pub fn is_plural(noun: &str) -> bool {
    noun == "people"
        || noun.len() > 3
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && !noun.ends_with("is")
            && noun != "news"
}

/// A noun in the singular: "sources" is "source", "witnesses" "witness", "companies"
/// "company"; "actress" and "people" stay as they are.
pub fn singular(noun: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !is_plural(noun) || noun == "people" {
        Cow::Borrowed(noun)
    } else if noun.len() > 4 && noun.ends_with("ies") {
        Cow::Owned(format!("{}y", &noun[..noun.len() - 3]))
    } else if noun.ends_with("sses") || noun.ends_with("ches") || noun.ends_with("shes") {
        Cow::Borrowed(&noun[..noun.len() - 2])
    } else {
        Cow::Borrowed(&noun[..noun.len() - 1])
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
    Some(match w.trim_end_matches('.') {
        "mr" => Mr,
        "mrs" => Mrs,
        "ms" => Ms,
        "miss" => Miss,
        "dr" => Dr,
        "sir" => Sir,
        "dame" => Dame,
        "lord" => Lord,
        "lady" => Lady,
        _ => return None,
    })
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

/// Nouns for one who speaks for a body: "a Kremlin spokesman", "a spokeswoman for Tesco".
pub static SPOKESPERSONS: WordSet = WordSet::new(&["spokesman", "spokeswoman", "spokesperson"]);

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
            || SPOKESPERSONS.contains(w)
            || TITLES.contains(w)
    };
    let abstract_noun = ["ment", "tion", "sion", "ness", "ity", "ance", "ence"]
        .iter()
        .any(|s| one.ends_with(s));
    let personal = [
        "er", "or", "ar", "ist", "ian", "ant", "ent", "ee", "eon", "man", "woman", "-old",
    ]
    .iter()
    .any(|s| one.ends_with(s));
    listed(noun) || listed(one) || personal && !abstract_noun
}

/// Whether a lower-case word is a quantity that heads a phrase of people ("thousands of
/// people", "two-thirds of voters", "a majority of members").
pub fn is_quantity(w: &str) -> bool {
    matches!(
        w,
        "thousands"
            | "hundreds"
            | "millions"
            | "dozens"
            | "scores"
            | "half"
            | "majority"
            | "minority"
            | "proportion"
            | "share"
            | "percent"
            | "number"
            | "most"
            | "many"
            | "some"
            | "all"
            | "none"
            | "both"
            | "each"
            | "one"
            | "two"
            | "three"
            | "few"
            | "several"
            | "rest"
            | "group"
            | "handful"
    ) || w.ends_with("thirds")
        || w.ends_with("fourths")
        || w.ends_with("fifths")
        || w.ends_with('%')
        || w.bytes().all(|b| b.is_ascii_digit())
}

/// A personal pronoun, or "who", which stands for a source as a pronoun does.
pub fn is_pronoun(w: &str) -> bool {
    PERSONAL_PRONOUNS.contains(w) || w == "who"
}

/// Whether lowercase `w` looks like an adverb in -ly ("quietly", "reportedly"); whether
/// it is one ("rally", "family") is for its neighbours to say.
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
}

/// Whether token `i` is a lowercase form in -ing ("saying", "calling"): a participle or a
/// gerund, not a subject's head.
pub fn is_ing_form(doc: &Document, i: usize) -> bool {
    let w = doc.low(i);
    w.len() > 4 && w.ends_with("ing") && !doc.is_capitalized(i)
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

/// Nouns for what someone said, whose words are their author's: "Mr Bell's speech called
/// for …".
#[rustfmt::skip]
pub static SPEECH_NOUNS: WordSet = WordSet::new(&[
    "speech", "remarks", "comments", "statement", "letter", "tweet", "tweets", "post",
    "interview", "testimony", "address", "message", "email", "op-ed", "column", "memoir",
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

/// Nouns that, with no name attached, make a source anonymous.
#[rustfmt::skip]
pub static ANONYMOUS_HEADS: WordSet = WordSet::new(&[
    "source", "sources", "official", "officials", "person", "people", "persons", "aide",
    "aides", "diplomat", "diplomats", "insider", "insiders", "adviser", "advisers", "advisor",
    "advisors", "staffer", "staffers", "someone", "individual", "individuals", "employee",
    "employees", "member", "members", "witness", "witnesses", "resident", "residents",
    "observer", "observers", "analyst", "analysts", "expert", "experts", "critic", "critics",
    "supporter", "supporters", "investigator", "investigators", "officer", "officers",
    "lawmaker", "lawmakers", "executive", "executives", "ally", "allies", "confidant",
    "confidants", "associate", "associates", "operative", "operatives", "strategist",
    "strategists", "donor", "donors", "colleague", "colleagues", "friend", "friends",
    "relative", "relatives", "neighbor", "neighbors", "neighbour", "neighbours", "doctor",
    "doctors", "lawyer", "lawyers", "activist", "activists", "protester", "protesters", "voter",
    "voters", "worker", "workers", "spokesman", "spokeswoman", "spokesperson", "representative",
    "representatives", "police", "authorities", "prosecutors", "scientists",
    "researchers", "republicans", "democrats", "others", "many", "some", "economist",
    "economists", "trader", "traders", "dealer", "dealers", "organiser", "organisers",
    "organizer", "organizers", "campaigners", "ministers",
]);

/// Nouns that make a source a document.
#[rustfmt::skip]
pub static DOCUMENT_HEADS: WordSet = WordSet::new(&[
    "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "filing",
    "filings", "document", "documents", "memo", "memos", "letter", "analysis", "data",
    "records", "complaint", "lawsuit", "indictment", "research", "paper", "review",
    "assessment", "audit", "investigation", "figures", "estimates", "census", "statement",
    "transcript", "email", "emails", "ruling", "order", "forecast", "model",
    "release", "post", "tweet", "website", "statistics", "findings", "affidavit",
    "ad", "ads", "editorial", "column", "video", "suit", "summary", "results", "average",
    "book", "film", "site", "probe", "count", "tally", "projection", "projections", "note",
    "notes", "guidance", "draft", "manifesto", "platform", "petition", "warning", "blog",
    "weblog", "interview", "interviews", "analyses", "returns", "law", "bill", "missive",
    "story", "version", "obituary", "biography", "memoir",
]);

/// Nouns that stand for an organization when no name is given ("the ministry said").
#[rustfmt::skip]
pub static ORGANIZATION_HEADS: WordSet = WordSet::new(&[
    "ministry", "government", "administration", "department", "agency", "company", "firm",
    "campaign", "committee", "commission", "council", "party", "army", "military", "navy",
    "embassy", "office", "court", "group", "organization", "organisation", "union",
    "association", "alliance", "bank", "board", "cabinet", "parliament", "senate", "congress",
    "kremlin", "pentagon", "police", "team", "club", "network", "corporation", "institute",
    "university", "school", "hospital", "foundation", "coalition", "regime", "authority",
    "federation", "league", "white house", "airline", "carrier", "retailer",
    "lender", "insurer", "carmaker", "manufacturer", "supermarket", "charity", "regulator",
    "watchdog", "brewer", "chipmaker", "conglomerate", "website", "studio", "panel", "fund",
    "bureau", "jury", "tribunal", "inquiry", "opposition", "church", "consortium", "unit",
    "leadership",
]);

/// Kinds of organization that a name follows in apposition ("news agency Tanjug",
/// "budget airline Flyglobe"), and that stand for the organization just named ("Tesco said
/// … the company said"). The rest of `ORGANIZATION_HEADS` ("court", "police", "campaign")
/// name bodies that a name rarely follows this way.
#[rustfmt::skip]
pub static ORGANIZATION_KINDS: WordSet = WordSet::new(&[
    "agency", "newspaper", "daily", "weekly", "tabloid", "broadcaster", "magazine", "firm",
    "company", "group", "chain", "club", "team", "side", "maker", "insurer", "bank",
    "airline", "carrier", "retailer", "lender", "carmaker", "manufacturer", "supermarket",
    "charity", "brewer", "chipmaker", "conglomerate", "website", "studio",
]);

/// Nouns for news outlets when no name is given ("the newspaper reported").
#[rustfmt::skip]
pub static MEDIA_HEADS: WordSet = WordSet::new(&[
    "newspaper", "paper", "outlet", "broadcaster", "network", "agency", "magazine", "channel",
    "daily", "tabloid", "website", "station", "news agency", "media", "press", "outlets",
]);

/// News organizations, lower case. The recognizer labels them ORG; the speaker stage
/// makes them media.
#[rustfmt::skip]
pub static MEDIA_OUTLETS: WordSet = WordSet::new(&[
    "afp", "ap", "reuters", "tass", "ria novosti", "ria", "interfax", "xinhua", "bbc", "cnn",
    "fox news", "fox", "msnbc", "nbc", "abc", "cbs", "npr", "pbs", "bloomberg", "politico",
    "axios", "the associated press", "associated press", "agence france-presse",
    "the new york times", "new york times", "the times", "the washington post",
    "washington post", "the post", "the wall street journal", "wall street journal",
    "the journal", "the guardian", "guardian", "the telegraph", "telegraph",
    "the financial times", "financial times", "ft", "the economist", "usa today", "the hill",
    "breitbart", "huffpost", "huffington post", "the huffington post", "buzzfeed",
    "buzzfeed news", "vox", "slate", "the atlantic", "time", "newsweek", "al jazeera", "dpa",
    "efe", "ansa", "kyodo", "yonhap", "ukrinform", "rbc", "kommersant", "izvestia", "vedomosti",
    "the moscow times", "moscow times", "der spiegel", "spiegel", "le monde", "bild",
    "corriere della sera", "la repubblica", "el país", "sky news", "the independent", "the sun",
    "daily mail", "the daily mail", "the mirror", "los angeles times", "the los angeles times",
    "chicago tribune", "the boston globe", "boston globe", "new york post", "the new york post",
    "the daily beast", "daily beast", "mcclatchy", "the intercept", "propublica",
    "the washington times", "washington times", "the daily caller", "daily caller",
    "national review", "the new yorker", "new yorker", "western journalism", "abc news",
    "cbs news", "nbc news", "cnbc", "c-span", "univision", "telemundo", "twitter", "facebook",
]);

pub static PERSONAL_PRONOUNS: WordSet =
    WordSet::new(&["he", "she", "they", "it", "we", "i", "you"]);

/// Determiners of several people or things that introduce them ("several sources").
#[rustfmt::skip]
const PLURAL_INDEFINITE: &[&str] = &[
    "some", "two", "three", "four", "several", "many", "other", "few", "multiple", "numerous",
    "various", "most",
];

/// Determiners that introduce someone new ("a source", "another source").
pub static INDEFINITE: WordSet =
    WordSet::union(&[&["a", "an", "another", "one"], PLURAL_INDEFINITE]);

/// Lower-case words after a town's name that make it the town ("the Riverton city
/// council", "Leeds council"), not an organization.
pub const MUNICIPAL_NOUNS: &[&str] = &[
    "city",
    "town",
    "county",
    "council",
    "borough",
    "village",
    "municipality",
];

/// Words that count a plural phrase ("Eleven progressive and Muslim organizations",
/// "several state and federal officials"), besides numerals in digits.
#[rustfmt::skip]
pub static PLURAL_COUNTS: WordSet = WordSet::union(&[
    PLURAL_INDEFINITE,
    &["five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
      "hundreds", "thousands"],
]);

/// Determiners that point back to someone already introduced ("the source", "that source").
pub const DEFINITE: &[&str] = &["the", "that", "this", "those", "these", "said"];

pub const ORDINALS: &[(&str, usize)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
];

/// Words that end a noun phrase when met walking away from its head.
#[rustfmt::skip]
pub static CLAUSE_WORDS: WordSet = WordSet::union(&[
    BE_FORMS,
    HAVE_FORMS,
    DO_FORMS,
    MODALS,
    &[
        "and", "but", "or", "so", "yet", "because", "although", "though", "while", "when",
        "where", "whereas", "if", "unless", "since", "after", "before", "as", "than", "that",
        "which", "who", "whom", "whose", "what", "how", "why", "then", "however", "meanwhile",
        "also", "still", "now", "later", "earlier", "not", "to", "until", "till", "being",
    ],
]);

/// Adverbs and auxiliaries that may sit between a subject and its verb ("has also said").
#[rustfmt::skip]
pub static VERB_MODIFIERS: WordSet = WordSet::union(&[
    HAVE_FORMS,
    DO_FORMS,
    MODALS,
    &[
        "also", "later", "then", "again", "once", "previously", "earlier", "further", "often",
        "still", "just", "already", "recently", "now", "never", "always", "reportedly",
        "repeatedly", "separately", "quickly", "flatly", "publicly", "privately", "explicitly",
        "initially", "subsequently", "simply", "specifically", "even", "only", "long", "first",
        "not", "too", "both", "all", "each",
    ],
]);

/// Days, months and other words that make a phrase a time, not a source.
#[rustfmt::skip]
pub static TIME_WORDS: WordSet = WordSet::new(&[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "tomorrow", "week", "month", "year", "morning", "afternoon",
    "evening", "night", "weekend", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
    "sept.", "oct.", "nov.", "dec.", "earlier", "later", "recently", "ago", "afterwards",
    "afterward",
]);

/// Holidays and seasons of the year, lower case: dates, not names of anything that speaks.
#[rustfmt::skip]
pub static HOLIDAYS: WordSet = WordSet::new(&[
    "christmas", "christmas eve", "christmas day", "boxing day", "new year", "new year's day",
    "new year's eve", "easter", "good friday", "thanksgiving", "halloween", "ramadan", "eid",
    "hanukkah", "diwali", "passover", "lent", "valentine's day", "independence day",
    "memorial day", "labor day", "labour day",
]);

/// Abbreviations of common nouns, as written: capitalized, yet no names ("an MP", "the
/// PC", "a CEO"; but "PCS" may be a union).
#[rustfmt::skip]
pub static COMMON_ABBREVIATIONS: WordSet = WordSet::new(&[
    "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "PC", "PCs", "CD", "CDs", "DVD", "DVDs", "PR",
    "CEO", "CEOs", "CFO", "COO", "CTO", "LTE", "GDP", "AI", "HIV", "DNA", "SMS", "GPS",
    "IPO", "VAT", "SUV", "ATM", "FAQ", "MBA", "PhD", "QC", "KC", "OBE", "MBE", "CBE", "3G",
    "4G", "5G", "Wi-Fi", "USB", "HD", "MP3", "URL",
]);

/// British parties by the names that mean the party itself, as written ("Labour said",
/// "the Tories"); their adjectives ("a Conservative MP", "Tory") are groups (NORP).
#[rustfmt::skip]
pub static PARTY_NAMES: WordSet = WordSet::new(&[
    "Labour", "Conservatives", "Tories", "Lib Dems", "Liberal Democrats", "Greens", "SNP",
    "UKIP", "Ukip", "Plaid Cymru", "Sinn Fein", "Sinn Féin", "DUP", "Reform UK",
]);

/// Words for political movements that name a party before "party" ("the Republican
/// party", "the Green party"), as written.
#[rustfmt::skip]
pub static PARTY_ADJECTIVES: WordSet = WordSet::new(&[
    "Republican", "Democratic", "Conservative", "Liberal", "Green", "Socialist", "Communist",
    "Labour", "Labor", "Libertarian", "Reform", "Independence", "Whig", "Tory", "Nationalist",
]);

/// Last words of the names of bodies of people, as written: "Islamic Society of Boston".
#[rustfmt::skip]
pub static BODIES_OF_PEOPLE: WordSet = WordSet::new(&[
    "Society", "Association", "Federation", "Union", "Council", "League", "Institute",
    "Foundation", "Alliance", "Coalition", "Church", "Guild", "Academy", "Party",
]);

/// Last words of the names of venues, which are places (LOC): "Sheffield Arena".
#[rustfmt::skip]
pub static VENUE_ENDINGS: WordSet = WordSet::new(&[
    "Arena", "Stadium", "Guesthouse", "Ballpark", "Velodrome", "Racecourse", "Speedway",
    "Coliseum", "Amphitheatre", "Amphitheater", "Showground", "Showgrounds",
]);

/// Kinds of centre that are venues, not bodies: "Iowa Events Center", but "Bipartisan
/// Policy Center" is an organization.
#[rustfmt::skip]
pub static VENUE_KINDS: WordSet = WordSet::new(&[
    "Community", "Events", "Convention", "Conference", "Exhibition", "Leisure", "Sports",
    "Shopping", "Civic", "Aquatic", "Aquatics",
]);

/// A fixed list of words, looked up by hash: the engine asks these lists about every token.
pub struct WordSet {
    words: &'static [&'static str],
    /// Lists whose union this set also holds, so a class made of smaller classes
    /// ("auxiliaries": be, have, do, the modals) writes each word once.
    parts: &'static [&'static [&'static str]],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            parts: &[],
            set: OnceLock::new(),
        }
    }

    /// The union of `parts`.
    pub const fn union(parts: &'static [&'static [&'static str]]) -> WordSet {
        WordSet {
            words: &[],
            parts,
            set: OnceLock::new(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| {
                let parts = self.parts.iter().flat_map(|p| p.iter());
                self.words.iter().chain(parts).copied().collect()
            })
            .contains(word)
    }
}

/// The forms of "to be", "to have" and "to do", and the modals: the parts the classes
/// of auxiliaries below are made of.
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been"];
pub const HAVE_FORMS: &[&str] = &["has", "have", "had"];
pub const DO_FORMS: &[&str] = &["do", "does", "did"];
pub const MODALS: &[&str] = &[
    "will", "would", "could", "can", "should", "may", "might", "must",
];

/// Forms of "to be" ("was told" is passive, "is telling" progressive).
pub static BE: WordSet = WordSet::union(&[BE_FORMS, &["being", "am", "'s"]]);

/// Auxiliaries and modals: after a noun phrase they make it a clause's subject ("said the
/// candidate could be"). Without "'s", which after a name is a possessive.
pub static AUXILIARIES: WordSet = WordSet::union(&[BE_FORMS, HAVE_FORMS, DO_FORMS, MODALS]);

/// Auxiliaries that agree with a plural subject: a form in -s before one is a plural noun
/// ("his comments do not", "the reports were"), where "says is" would not be.
pub static PLURAL_AUXILIARIES: WordSet =
    WordSet::union(&[MODALS, &["are", "were", "have", "had", "do", "did"]]);

/// Words that open an adverbial before the subject: "In March, Meloni told …",
/// "Alongside the protests, a strategist said …".
#[rustfmt::skip]
pub static OPENERS: WordSet = WordSet::new(&[
    "in", "on", "at", "after", "before", "during", "when", "while", "as", "although", "though",
    "if", "since", "because", "despite", "with", "without", "for", "by", "from", "under",
    "over", "asked", "earlier", "later", "last", "late", "early", "alongside", "amid", "among",
    "following", "given", "including", "like", "unlike", "toward", "towards", "through",
    "throughout", "within", "upon", "once", "until", "unless", "whether", "to", "according",
    "beyond", "besides", "against", "across", "near", "outside", "inside", "here", "there",
    "shortly", "soon", "immediately", "ever",
]);

/// Conjunctions and sentence adverbs that may open a clause before its subject.
#[rustfmt::skip]
pub static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "but", "and", "so", "yet", "still", "meanwhile", "however", "instead", "also", "then",
    "now", "indeed", "separately", "moreover", "nevertheless", "nonetheless", "or", "nor",
    "even",
]);

/// Subordinators: a subject right after one belongs to a subordinate clause.
#[rustfmt::skip]
pub static SUBORDINATORS: WordSet = WordSet::new(&[
    "when", "as", "while", "after", "because", "since", "if", "where", "before", "until",
    "whereas", "although", "though", "once", "whereby",
]);

/// Subordinators that open an adverbial clause and never a content clause ("told a
/// station … when asked about it"). Fewer than `SUBORDINATORS` on purpose: "if" and
/// "where" open reported questions and conditions ("asked if …", "said if elected, …").
#[rustfmt::skip]
pub static ADVERBIAL_SUBORDINATORS: WordSet = WordSet::new(&[
    "when", "while", "after", "before", "because", "since", "until", "though",
]);

/// Prepositions that cannot begin a source phrase or a content clause.
#[rustfmt::skip]
pub static PREPOSITIONS: WordSet = WordSet::new(&[
    "of", "in", "on", "at", "to", "for", "with", "about", "during", "after", "before", "by",
    "from", "into", "over", "under", "through", "without", "via", "upon", "as", "out",
    "against", "toward", "towards", "among", "amid", "across", "behind", "beyond", "despite",
    "including",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_are_personal_or_who() {
        assert!(is_pronoun("she") && is_pronoun("who"));
        assert!(!is_pronoun("him") && !is_pronoun("whom"));
    }

    #[test]
    fn an_ly_adverb_is_long_enough() {
        assert!(is_ly_adverb("quietly") && is_ly_adverb("rally"));
        assert!(!is_ly_adverb("fly") && !is_ly_adverb("only"));
    }

    #[test]
    fn an_ing_form_is_lower_case_and_long_enough() {
        let doc = Document::new("Manning was saying it to sing");
        let forms: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| is_ing_form(&doc, i))
            .map(|i| doc.word(i))
            .collect();
        assert_eq!(forms, ["saying"]);
    }

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
    fn plurals_and_their_singulars() {
        assert!(is_plural("sources") && is_plural("people"));
        assert!(!is_plural("boss") && !is_plural("analysis") && !is_plural("news"));
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("witnesses"), "witness");
        assert_eq!(singular("actress"), "actress");
    }

    #[test]
    fn a_title_with_or_without_its_point() {
        assert!(is_title("mr") && is_title("mr.") && is_title("senator"));
        assert!(!is_title("weather"));
    }
}
