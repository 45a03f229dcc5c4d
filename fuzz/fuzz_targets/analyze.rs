//! Any bytes, read as text the way the app reads a dropped file, through `analyze`: no
//! panic, and every span of the answer is exactly its slice of the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::analysis::analyze;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = analyze(&text);
    let slice = |start: usize, end: usize| text.get(start..end);
    for e in &a.entities {
        assert_eq!(slice(e.start, e.end), Some(e.text.as_str()));
    }
    for q in &a.quotes {
        assert_eq!(slice(q.start, q.end), Some(q.text.as_str()));
        for s in q.source_mention.iter().chain(q.cue.iter()) {
            assert_eq!(slice(s.start, s.end), Some(s.text.as_str()));
        }
        assert!(q.speakers.iter().all(|&id| a.speaker(id).is_some()));
    }
    for s in &a.speakers {
        for m in s.mentions.iter().chain(s.anonymity_cue_span.iter()) {
            assert_eq!(slice(m.start, m.end), Some(m.text.as_str()));
        }
    }
});
