//! Lesson Markdown → safe HTML. Raw HTML in the source is shown as text, the result is sanitised
//! with ammonia, pictures are inlined from the lesson folder and glossary links become in-app links.

use base64::Engine as _;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag};
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

/// Renders `markdown` to sanitised HTML.
pub fn render_markdown(markdown: &str, ctx: RenderContext<'_>) -> String {
    let events = Parser::new_ext(markdown, options()).map(|ev| match ev {
        // Raw HTML never reaches the page as markup: it becomes visible text.
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            let dest = inline_image(ctx.lesson_dir, &dest_url).map(CowStr::from).unwrap_or_else(|| CowStr::from(""));
            Event::Start(Tag::Image { link_type, dest_url: dest, title, id })
        }
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            let dest = match dest_url.strip_prefix("glossary:") {
                Some(term) => CowStr::from(format!("#glossary/{term}")),
                None => dest_url,
            };
            Event::Start(Tag::Link { link_type: if link_type == LinkType::Email { LinkType::Inline } else { link_type }, dest_url: dest, title, id })
        }
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    sanitizer().clean(&html).to_string()
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
    let path = dir.join(name);
    let meta = std::fs::metadata(&path).map_err(|_| "the file does not exist in the lesson folder".to_string())?;
    if meta.len() > MAX_IMAGE {
        return Err(format!("the file is larger than {} KiB", MAX_IMAGE / 1024));
    }
    std::fs::read(&path).map(|b| (mime, b)).map_err(|e| e.to_string())
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
        let html = render("[click](javascript:alert(1)) and [ok](https://example.org)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
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
