//! Lesson Markdown → safe HTML. Raw HTML in the source is shown as text, the result is sanitised
//! with ammonia, pictures are inlined from the lesson folder and glossary links become in-app links.

use base64::Engine as _;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::path::Path;

const MAX_IMAGE: u64 = 2 * 1024 * 1024;

/// Where pictures come from; `None` for text with no lesson folder (glossary, feedback).
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderContext<'a> {
    pub lesson_dir: Option<&'a Path>,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// What became of a link whose end is still to come.
enum OpenLink {
    /// Passed through (glossary, mail, a link inside the page).
    Kept,
    /// A web link, shown as text: its address follows the text unless the text is the address.
    Shown { address: Option<String> },
}

/// Renders `markdown` to sanitised HTML.
pub fn render_markdown(markdown: &str, ctx: RenderContext<'_>) -> String {
    let mut open_links: Vec<OpenLink> = Vec::new();
    let events = Parser::new_ext(markdown, options()).flat_map(|ev| match ev {
        // Raw HTML never reaches the page as markup: it becomes visible text.
        Event::Html(h) | Event::InlineHtml(h) => vec![Event::Text(h)],
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            let dest = inline_image(ctx.lesson_dir, &dest_url).map(CowStr::from).unwrap_or_else(|| CowStr::from(""));
            vec![Event::Start(Tag::Image { link_type, dest_url: dest, title, id })]
        }
        // Klar is offline by construction: a web link is shown, never followed, and without a
        // target there is nothing the page could fetch or prefetch.
        Event::Start(Tag::Link { link_type, dest_url, .. }) if is_web_address(&dest_url) => {
            open_links.push(OpenLink::Shown { address: (link_type != LinkType::Autolink).then(|| dest_url.to_string()) });
            Vec::new()
        }
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            open_links.push(OpenLink::Kept);
            let dest = match dest_url.strip_prefix("glossary:") {
                Some(term) => CowStr::from(format!("#glossary/{term}")),
                None => dest_url,
            };
            vec![Event::Start(Tag::Link { link_type: if link_type == LinkType::Email { LinkType::Inline } else { link_type }, dest_url: dest, title, id })]
        }
        Event::End(TagEnd::Link) => match open_links.pop() {
            Some(OpenLink::Shown { address: Some(address) }) => vec![Event::Text(CowStr::from(format!(" ({address})")))],
            Some(OpenLink::Shown { address: None }) => Vec::new(),
            Some(OpenLink::Kept) | None => vec![Event::End(TagEnd::Link)],
        },
        other => vec![other],
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    sanitizer().clean(&html).to_string()
}

/// An address on the web (`http:`, `https:` or scheme-relative `//host`), as opposed to a glossary
/// link or a mail address.
fn is_web_address(dest: &str) -> bool {
    let dest = dest.trim_start();
    let scheme = |s: &str| dest.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s));
    scheme("http:") || scheme("https:") || dest.starts_with("//")
}

fn sanitizer() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["https", "http", "mailto", "data"]))
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer"))
        .add_tag_attributes("img", ["alt", "title"])
        .attribute_filter(|element, attribute, value| {
            // data: URLs are only for the pictures we inlined ourselves.
            if value.trim_start().to_ascii_lowercase().starts_with("data:") {
                let ok = element == "img" && attribute == "src" && value.starts_with("data:image/") && !value.starts_with("data:image/svg+xml;charset");
                return if ok { Some(value.into()) } else { None };
            }
            if element == "a" && attribute == "href" && value.starts_with('#') && !value.starts_with("#glossary/") {
                return None;
            }
            Some(value.into())
        });
    b
}

