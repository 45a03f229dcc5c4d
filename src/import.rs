//! What a reader pastes or drops, turned into plain article text.
//!
//! Pasted web pages arrive as HTML and dropped files as bytes in some encoding. Neither may
//! ever reach the page as markup, so HTML is read here as data: tags become paragraph
//! breaks or nothing, scripts and styles vanish with their contents, entities are decoded,
//! and what is left is text. Markdown loses its link and emphasis syntax the same way.

use crate::corrections::Correction;

/// Why a file could not be opened, in words for the reader, to follow "{name} could not
/// be opened: ".
#[derive(Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Control characters: an image, a program, a compressed or an office file.
    NotText,
    /// Not UTF-8, and not Western European text either: another encoding, or no text.
    Encoding,
    /// A JSON file that is no analysis saved by whosaid.
    NotAnalysis,
    TooLarge {
        bytes: usize,
        limit: usize,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotText => write!(
                f,
                "it does not look like text. Open a .txt, .md or .html file."
            ),
            ImportError::Encoding => write!(
                f,
                "it is not UTF-8 text, and it does not read as Western European text \
                 (Windows-1252) either: it may be in another encoding, or not text at all. \
                 Save it as UTF-8 text and open it again."
            ),
            ImportError::NotAnalysis => write!(
                f,
                "this JSON file is not an analysis saved by whosaid, which holds its article."
            ),
            ImportError::TooLarge { bytes, limit } => write!(
                f,
                "it is {} MB; whosaid reads files up to {} MB.",
                crate::summary::fixed(*bytes as f64 / 1e6, 1),
                crate::summary::fixed(*limit as f64 / 1e6, 0)
            ),
        }
    }
}

/// The largest text the app accepts, from a file or a paste.
pub const MAX_BYTES: usize = 8_000_000;

/// How long, in bytes, the text `value` becomes when `incoming` replaces its selection
/// from `start` to `end`. The browser gives those in UTF-16 code units, and the limit is
/// in bytes: "café" is four units and five bytes.
pub fn length_after_paste(value: &str, start: u32, end: u32, incoming: &str) -> usize {
    let byte_at = |unit: u32| {
        let mut units = 0;
        for (i, c) in value.char_indices() {
            if units >= unit as usize {
                return i;
            }
            units += c.len_utf16();
        }
        value.len()
    };
    let (start, end) = (byte_at(start.min(end)), byte_at(end.max(start)));
    value.len() - (end - start) + incoming.len()
}

/// A file's text, by its name's extension, and a note when its encoding was guessed.
pub fn from_file(name: &str, bytes: &[u8]) -> Result<(String, Option<String>), ImportError> {
    from_file_with(name, bytes, html_to_text)
}

/// Like [`from_file`], with HTML read by `html` (the app passes the browser's parser).
pub fn from_file_with(
    name: &str,
    bytes: &[u8],
    html: fn(&str) -> String,
) -> Result<(String, Option<String>), ImportError> {
    open(name, bytes, html).map(|o| (o.text, o.note))
}

/// A file as the app opens it: its text, a note for the reader, and the corrections a
/// saved analysis brings.
pub struct Opened {
    pub text: String,
    pub note: Option<String>,
    pub corrections: Vec<Correction>,
}

/// Like [`from_file_with`], with the corrections of a saved analysis.
pub fn open(name: &str, bytes: &[u8], html: fn(&str) -> String) -> Result<Opened, ImportError> {
    let (text, note) = read(name, bytes, html)?;
    let corrections = if name.to_ascii_lowercase().ends_with(".json") {
        decode(bytes).map_or_else(|_| Vec::new(), |(json, _)| saved_corrections(&json))
    } else {
        Vec::new()
    };
    let note = match (corrections.len(), note) {
        (0, note) => note,
        (n, note) => Some(format!(
            "{} It brings {} of yours.",
            note.unwrap_or_default(),
            crate::summary::plural(n, "correction", "corrections")
        )),
    };
    Ok(Opened {
        text,
        note,
        corrections,
    })
}

