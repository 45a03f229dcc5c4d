//! The few browser services the app uses: local storage, downloads, the clipboard,
//! scrolling to a quote or a speaker's card, and the browser's own HTML parser. Each failure comes back as a
//! sentence for the reader.

use super::state::Settings;
use crate::corrections::Correction;
use gloo::storage::{errors::StorageError, LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

const TEXT_KEY: &str = "whosaid.text";
const SETTINGS_KEY: &str = "whosaid.settings";
const CORRECTIONS_KEY: &str = "whosaid.corrections";

/// The text, its corrections and the settings saved by an earlier visit, if any.
/// Corrections that cannot be read are none: the text is what must not be lost.
pub fn restore() -> (String, Vec<Correction>, Settings) {
    let text = LocalStorage::get::<String>(TEXT_KEY).unwrap_or_default();
    let corrections = LocalStorage::get::<Vec<Correction>>(CORRECTIONS_KEY).unwrap_or_default();
    let settings = LocalStorage::get::<Settings>(SETTINGS_KEY).unwrap_or_default();
    (text, corrections, settings)
}

/// Saves the text and the reader's corrections of it for the next visit.
pub fn save_text(text: &str, corrections: &[Correction]) -> Result<(), String> {
    let result = if text.is_empty() {
        LocalStorage::delete(TEXT_KEY);
        LocalStorage::delete(CORRECTIONS_KEY);
        Ok(())
    } else if corrections.is_empty() {
        LocalStorage::delete(CORRECTIONS_KEY);
        LocalStorage::set(TEXT_KEY, text)
    } else {
        LocalStorage::set(TEXT_KEY, text)
            .and_then(|_| LocalStorage::set(CORRECTIONS_KEY, corrections))
    };
    result.map_err(|e| match e {
        StorageError::JsError(_) => {
            "This article is too long to keep across reloads: the browser's \
             storage is full or switched off. It stays here until you close the tab."
                .to_string()
        }
        _ => "The article could not be saved for your next visit; it stays here until you \
              close the tab."
            .to_string(),
    })
}

pub fn save_settings(settings: &Settings) {
    // Settings are a convenience; losing them is not worth a message.
    let _ = LocalStorage::set(SETTINGS_KEY, settings);
}

/// Offers `content` as a file download, without any network request.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |_: JsValue| format!("The {filename} file could not be created.");
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| format!("The {filename} file could not be created."))?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Let the browser start the download before the address is revoked.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Copies `text` to the clipboard; `done` gets a sentence saying how it went.
pub fn copy(text: String, done: impl FnOnce(Result<(), String>) + 'static) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        done(
            result.map(|_| ()).map_err(|_| {
                "The browser did not allow copying; use a download instead.".to_string()
            }),
        );
    });
}

/// Scrolls the quote `quote` into view and flashes it; false if it is not in the page.
pub fn flash_quote(quote: usize) -> bool {
    let Some(el) = gloo::utils::document().get_element_by_id(&format!("q-{quote}")) else {
        return false;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    // Restart the flash animation even if it is still running. An attribute of its own,
    // so that re-rendering the mark's classes does not cut it short.
    let _ = el.remove_attribute("data-flash");
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.offset_width();
        let _ = html.focus();
    }
    let _ = el.set_attribute("data-flash", "");
    true
}

/// Whether the page is laid out for a small screen, the sidebar below the article (the
/// breakpoint of `styles/app.css`).
pub fn narrow_screen() -> bool {
    let width = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64());
    width.is_some_and(|w| w <= 56.0 * 16.0)
}

