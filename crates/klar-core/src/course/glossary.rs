//! The glossary in the learner's language, falling back per term.

use crate::app::KlarApp;
use crate::course::{render_markdown, RenderContext};
use crate::error::{OrNotFound, Result};
use crate::i18n;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GlossaryView {
    pub id: String,
    pub term: String,
    pub html: String,
}

impl KlarApp {
    pub fn glossary(&self, term: &str) -> Result<GlossaryView> {
        let locale = self.locale()?;
        let entry = i18n::fallback_chain(&locale)
            .into_iter()
            .find_map(|l| self.course.glossary.get(l).and_then(|g| g.get(term)))
            .or_not_found(format_args!("glossary term {term}"))?;
        Ok(GlossaryView {
            id: term.to_string(),
            term: entry.term.clone(),
            html: render_markdown(&entry.body, RenderContext::default()),
        })
    }

    /// Every glossary term in the current language (falling back per term), in file order.
    pub fn glossary_all(&self) -> Result<Vec<GlossaryView>> {
        let ids: Vec<&String> = self.course.glossary.get(&self.course.source_locale).map(|g| g.keys().collect()).unwrap_or_default();
        ids.into_iter().map(|id| self.glossary(id)).collect()
    }
}