fn inline_image(dir: Option<&Path>, target: &str) -> Option<String> {
    let (mime, bytes) = image_file(dir?, target).ok()?;
    Some(format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
}

/// Reads a picture that sits directly in `dir`: no folders, no `..`, a known type, a size cap.
pub(crate) fn image_file(dir: &Path, name: &str) -> Result<(&'static str, Vec<u8>), String> {
    let ok_name = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !name.starts_with('.');
    if !ok_name {
        return Err("a picture must be a plain file name in the lesson folder (letters, digits, '-', '_', '.')".into());
    }
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    let mime = match ext.as_str() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        _ => return Err("only .svg, .png, .jpg and .webp pictures are shown".into()),
    };
    match super::read::read_lesson_file(&dir.join(name), dir, MAX_IMAGE) {
        Ok(bytes) => Ok((mime, bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err("the file does not exist in the lesson folder".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// Every link and picture target in `markdown`; `true` marks pictures.
pub(crate) fn link_targets(markdown: &str) -> Vec<(String, bool)> {
    Parser::new_ext(markdown, options())
        .filter_map(|ev| match ev {
            Event::Start(Tag::Link { dest_url, .. }) => Some((dest_url.to_string(), false)),
            Event::Start(Tag::Image { dest_url, .. }) => Some((dest_url.to_string(), true)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(md: &str) -> String {
        render_markdown(md, RenderContext::default())
    }

    #[test]
    fn script_tags_come_out_as_text() {
        let html = render("Hello <script>alert(1)</script> world\n\n<script>\nalert(2)\n</script>\n");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    /// The markup tags in `html` (escaped text like `&lt;b&gt;` is not a tag).
    fn tags(html: &str) -> Vec<&str> {
        html.split('<').skip(1).filter_map(|t| t.split('>').next()).collect()
    }

    #[test]
    fn event_handlers_are_removed() {
        let html = render("<img src=x onerror=alert(1)>\n\nSee <b onclick=\"x()\">this</b>.\n\n![pic\" onerror=\"alert(1)](x.png \"t\\\" onload=\\\"y\")");
        for tag in tags(&html) {
            // Attribute values are quoted; only what stands outside quotes can be an attribute name.
            let t: String = tag.split('"').step_by(2).collect::<String>().to_ascii_lowercase();
            assert!(!t.contains("onerror") && !t.contains("onclick") && !t.contains("onload"), "{tag} in {html}");
        }
        assert!(html.contains("onerror=alert(1)"), "raw HTML is shown as text: {html}");
    }

    #[test]
    fn javascript_links_lose_their_target() {
        let html = render("[click](javascript:alert(1)) and [ok](mailto:a@example.org)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("href=\"mailto:a@example.org\""), "{html}");
    }

    #[test]
    fn web_links_are_text_with_their_address_and_no_target() {
        let html = render(
            "See [the *guide*](https://example.org/guide), <https://example.org/auto>, \
             [loud](HTTP://EXAMPLE.ORG/x \"title\") and [no scheme](//example.org/y).",
        );
        assert!(!html.contains("<a") && !html.contains("href"), "{html}");
        assert!(html.contains("the <em>guide</em> (https://example.org/guide)"), "{html}");
        assert_eq!(html.matches("https://example.org/auto").count(), 1, "an autolink shows its address once: {html}");
        assert!(html.contains("loud (HTTP://EXAMPLE.ORG/x)"), "{html}");
        assert!(html.contains("no scheme (//example.org/y)"), "{html}");
        // In-app links stay links, also right after a web link.
        let html = render("[web](https://example.org) then [tokens](glossary:token)");
        assert!(html.contains("web (https://example.org) then <a href=\"#glossary/token\""), "{html}");
        assert!(html.ends_with("tokens</a></p>\n"), "{html}");
    }

    /// A lesson folder with a picture that is a link to `target`.
    #[cfg(unix)]
    fn lesson_with_linked_picture(target: &Path) -> std::io::Result<tempfile::TempDir> {
        let dir = tempfile::tempdir()?;
        std::os::unix::fs::symlink(target, dir.path().join("pic.png"))?;
        Ok(dir)
    }

    #[test]
    #[cfg(unix)]
    fn a_picture_linked_to_a_file_outside_the_lesson_folder_is_not_shown() -> std::io::Result<()> {
        let outside = tempfile::tempdir()?;
        std::fs::write(outside.path().join("private.png"), "PRIVATE BYTES")?;
        let dir = lesson_with_linked_picture(&outside.path().join("private.png"))?;
        let refused = image_file(dir.path(), "pic.png").err().unwrap_or_default();
        assert!(refused.contains("outside the lesson folder"), "{refused}");
        let html = render_markdown("![p](pic.png)", RenderContext { lesson_dir: Some(dir.path()) });
        assert!(!html.contains("data:"), "{html}");
        // A link that stays inside the folder is fine.
        std::fs::write(dir.path().join("real.png"), "PNG")?;
        std::os::unix::fs::symlink(dir.path().join("real.png"), dir.path().join("alias.png"))?;
        assert_eq!(image_file(dir.path(), "alias.png"), Ok(("image/png", b"PNG".to_vec())));
        Ok(())
    }

    #[test]
    #[cfg(unix)]
    fn a_picture_linked_to_a_device_is_refused_without_reading_it() -> std::io::Result<()> {
        let dir = lesson_with_linked_picture(Path::new("/dev/zero"))?;
        // Run apart, so that a reader that does read /dev/zero fails the test instead of eating the
        // memory of the test run.
        let (tx, rx) = std::sync::mpsc::channel();
        let folder = dir.path().to_path_buf();
        std::thread::spawn(move || tx.send(image_file(&folder, "pic.png").map(|(_, b)| b.len())));
        let result = rx.recv_timeout(std::time::Duration::from_secs(60)).map_err(std::io::Error::other)?;
        let refused = result.err().unwrap_or_default();
        assert!(refused.contains("outside the lesson folder"), "{refused}");
        Ok(())
    }

    #[test]
    fn data_links_are_dropped_but_glossary_links_kept() {
        let html = render("[x](data:text/html,<b>hi</b>) [tokens](glossary:token)");
        assert!(!html.contains("data:text"), "{html}");
        assert!(html.contains("href=\"#glossary/token\""), "{html}");
    }

    #[test]
    fn pictures_are_inlined_from_the_lesson_folder_only() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        std::fs::write(dir.path().join("a.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>")?;
        let ctx = RenderContext { lesson_dir: Some(dir.path()) };
        let html = render_markdown("![A picture](a.svg) ![up](../secret.png)", ctx);
        assert!(html.contains("src=\"data:image/svg+xml;base64,"), "{html}");
        assert!(!html.contains("secret"), "{html}");
        Ok(())
    }

    #[test]
    fn tables_render() {
        assert!(render("| a | b |\n|---|---|\n| 1 | 2 |\n").contains("<table>"));
    }
}
