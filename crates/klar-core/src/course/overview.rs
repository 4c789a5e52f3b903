//! The course map: every lesson as a card with the learner's state, first-try score and the
//! lesson to suggest next.

use crate::app::KlarApp;
use crate::course::LessonEntry;
use crate::error::Result;
use crate::progress::LessonState;
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LessonCard {
    pub number: u32,
    pub slug: String,
    /// None when the lesson cannot be loaded.
    pub uuid: Option<String>,
    pub title: String,
    pub description: String,
    pub minutes: u32,
    pub topics: Vec<String>,
    pub state: LessonState,
    pub score_correct: u32,
    pub score_total: u32,
    pub unavailable_reason: Option<String>,
    /// The lesson to suggest next: the first one in progress, else the first not started
    /// (at most one card of the course has it).
    pub suggested: bool,
}

impl KlarApp {
    pub fn course_overview(&mut self) -> Result<Vec<LessonCard>> {
        let locale = self.locale()?;
        let learner = if self.current.is_some() { Some(self.learner_id()?) } else { None };
        let progress = match learner {
            Some(id) => self.db().all_progress(id)?,
            None => BTreeMap::new(),
        };
        let right_first_time = match learner {
            Some(id) => self.db().first_try_correct_questions(id)?,
            None => Default::default(),
        };
        let mut cards = Vec::new();
        for (i, entry) in self.course.lessons.iter().enumerate() {
            let number = i as u32 + 1;
            let card = match entry {
                LessonEntry::Ready(l) => {
                    let meta = l.meta(&locale);
                    let key = l.uuid.to_string();
                    let completed = progress.get(&key).map(|p| p.completed_ms.is_some());
                    let standing = crate::progress::standing(l, completed, |q| right_first_time.contains(q));
                    LessonCard {
                        number,
                        slug: l.slug.clone(),
                        uuid: Some(key.clone()),
                        title: meta.map(|m| m.title.clone()).unwrap_or_else(|| l.slug.clone()),
                        description: meta.map(|m| m.description.clone()).unwrap_or_default(),
                        minutes: l.minutes,
                        topics: l.topics.clone(),
                        state: standing.state,
                        score_correct: standing.score_correct,
                        score_total: standing.score_total,
                        unavailable_reason: None,
                        suggested: false,
                    }
                }
                LessonEntry::Unavailable { slug, reason } => LessonCard {
                    number,
                    slug: slug.clone(),
                    uuid: None,
                    title: slug.clone(),
                    description: String::new(),
                    minutes: 0,
                    topics: Vec::new(),
                    state: LessonState::NotStarted,
                    score_correct: 0,
                    score_total: 0,
                    unavailable_reason: Some(reason.clone()),
                    suggested: false,
                },
            };
            cards.push(card);
        }
        suggest(&mut cards);
        Ok(cards)
    }
}

/// Marks the lesson to suggest next: the first one in progress, else the first not started.
/// Only a lesson that opens can be suggested (the same rule as the course map's buttons).
fn suggest(cards: &mut [LessonCard]) {
    let open_in = |cards: &[LessonCard], state: LessonState| {
        cards.iter().position(|c| c.uuid.is_some() && c.unavailable_reason.is_none() && c.state == state)
    };
    if let Some(i) = open_in(cards, LessonState::InProgress).or_else(|| open_in(cards, LessonState::NotStarted)) {
        cards[i].suggested = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: u32, state: LessonState) -> LessonCard {
        LessonCard {
            number,
            slug: format!("l{number}"),
            uuid: Some(format!("u{number}")),
            title: String::new(),
            description: String::new(),
            minutes: 10,
            topics: Vec::new(),
            state,
            score_correct: 0,
            score_total: 3,
            unavailable_reason: None,
            suggested: false,
        }
    }

    fn suggested(cards: &mut [LessonCard]) -> Option<u32> {
        suggest(cards);
        assert!(cards.iter().filter(|c| c.suggested).count() <= 1, "at most one suggestion");
        cards.iter().find(|c| c.suggested).map(|c| c.number)
    }

    #[test]
    fn a_lesson_in_progress_comes_before_a_new_one() {
        let mut cards = [card(1, LessonState::Done), card(2, LessonState::NotStarted), card(3, LessonState::InProgress)];
        assert_eq!(suggested(&mut cards), Some(3));
    }

    #[test]
    fn a_lesson_that_cannot_open_is_never_suggested() {
        let mut broken = card(1, LessonState::NotStarted);
        broken.unavailable_reason = Some("broken".into());
        broken.uuid = None;
        let mut cards = [broken, card(2, LessonState::NotStarted)];
        assert_eq!(suggested(&mut cards), Some(2));
    }

    #[test]
    fn nothing_is_suggested_when_every_lesson_is_done() {
        let mut cards = [card(1, LessonState::Done), card(2, LessonState::Done)];
        assert_eq!(suggested(&mut cards), None);
    }
}