fn read(
    name: &str,
    bytes: &[u8],
    html: fn(&str) -> String,
) -> Result<(String, Option<String>), ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    let (text, note) = decode(bytes)?;
    // ASCII only: the suffixes are, and the page then carries no Unicode case tables.
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".json") {
        // whosaid's own JSON export holds the article; it is analyzed again on opening.
        let text = saved_text(&text).ok_or(ImportError::NotAnalysis)?;
        let note = "Opened a saved analysis: its article is read again.";
        return Ok((text, Some(note.to_string())));
    }
    let text = if lower.ends_with(".html") || lower.ends_with(".htm") {
        html(&text)
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        markdown_to_text(&text)
    } else {
        text
    };
    Ok((text, note))
}

/// The article of an analysis saved by whosaid (`export::to_json`).
fn saved_text(json: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Saved {
        text: String,
    }
    serde_json::from_str::<Saved>(json).ok().map(|s| s.text)
}

/// The corrections saved with an analysis: none if it has none, or if they cannot be
/// read, which never keeps its article from opening.
fn saved_corrections(json: &str) -> Vec<Correction> {
    #[derive(serde::Deserialize)]
    struct Saved {
        #[serde(default)]
        corrections: Vec<Correction>,
    }
    serde_json::from_str::<Saved>(json).map_or_else(|_| Vec::new(), |s| s.corrections)
}

/// UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or else Windows-1252.
fn decode(bytes: &[u8]) -> Result<(String, Option<String>), ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(rest) = bytes
        .strip_prefix(b"\xFF\xFE")
        .or_else(|| bytes.strip_prefix(b"\xFE\xFF"))
    {
        let little = bytes.starts_with(b"\xFF\xFE");
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| {
                if little {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        return Ok((String::from_utf16_lossy(&units), None));
    }
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b))
        .count();
    if controls * 100 > bytes.len().max(1) {
        return Err(ImportError::NotText);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(_) => {
            if !is_western(bytes) {
                return Err(ImportError::Encoding);
            }
            let text: String = bytes.iter().map(|&b| windows_1252(b)).collect();
            let note = "The file was not UTF-8; it was read as Windows-1252 (Western European).";
            Ok((text, Some(note.into())))
        }
    }
}

/// Whether `bytes`, not UTF-8, are Western European text in Windows-1252: no byte it
/// leaves undefined (read as a C1 control character), and most letters plain ASCII, as in
/// English, French or German ("café", "Müller"). Cyrillic or Greek in their own 8-bit
/// encodings, and bytes that are no text, read as runs of accented letters instead
/// ("Ïåðâûé"). Counted on bytes, without the app carrying Unicode's tables of letters.
fn is_western(bytes: &[u8]) -> bool {
    let (mut ascii, mut accented) = (0usize, 0usize);
    for &b in bytes {
        match b {
            _ if b.is_ascii_alphabetic() => ascii += 1,
            // À to ÿ, but for × and ÷.
            0xC0..=0xFF if b != 0xD7 && b != 0xF7 => accented += 1,
            _ if ('\u{80}'..='\u{9F}').contains(&windows_1252(b)) => return false,
            _ => {}
        }
    }
    accented < ascii
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Elements whose contents are never article text: code, controls, navigation, and what
/// reader modes drop around an article (asides, photo captions, footers). Not `form`:
/// some sites wrap their whole page in one.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "svg",
    "canvas",
    "iframe",
    "object",
    "button",
    "select",
    "textarea",
    "nav",
    "aside",
    "figcaption",
    "footer",
];

/// Words in a class or id that mark a part of a page as no part of its article: related
/// links, ads, sharing and sign-up boxes, captions, comments.
const BOILERPLATE: &[&str] = &[
    "related",
    "recommended",
    "recommendations",
    "more",
    "readmore",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adslot",
    "sponsored",
    "promo",
    "promotion",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "comments",
    "comment",
    "caption",
    "credit",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "sidebar",
    "outbrain",
    "taboola",
    "footer",
    "nav",
    "menu",
    "popular",
    "trending",
];

/// Whether an element with this `class`, `id` and `role` is no part of the article:
/// a word of its class or id is in `BOILERPLATE` ("related-links", "ad_slot"), or its
/// role is a landmark that is not the main content.
pub fn is_boilerplate(class: &str, id: &str, role: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
    };
    let marked = words(class)
        .into_iter()
        .chain(words(id))
        .any(|w| BOILERPLATE.contains(&w.as_str()));
    marked
        || matches!(
            role,
            "complementary" | "navigation" | "contentinfo" | "banner" | "dialog"
        )
}

