//! The real `lessons/` tree and `locales/` go through the same checks as `cargo xtask check`,
//! so a broken lesson or a missing string fails the tests, not a learner.

use klar_core::i18n::{Localizer, FTL_SOURCES};
use klar_core::course::{load_course, LessonEntry, StepKind};
use std::path::Path;

fn lessons_root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

#[test]
fn the_course_loads_without_errors() {
    let loaded = load_course(&lessons_root());
    let errors: Vec<String> = loaded.errors().map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(loaded.course.lessons.iter().all(|l| matches!(l, LessonEntry::Ready(_))));
}

#[test]
fn every_curriculum_topic_is_taught() {
    let loaded = load_course(&lessons_root());
    assert_eq!(klar_core::course::uncovered_topics(&loaded.course), Vec::<&str>::new());
}

#[test]
fn german_leichte_sprache_is_required_and_checked() {
    let loaded = load_course(&lessons_root());
    assert!(loaded.course.required_locales.iter().any(|l| l == "de-x-ls"));
    for entry in &loaded.course.lessons {
        let LessonEntry::Ready(lesson) = entry else { continue };
        assert!(lesson.texts.contains_key("de-x-ls"), "{} has no Leichte Sprache", lesson.slug);
    }
}

#[test]
fn every_lesson_exists_complete_in_every_required_locale() {
    let loaded = load_course(&lessons_root());
    for loc in ["en", "de", "tr", "uk", "ar", "ru"] {
        assert!(loaded.course.required_locales.iter().any(|l| l == loc), "{loc} is not required");
    }
    for entry in &loaded.course.lessons {
        let LessonEntry::Ready(lesson) = entry else { continue };
        for loc in loaded.course.required_locales.iter().filter(|l| *l != "de-x-ls") {
            let text = lesson.texts.get(loc).unwrap_or_else(|| panic!("{} has no {loc} text", lesson.slug));
            for step in &lesson.steps {
                assert!(text.steps.contains_key(&step.id), "{}/{loc}.md lacks step {}", lesson.slug, step.id);
            }
            assert!(lesson.teachers.contains_key(loc.as_str()), "{} has no teachers.{loc}.md", lesson.slug);
        }
    }
}

#[test]
fn quiz_structure_is_the_same_in_every_locale() {
    let loaded = load_course(&lessons_root());
    for entry in &loaded.course.lessons {
        let LessonEntry::Ready(lesson) = entry else { continue };
        for (loc, text) in &lesson.texts {
            for step in &lesson.steps {
                let StepKind::Quiz(q) = &step.kind else { continue };
                let Some(st) = text.steps.get(&step.id) else { continue };
                let ids: Vec<&String> = st.options.keys().collect();
                let mut want: Vec<&String> = q.options.iter().collect();
                want.sort();
                assert_eq!(ids, want, "{}/{loc}.md quiz {}", lesson.slug, step.id);
            }
        }
    }
}

#[test]
fn lessons_one_and_four_exist_in_english_and_german() {
    let loaded = load_course(&lessons_root());
    for slug in ["spot-the-ai", "how-chatbots-write"] {
        let lesson = loaded
            .course
            .lessons
            .iter()
            .find_map(|e| match e {
                LessonEntry::Ready(l) if l.slug == slug => Some(l),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{slug} is missing"));
        for loc in ["en", "de"] {
            let t = &lesson.texts[loc];
            assert!(lesson.steps.iter().all(|s| t.steps.contains_key(&s.id)), "{slug}/{loc} incomplete");
            let all = t.steps.values().map(|s| s.body.to_lowercase()).collect::<String>();
            assert!(!all.contains("lorem") && !all.contains("todo"), "{slug}/{loc} has placeholder text");
        }
        let kinds: Vec<&str> = lesson.steps.iter().map(|s| s.kind.name()).collect();
        for k in ["read", "quiz", "reflect", "demo"] {
            assert!(kinds.contains(&k), "{slug} has no {k} step");
        }
    }
}

#[test]
fn every_message_formats_in_every_locale() {
    let l = Localizer::embedded();
    let mut args = fluent_bundle::FluentArgs::new();
    // Every variable any message uses, found in the sources themselves.
    let mut names = std::collections::BTreeSet::new();
    for (_, _, src) in FTL_SOURCES {
        for part in src.split('$').skip(1) {
            let name: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
            if !name.is_empty() {
                names.insert(name);
            }
        }
    }
    for name in names {
        args.set(name, 3);
    }
    let ids = klar_core::i18n::template_ids();
    assert!(ids.len() > 50);
    let locales: std::collections::BTreeSet<&str> = FTL_SOURCES.iter().map(|(l, _, _)| *l).collect();
    for loc in locales {
        for id in &ids {
            let text = l.message(loc, id, Some(&args));
            assert!(!text.is_empty() && text != *id, "{loc}: {id} does not format");
            assert!(!text.contains("{$") && !text.contains("{ $"), "{loc}: {id} left a placeable: {text}");
        }
    }
}

#[test]
fn german_falls_back_to_english_for_a_missing_message_and_leichte_sprache_to_german() {
    let l = Localizer::embedded();
    let de = l.message("de", klar_core::i18n::ids::SETTINGS_TITLE, None);
    assert_eq!(de, "Einstellungen");
    assert_eq!(l.message("de-x-ls", klar_core::i18n::ids::SETTINGS_TITLE, None), de);
}
