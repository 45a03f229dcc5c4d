//! The whole analysis on input no article has: no panic, and every span of the answer
//! is exactly its slice of the input.

use crate::common::*;
use whosaid::analyze;

#[test]
fn bad_input_never_panics() {
    let long_marks = "\"".repeat(10_000);
    let inputs = [
        "",
        " \n\n ",
        "\"",
        "“”",
        "\u{0}\u{1}\u{2}\u{7f}",
        "\u{202e}said \"reversed\" \u{2066}text\u{2069}",
        "e\u{301}\u{301}\u{301} said",
        "said said said said",
        "<script>alert(1)</script> \"<b>x</b>,\" she said.",
        long_marks.as_str(),
        "🙂 \"emoji 🙂 quote 🙂,\" 🙂 said.",
        "A\u{2028}B\u{2029}C",
    ];
    for input in inputs {
        let a = analyze(input);
        assert_offsets(input, &a);
    }
}
