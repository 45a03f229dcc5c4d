//! What capitalized words say of the name they are part of: a party, a body of people, a
//! venue, a town, or no name at all ("an MP"). The entity recognizer's fix-ups ask them.

use super::word_set::WordSet;

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

/// Whether `word` ends company and club names ("SpA", "Inc.", "United").
pub fn is_company_ending(word: &str) -> bool {
    COMPANY_ENDINGS.contains(&word)
}

/// Words that end company and club names.
pub const COMPANY_ENDINGS: &[&str] = &[
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

/// Last words that make a place a natural one (LOC): "Black Sea", "Rift Valley".
#[rustfmt::skip]
pub const LOC_ENDINGS: &[&str] = &[
    "River", "Lake", "Mountain", "Mountains", "Sea", "Ocean", "Bay", "Valley", "Island",
    "Islands", "Desert", "Forest", "Gulf", "Canyon", "Peninsula", "Coast", "Strait", "Basin",
    "Plateau", "Hills", "Delta", "Park", "Range", "Channel",
];

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