/// Elements that begin a new paragraph. Table cells do not: a row is one line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "blockquote",
    "article",
    "section",
    "header",
    "ul",
    "ol",
    "table",
    "pre",
    "figure",
    "hr",
    "dd",
    "dt",
    "main",
    "address",
    "caption",
    "body",
];

/// What an element does to the text around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    /// Its contents are not article text.
    Skipped,
    /// It begins a new paragraph.
    Block,
    /// A line break.
    Break,
    /// A table cell: a space between its neighbours.
    Cell,
    Inline,
}

/// The part an element of lower-case name `name` plays.
pub fn element(name: &str) -> Element {
    if SKIPPED.contains(&name) {
        Element::Skipped
    } else if BLOCKS.contains(&name) {
        Element::Block
    } else if name == "br" {
        Element::Break
    } else if matches!(name, "td" | "th") {
        Element::Cell
    } else {
        Element::Inline
    }
}

/// Plain text built from a page's text and its elements, whichever parser reads the
/// page: the small one here (native) or the browser's own (the app).
#[derive(Default)]
pub struct TextBuilder {
    out: String,
}

impl TextBuilder {
    /// Text between elements, with character references already decoded.
    pub fn text(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// An element opens or closes.
    pub fn element(&mut self, part: Element) {
        match part {
            Element::Block => self.out.push_str("\n\n"),
            Element::Break => self.out.push('\n'),
            Element::Cell => self.out.push(' '),
            Element::Skipped | Element::Inline => {}
        }
    }

    /// The text, tidied: one paragraph per block, spaces collapsed.
    pub fn finish(self) -> String {
        tidy(&self.out)
    }
}

/// The text of an HTML fragment or page, one paragraph per block element.
pub fn html_to_text(html: &str) -> String {
    let mut text = TextBuilder::default();
    let mut skipping: Option<String> = None;
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if opens_tag(rest) {
            let (tag, end) = split_tag(rest);
            rest = &rest[end..];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if let Some(skipped) = &skipping {
                // A page with no `</head>` goes on with its body.
                let body = skipped == "head" && name == "body";
                if closing && *skipped == name || body {
                    skipping = None;
                }
                if !body {
                    continue;
                }
            }
            let part = element(&name);
            if !closing && part == Element::Skipped && !tag.ends_with('/') {
                skipping = Some(name);
                continue;
            }
            text.element(part);
            continue;
        }
        // Up to the next tag; a "<" that opens none is text ("5 < 6").
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let next = rest[first..].find('<').map_or(rest.len(), |i| i + first);
        if skipping.is_none() {
            text.text(&decode_entities(&rest[..next]));
        }
        rest = &rest[next..];
    }
    text.finish()
}

/// Attributes kept when HTML is handed to the browser's parser: those that say what a
/// part of the page is. Everything else goes, event handlers ("onerror") and addresses
/// ("javascript:") first, so the parsed document is inert and the page's security policy
/// has nothing to refuse (or log).
const KEPT_ATTRIBUTES: &[&str] = &["class", "id", "role", "itemprop", "hidden", "aria-hidden"];

/// Elements whose contents are code, not markup or text: dropped whole before the browser
/// parses a paste, as a `<style>` in the parsed document would be checked against the
/// page's security policy, refused, and logged.
const RAW_TEXT: &[&str] = &["script", "style"];

/// `html` with each tag's attributes cut down to `KEPT_ATTRIBUTES`, and comments,
/// processing instructions, scripts and styles dropped; text is left as it is.
pub fn keep_safe_attributes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if !opens_tag(rest) {
            let first = rest.chars().next().map_or(1, char::len_utf8);
            let next = rest[first..].find('<').map_or(rest.len(), |i| i + first);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
            continue;
        }
        let (tag, end) = split_tag(rest);
        rest = &rest[end..];
        if tag.starts_with(['!', '?']) {
            continue;
        }
        let closing = tag.starts_with('/');
        let body = tag.trim_start_matches('/');
        let name_end = body
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(body.len());
        let name = &body[..name_end];
        if RAW_TEXT.iter().any(|r| r.eq_ignore_ascii_case(name)) {
            if !closing {
                rest = after_closing_tag(rest, name);
            }
            continue;
        }
        push_safe_tag(&mut out, closing, name, &body[name_end..]);
    }
    out
}