/// Scrolls the sidebar card of speaker `id` into view: just into the sidebar's own view
/// (`nearest`) beside the article, or to the top of the screen (`start`) below it.
/// False while the card is not in the page yet.
pub fn reveal_speaker(id: usize, block: web_sys::ScrollLogicalPosition) -> bool {
    let selector = format!(".sidebar .speaker[data-speaker=\"{id}\"]");
    let Ok(Some(card)) = gloo::utils::document().query_selector(&selector) else {
        return false;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    options.set_block(block);
    card.scroll_into_view_with_scroll_into_view_options(&options);
    true
}

/// The text of pasted or opened HTML, read by the browser's own parser: `DOMParser`
/// makes an inert document (no script runs, nothing loads) that parses HTML as every
/// page does, at no cost in wasm. As a reader mode does, it keeps the article (the
/// largest `<article>` or main content) and drops ads, captions, related links and the
/// like. Attributes other than a few that say what a part is
/// are dropped first, so no event handler reaches it for the security policy to refuse. Its text goes through the same rules as the native
/// reader's (`import::TextBuilder`); if the parser is missing, the native reader does it.
pub fn html_to_text(html: &str) -> String {
    use crate::import::{self, Element, TextBuilder};
    use web_sys::Node;
    let parsed = web_sys::DomParser::new().and_then(|p| {
        let safe = import::keep_safe_attributes(html);
        p.parse_from_string(&safe, web_sys::SupportedType::TextHtml)
    });
    let Some((document, root)) = parsed
        .ok()
        .and_then(|d| d.document_element().map(|root| (d, root)))
    else {
        return import::html_to_text(html);
    };
    let root = article_body(&document).unwrap_or(root);
    let mut text = TextBuilder::default();
    // Depth first, with a stack: a page may nest elements deeper than the call stack.
    let mut stack: Vec<(Node, bool)> = vec![(root.into(), false)];
    while let Some((node, closing)) = stack.pop() {
        match node.node_type() {
            Node::TEXT_NODE => text.text(&node.node_value().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                let part = import::element(&node.node_name().to_ascii_lowercase());
                if closing {
                    // A line break has no end of its own in a document.
                    if part != Element::Break {
                        text.element(part);
                    }
                    continue;
                }
                if part == Element::Skipped || node.dyn_ref().is_some_and(is_no_article) {
                    continue;
                }
                text.element(part);
                let children = node.child_nodes();
                stack.push((node, true));
                for i in (0..children.length()).rev() {
                    if let Some(child) = children.item(i) {
                        stack.push((child, false));
                    }
                }
            }
            _ => {}
        }
    }
    text.finish()
}

/// The page's article, as reader modes find it: of the elements marked as an article or
/// the main content, the one with the most text, if it holds most of the page's text.
fn article_body(document: &web_sys::Document) -> Option<web_sys::Element> {
    let text_len = |n: &web_sys::Node| n.text_content().map_or(0, |t| t.trim().len());
    let page = document.body().map_or(0, |b| text_len(&b));
    let found = document
        .query_selector_all("article, main, [role=main], [itemprop=articleBody]")
        .ok()?;
    let best = (0..found.length())
        .filter_map(|i| found.item(i))
        .max_by_key(|n| text_len(n))?;
    (text_len(&best) * 2 >= page)
        .then(|| best.dyn_into().ok())
        .flatten()
}

/// Whether an element is no part of the article: hidden, marked as boilerplate by its
/// class, id or role (`import::is_boilerplate`), or a list that is mostly links.
fn is_no_article(el: &web_sys::Element) -> bool {
    let attr = |name: &str| el.get_attribute(name).unwrap_or_default();
    if el.has_attribute("hidden") || attr("aria-hidden") == "true" {
        return true;
    }
    if crate::import::is_boilerplate(&attr("class"), &attr("id"), &attr("role")) {
        return true;
    }
    let name = el.tag_name().to_ascii_lowercase();
    matches!(name.as_str(), "ul" | "ol") && mostly_links(el)
}

/// "More on this story" lists: more than half of the text is the text of links.
fn mostly_links(el: &web_sys::Element) -> bool {
    let all = el.text_content().map_or(0, |t| t.trim().len());
    let Ok(links) = el.query_selector_all("a") else {
        return false;
    };
    let linked: usize = (0..links.length())
        .filter_map(|i| links.item(i))
        .map(|a| a.text_content().map_or(0, |t| t.trim().len()))
        .sum();
    all > 0 && linked * 2 > all
}
