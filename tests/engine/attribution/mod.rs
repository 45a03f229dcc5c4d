//! Attribution: for each quote, the cue and the phrase that names its source, and
//! speech reported without quotation marks.

mod model;
mod reported;
mod sources;
mod tags;