/// Writes the tag `name` with only its kept attributes, from its attribute text `attrs`.
fn push_safe_tag(out: &mut String, closing: bool, name: &str, attrs: &str) {
    out.push('<');
    if closing {
        out.push('/');
    }
    out.push_str(name);
    for (name, value) in attributes(attrs) {
        if KEPT_ATTRIBUTES.contains(&name.to_ascii_lowercase().as_str()) {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            out.push_str(&value.replace('"', "&quot;"));
            out.push('"');
        }
    }
    out.push('>');
}

/// What follows the tag closing element `name` (in any case) in `s`; nothing if it never
/// closes, as a browser reads an unclosed script.
fn after_closing_tag<'a>(s: &'a str, name: &str) -> &'a str {
    let mut at = 0;
    while let Some(i) = s[at..].find("</") {
        let start = at + i + 2;
        let candidate = s.as_bytes().get(start..start + name.len());
        if candidate.is_some_and(|b| b.eq_ignore_ascii_case(name.as_bytes())) {
            return s[start..].find('>').map_or("", |j| &s[start + j + 1..]);
        }
        at = start;
    }
    ""
}

/// The `name=value` pairs of a tag's attribute text (values unquoted; a bare name has an
/// empty value).
fn attributes(mut s: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    loop {
        s = s.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        let name_end = s
            .find(|c: char| c.is_whitespace() || matches!(c, '=' | '/'))
            .unwrap_or(s.len());
        if name_end == 0 {
            return out;
        }
        let name = &s[..name_end];
        s = s[name_end..].trim_start();
        let Some(after) = s.strip_prefix('=') else {
            out.push((name, ""));
            continue;
        };
        let after = after.trim_start();
        let (value, next) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let inner = &after[1..];
                let close = inner.find(q).unwrap_or(inner.len());
                (&inner[..close], inner.get(close + 1..).unwrap_or(""))
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        out.push((name, value));
        s = next;
    }
}

/// Whether `s` opens a tag: "<" and a letter, "/", "!" or "?", as HTML reads it ("a < b"
/// is text).
fn opens_tag(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next() == Some(b'<')
        && bytes
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'))
}

/// The tag opening `s`, between its `<` and its `>`, and the length of `s` it takes. A
/// tag left open runs to the end of `s`, which may end in any character, not a `>`.
fn split_tag(s: &str) -> (&str, usize) {
    let end = tag_end(s);
    let inner = if s[..end].ends_with('>') {
        end - 1
    } else {
        end
    };
    (&s[1..inner], end)
}

/// One past the `>` that closes the tag opening `s`, stepping over quoted attribute
/// values (`title="a > b"`); a quote left open runs to the end, as in a browser.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// Decodes HTML character references: named ones news pages use, and numeric ones.
/// A reference is short: only the next few bytes are searched for its `;`, so a text of
/// many `&` and no `;` stays linear.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.as_bytes()[1..]
            .iter()
            .take(12)
            .position(|&b| b == b';')
            .map(|j| j + 1);
        let decoded = end.and_then(|j| entity(&rest[1..j]));
        match (end, decoded) {
            (Some(j), Some(c)) => {
                out.push(c);
                rest = &rest[j + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "sbquo" => '‚',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "oacute" => 'ó',
        "iacute" => 'í',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "szlig" => 'ß',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "euro" => '€',
        "pound" => '£',
        "middot" => '·',
        "bull" => '•',
        "deg" => '°',
        _ => return None,
    })
}

/// Said when pasted plain text was a web page's source and only its article was kept.
pub const HTML_SOURCE_NOTE: &str =
    "It was the HTML source of a web page: its article text was kept, its markup dropped.";

