//! Closed word classes that several stages share, each typed once.
//!
//! Every stage asks which words are titles, pronouns, source nouns or prepositions; the
//! lists live here so that a word is added in one place and each stage sees it. A class
//! made of smaller ones is built as their union ([`WordSet::union`]), so that "the
//! auxiliaries" and "the words that end a clause" cannot drift apart. A stage's own list
//! that leaves out a word of a class on purpose says why where it does.
//!
//! - `grammar`: function words; `shapes`, what a word's shape says of it;
//! - `contexts`: classes built of those, which tell a verb from a noun;
//! - `time`: times and dates;
//! - `people`: titles, honorifics, nouns for people; `given_names`, first names by sex;
//! - `sources`: the nouns that head a source phrase, by kind;
//! - `names`: what capitalized words say of a name.

mod contexts;
mod given_names;
mod grammar;
mod names;
mod people;
mod shapes;
mod sources;
mod time;
mod word_set;

pub use contexts::*;
pub use given_names::given_name_gender;
pub use grammar::*;
pub use names::*;
pub use people::*;
pub use shapes::*;
pub use sources::*;
pub use time::*;
pub use word_set::WordSet;