/// Whether pasted plain text is the HTML source of a page (from "view source", a CMS or
/// an editor), which is read as the page, as an opened `.html` file is: it opens with a
/// tag, and is a whole page (a doctype, `<html>`) or closes a block (`</p>`, `</div >`). An
/// article that mentions a tag opens with words, and a snippet of inline markup closes
/// no block; both stay text as written.
pub fn looks_like_html(text: &str) -> bool {
    let text = text.trim_start();
    if !opens_tag(text) {
        return false;
    }
    let opens = |tag: &str| {
        (text.as_bytes().get(..tag.len())).is_some_and(|b| b.eq_ignore_ascii_case(tag.as_bytes()))
    };
    if opens("<!doctype html") || opens("<html") {
        return true;
    }
    text.match_indices("</").any(|(i, _)| {
        let tag = &text[i + 2..];
        let end = tag
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        let closed = tag[end..].trim_start().starts_with('>');
        closed && element(&tag[..end].to_ascii_lowercase()) == Element::Block
    })
}

/// Whether pasted plain text is Markdown (a chat, a notes app, a CMS): a link written
/// `[text](address)`, a pair of `**`, or a line opening with `# `. Plain prose has none.
pub fn looks_like_markdown(text: &str) -> bool {
    let link = text
        .find("](")
        .is_some_and(|at| text[..at].contains('[') && text[at..].contains(')'));
    let bold = text.matches("**").count() >= 2;
    let heading = text
        .lines()
        .any(|l| l.starts_with("# ") || l.starts_with("## ") || l.starts_with("### "));
    link || bold || heading
}

/// The text of Markdown: headings, quotes and lists keep their words, links their text,
/// emphasis and code marks go.
pub fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for line in md.lines() {
        let trimmed = line.trim_start();
        let line = trimmed
            .trim_start_matches('#')
            .trim_start_matches('>')
            .trim_start();
        if line.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ')) && line.len() >= 3 {
            out.push('\n');
            continue;
        }
        out.push_str(&markdown_inline(line));
        out.push('\n');
    }
    tidy(&out)
}

fn markdown_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while !rest.is_empty() {
        // ![alt](url) and [text](url) keep their text; <https://…> keeps its address.
        let image = rest.starts_with("![");
        if rest.starts_with('[') || image {
            let open = if image { 2 } else { 1 };
            if let Some(close) = rest.find("](") {
                if let Some(paren) = rest[close..].find(')') {
                    out.push_str(&rest[open..close]);
                    rest = &rest[close + paren + 1..];
                    continue;
                }
            }
        }
        if let Some(after) = rest.strip_prefix('<') {
            if let Some(end) = after.find('>') {
                if after[..end].contains("://") {
                    out.push_str(&after[..end]);
                    rest = &after[end + 1..];
                    continue;
                }
            }
        }
        // Emphasis and code marks: "**", "*", "`" and "__"; a single "_" may be in a word.
        if let Some(after) = rest.strip_prefix("__") {
            rest = after;
            continue;
        }
        let c = rest.chars().next().expect("not empty");
        if !matches!(c, '*' | '`') {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Spaces collapsed inside lines, lines trimmed, at most one blank line in a row.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&collapsed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_is_told_by_class_id_and_role() {
        assert!(is_boilerplate("story-related-links", "", ""));
        assert!(is_boilerplate("", "ad_slot_2", ""));
        assert!(is_boilerplate("", "", "complementary"));
        assert!(!is_boilerplate("article-body headline", "main", "main"));
        // Whole words only: "shared" and "header" are no boilerplate.
        assert!(!is_boilerplate("shared-layout", "page-header", ""));
    }

    #[test]
    fn pasted_html_source_is_told_from_prose_that_mentions_tags() {
        assert!(looks_like_html(
            "\n <!DOCTYPE html>\n<html><body><p>Hi</p></body></html>"
        ));
        assert!(looks_like_html("<HTML lang=en>"));
        assert!(looks_like_html(
            "<h1>Harbour</h1>\n<P>“We are ready,” said Ana Ruiz.</P>"
        ));
        // Prose about markup, and inline markup that closes no block, stay as written.
        assert!(!looks_like_html("Editors said the <p> tag ends with </p>."));
        assert!(!looks_like_html(
            "<script>x()</script><a href=\"y\">link</a> <b>bold</b>"
        ));
        assert!(!looks_like_html("<https://example.org> said so</p"));
        assert!(!looks_like_html("<é"));
    }

    #[test]
    fn pasted_markdown_is_told_from_prose() {
        assert!(looks_like_markdown(
            "# Harbour plan\n\nThe **mayor** said so."
        ));
        assert!(looks_like_markdown(
            "Read [the report](https://example.org) first."
        ));
        assert!(!looks_like_markdown(
            "The mayor said 5 * 3 [sic] was fine (she meant 15).\n\n#1 priority, she said."
        ));
    }

    #[test]
    fn a_saved_analysis_opens_as_its_article() {
        let text = "Harbour plan approved\n\n\"We are ready,\" said Ana Ruiz.";
        let json = crate::export::to_json(text, &crate::analyze(text), &Default::default());
        let (opened, note) = from_file_with("saved.json", json.as_bytes(), html_to_text).unwrap();
        assert_eq!(opened, text);
        assert!(note.is_some());
        let other = from_file_with("data.json", b"{\"a\": 1}", html_to_text);
        assert_eq!(
            other.unwrap_err().to_string(),
            ImportError::NotAnalysis.to_string()
        );
    }

    #[test]
    fn a_saved_analysis_opens_with_its_corrections_and_without_unreadable_ones() {
        let text = "Harbour plan approved\n\n\"We are ready,\" said Ana Ruiz.";
        let a = crate::analyze(text);
        let fix = Correction::Rename {
            speaker: crate::corrections::Who::of(&a.speakers[0]),
            name: "Mayor Ana Ruiz".to_string(),
        };
        let (corrected, reader) = crate::corrections::apply(&a, text, std::slice::from_ref(&fix));
        let json = crate::export::to_json(text, &corrected, &reader);
        let opened = open("saved.whosaid.json", json.as_bytes(), html_to_text).unwrap();
        assert_eq!(
            (opened.text.as_str(), opened.corrections),
            (text, vec![fix])
        );
        assert_eq!(
            opened.note.as_deref(),
            Some("Opened a saved analysis: its article is read again. It brings 1 correction of yours.")
        );
        let bad = json.replace("\"rename\"", "\"rewrite\"");
        let opened = open("saved.whosaid.json", bad.as_bytes(), html_to_text).unwrap();
        assert_eq!((opened.text.as_str(), opened.corrections.len()), (text, 0));
    }

    #[test]
    fn html_becomes_paragraphs_of_text() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body>\
            <h1>Port &amp; harbour</h1><p>“We are ready,” said <b>Ana</b>&nbsp;Ruiz.</p>\
            <script>alert('no')</script><p>Line one<br>line two</p><!-- note --></body></html>";
        assert_eq!(
            html_to_text(html),
            "Port & harbour\n\n“We are ready,” said Ana Ruiz.\n\nLine one\nline two"
        );
    }

    #[test]
    fn hostile_markup_leaves_only_text() {
        let html = r#"<img src=x onerror="alert(1)"><a href="javascript:alert(2)">link</a><svg><script>alert(3)</script><text>t</text></svg>ok &lt;b&gt;"#;
        assert_eq!(html_to_text(html), "linkok <b>");
    }

    #[test]
    fn a_table_row_is_one_line() {
        let html = "<table><tr><td>Ruiz</td><td>Mayor</td></tr><tr><td>Hale</td><td>Engineer</td></tr></table>";
        assert_eq!(html_to_text(html), "Ruiz Mayor\n\nHale Engineer");
    }

    #[test]
    fn a_page_wrapped_in_a_form_keeps_its_text() {
        let html = "<body><form action=\"x\"><p>“We are ready,” said Ana Ruiz.</p><input name=q></form></body>";
        assert_eq!(html_to_text(html), "“We are ready,” said Ana Ruiz.");
    }

    #[test]
    fn a_quoted_attribute_may_hold_a_closing_bracket() {
        let html = r#"<p title="a > b">Ruiz said so.</p><p>5 < 6, she said.</p>"#;
        assert_eq!(html_to_text(html), "Ruiz said so.\n\n5 < 6, she said.");
    }

    #[test]
    fn a_tag_left_open_at_the_end_may_end_in_any_character() {
        // Found by the import's property test: the last character of a tag that never
        // closed was cut in two, a panic (and in the app, which aborts on one, a crash).
        assert_eq!(
            html_to_text("Ruiz said so.<p title=\"café"),
            "Ruiz said so."
        );
        assert_eq!(html_to_text("<https://é"), "");
        assert_eq!(
            keep_safe_attributes("Hi<p class=\"café"),
            "Hi<p class=\"café\">"
        );
    }

    #[test]
    fn a_page_without_its_closing_head_tag_keeps_its_body() {
        let html =
            "<html><head><title>T</title><meta charset=utf-8><body><p>Body text.</p></body></html>";
        assert_eq!(html_to_text(html), "Body text.");
    }

    #[test]
    fn a_paste_over_a_selection_counts_bytes_not_units() {
        // "café au lait": the selection "café" is units 0..4 and bytes 0..5.
        let value = "café au lait";
        assert_eq!(length_after_paste(value, 0, 4, "tea"), "tea au lait".len());
        assert_eq!(length_after_paste(value, 12, 12, "!"), value.len() + 1);
        assert_eq!(length_after_paste("😀x", 0, 2, ""), 1);
    }

    #[test]
    fn markup_for_the_browser_keeps_only_what_says_what_a_part_is() {
        let html = r#"<!DOCTYPE html><p class="lead" onclick="x()">Hi</p><img src=x onerror=alert(1)><a href="javascript:y()" id=k>a > b</a><!-- c -->"#;
        assert_eq!(
            keep_safe_attributes(html),
            r#"<p class="lead">Hi</p><img><a id="k">a > b</a>"#
        );
    }

    #[test]
    fn markup_for_the_browser_has_no_scripts_or_styles() {
        let html = "<style>p { color: red }</style><p>Hi</p><SCRIPT>if (a</b) x()</SCRIPT >\
                    <p>there</p><script>never closed";
        assert_eq!(keep_safe_attributes(html), "<p>Hi</p><p>there</p>");
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("&#8220;Hi&#x201D; &mdash; &bogus; & &#0;"),
            "“Hi” — &bogus; & &#0;"
        );
    }

    #[test]
    fn markdown_loses_its_syntax() {
        let md = "# Title\n\nBy [AFP](#) **Sergei Bobylev / TASS**\n\n> quoted\n\n---\n\n<https://example.org/a_b>";
        assert_eq!(
            markdown_to_text(md),
            "Title\n\nBy AFP Sergei Bobylev / TASS\n\nquoted\n\nhttps://example.org/a_b"
        );
    }

    #[test]
    fn files_by_extension_and_encoding() {
        assert_eq!(from_file("a.txt", b"\xEF\xBB\xBFplain").unwrap().0, "plain");
        let (text, note) = from_file("a.txt", b"caf\xe9 \x93hi\x94").unwrap();
        assert_eq!(text, "café “hi”");
        assert!(note.is_some());
        assert_eq!(
            from_file("a.html", b"<p>x</p><p>y</p>").unwrap().0,
            "x\n\ny"
        );
        assert_eq!(
            from_file("a.bin", &[0, 1, 2, 3, 4, 5]),
            Err(ImportError::NotText)
        );
        // Not UTF-8 and no Western text: Russian in Windows-1251 ("Первый паром"), and
        // high bytes with no control characters.
        let cyrillic = b"\xcf\xe5\xf0\xe2\xfb\xe9 \xef\xe0\xf0\xee\xec";
        assert_eq!(from_file("a.txt", cyrillic), Err(ImportError::Encoding));
        let noise: Vec<u8> = (0..600u32).map(|i| 0x80 + (i * 37 % 128) as u8).collect();
        assert_eq!(from_file("a.txt", &noise), Err(ImportError::Encoding));
        assert_eq!(
            from_file("a.txt", b"Caf\xe9 \x81"),
            Err(ImportError::Encoding),
            "a byte Windows-1252 does not define"
        );
        let (text, _) =
            from_file("a.txt", b"M\xfcller und Gro\xdfmann sagten \x84nein\x93.").unwrap();
        assert_eq!(text, "Müller und Großmann sagten „nein“.");
        let big = vec![b'a'; MAX_BYTES + 1];
        assert!(matches!(
            from_file("a.txt", &big),
            Err(ImportError::TooLarge { .. })
        ));
    }
}
