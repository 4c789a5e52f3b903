//! Loads `lessons/` into a `Course` and collects every problem as a `Diagnostic`: the course
//! file and each lesson's `lesson.toml` here, their texts in `texts`, the course-wide files in
//! `shared`. One broken lesson never stops the others from loading.

use super::diagnostics::{line_of, Diagnostic};
use super::model::*;
use super::read::{read_text, toml_error};
use super::shared::{load_glossary, load_presets, load_published, Published};
use super::texts::{load_teacher_notes, load_texts};
use super::{topics::topic_codes, KNOWN_DEMOS};
use crate::i18n::locales::is_known;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use toml::Spanned;
use uuid::Uuid;

pub struct LoadedCourse {
    pub course: Course,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadedCourse {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCourse {
    source_locale: String,
    #[serde(default)]
    required_locales: Vec<String>,
    /// Locales whose lessons may cover only some steps (Leichte Sprache).
    #[serde(default)]
    partial_locales: Vec<String>,
    /// Locales that need a teachers' page in every lesson (default: the required ones). Leichte
    /// Sprache has none: teachers read the standard-language page.
    teacher_locales: Option<Vec<String>>,
    lessons: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    uuid: Spanned<String>,
    slug: Spanned<String>,
    revision: u32,
    minutes: u32,
    facts_checked: Option<Spanned<String>>,
    topics: Spanned<Vec<String>>,
    steps: Vec<Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: String,
    uuid: Spanned<String>,
    kind: Spanned<String>,
    role: Option<ReadRole>,
    select: Option<Select>,
    scored: Option<bool>,
    tests: Option<Tests>,
    options: Option<Vec<String>>,
    correct: Option<Spanned<Vec<String>>>,
    demo: Option<Spanned<String>>,
    preset: Option<Spanned<String>>,
    /// A demo step's predict options (their texts are in the locale files).
    predict: Option<Vec<String>>,
}

/// Loads the course under `root` (the `lessons/` folder).
pub fn load_course(root: &Path) -> LoadedCourse {
    let mut diags = Vec::new();
    let course_rel = PathBuf::from("course.toml");
    let mut course = Course {
        root: root.to_path_buf(),
        source_locale: "en".into(),
        required_locales: vec!["en".into()],
        lessons: Vec::new(),
        presets: BTreeMap::new(),
        glossary: BTreeMap::new(),
    };
    let raw = match read_text(&root.join(&course_rel), root) {
        Ok(src) => match toml::from_str::<RawCourse>(&src) {
            Ok(r) => Some((r, src)),
            Err(e) => {
                diags.push(toml_error(&course_rel, &src, &e));
                None
            }
        },
        Err(e) => {
            diags.push(Diagnostic::error(&course_rel, None, format!("cannot read: {e}")));
            None
        }
    };
    let Some((raw, course_src)) = raw else {
        return LoadedCourse { course, diagnostics: diags };
    };
    for loc in raw.required_locales.iter().chain(raw.partial_locales.iter()).chain([&raw.source_locale]) {
        if !is_known(loc) {
            diags.push(Diagnostic::error(&course_rel, None, format!("unknown locale '{loc}'")));
        }
    }
    course.source_locale = raw.source_locale.clone();
    course.required_locales = raw.required_locales.clone();
    if !course.required_locales.contains(&course.source_locale) {
        course.required_locales.insert(0, course.source_locale.clone());
    }
    let partial: BTreeSet<String> = raw.partial_locales.iter().cloned().collect();
    let teacher_locales: BTreeSet<String> = match &raw.teacher_locales {
        Some(list) => list.iter().cloned().collect(),
        None => course.required_locales.iter().filter(|l| !partial.contains(*l)).cloned().collect(),
    };

    course.presets = load_presets(root, &mut diags);
    course.glossary = load_glossary(root, &course.required_locales, &mut diags);
    let published = load_published(root, &mut diags);

    let mut seen_slugs = BTreeSet::new();
    let mut uuid_owner: HashMap<Uuid, String> = HashMap::new();
    for slug in &raw.lessons {
        let line = line_of(&course_src, slug.span().start);
        let slug = slug.get_ref().clone();
        if !seen_slugs.insert(slug.clone()) {
            diags.push(Diagnostic::error(&course_rel, Some(line), format!("lesson '{slug}' is listed twice")));
            continue;
        }
        let ctx = LessonCtx {
            root,
            course: &course,
            partial: &partial,
            teacher_locales: &teacher_locales,
            published: &published,
        };
        let entry = load_lesson(&ctx, &slug, &mut uuid_owner, &mut diags);
        course.lessons.push(entry);
    }
    LoadedCourse { course, diagnostics: diags }
}

pub(super) struct LessonCtx<'a> {
    pub(super) root: &'a Path,
    pub(super) course: &'a Course,
    pub(super) partial: &'a BTreeSet<String>,
    pub(super) teacher_locales: &'a BTreeSet<String>,
    pub(super) published: &'a Published,
}

fn load_lesson(
    ctx: &LessonCtx<'_>,
    slug: &str,
    uuid_owner: &mut HashMap<Uuid, String>,
    diags: &mut Vec<Diagnostic>,
) -> LessonEntry {
    let unavailable = |reason: String| LessonEntry::Unavailable { slug: slug.to_string(), reason };
    if slug.is_empty() || !slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        let msg = format!("lesson folder name '{slug}' must use only a-z, 0-9 and '-'");
        diags.push(Diagnostic::error("course.toml", None, msg.clone()));
        return unavailable(msg);
    }
    let dir = ctx.root.join(slug);
    let rel_toml = PathBuf::from(slug).join("lesson.toml");
    let src = match read_text(&dir.join("lesson.toml"), &dir) {
        Ok(s) => s,
        Err(e) => {
            let msg = format!("cannot read {}: {e}", rel_toml.display());
            diags.push(Diagnostic::error(&rel_toml, None, msg.clone()));
            return unavailable(msg);
        }
    };
    let raw: RawLesson = match toml::from_str(&src) {
        Ok(r) => r,
        Err(e) => {
            let d = toml_error(&rel_toml, &src, &e);
            let reason = d.to_string();
            diags.push(d);
            return unavailable(reason);
        }
    };
    let first_error = diags.len();
    let at = |span: std::ops::Range<usize>| Some(line_of(&src, span.start));

    let lesson_uuid = parse_uuid(&raw.uuid, &rel_toml, &src, diags);
    if raw.slug.get_ref() != slug {
        diags.push(Diagnostic::error(&rel_toml, at(raw.slug.span()), format!("slug '{}' must equal the folder name '{slug}'", raw.slug.get_ref())));
    }
    if raw.revision == 0 {
        diags.push(Diagnostic::error(&rel_toml, None, "revision must be 1 or more"));
    }
    if !(1..=120).contains(&raw.minutes) {
        diags.push(Diagnostic::error(&rel_toml, None, "minutes must be between 1 and 120"));
    }
    let facts_checked = raw.facts_checked.as_ref().and_then(|f| {
        let parsed = FactsChecked::parse(f.get_ref());
        if parsed.is_none() {
            diags.push(Diagnostic::error(&rel_toml, at(f.span()), format!("facts_checked = '{}' must be a year and month like \"2026-12\"", f.get_ref())));
        }
        parsed
    });
    if raw.topics.get_ref().is_empty() {
        diags.push(Diagnostic::error(&rel_toml, at(raw.topics.span()), "topics must list at least one curriculum code"));
    }
    for t in raw.topics.get_ref() {
        if !topic_codes().contains(&t.as_str()) {
            diags.push(Diagnostic::error(&rel_toml, at(raw.topics.span()), format!("unknown topic code '{t}' (the curriculum has A1–A4, B1–B6, C1–C5, D1–D9, E1–E5, F1–F4)")));
        }
    }
    if let Some(u) = lesson_uuid {
        claim_uuid(u, slug, "lesson", uuid_owner, &rel_toml, at(raw.uuid.span()), diags);
        check_published(ctx.published, slug, u, &rel_toml, at(raw.uuid.span()), diags);
    }

    let mut steps = Vec::new();
    let mut step_ids = BTreeSet::new();
    if raw.steps.is_empty() {
        diags.push(Diagnostic::error(&rel_toml, None, "a lesson needs at least one [[steps]] entry"));
    }
    for spanned in &raw.steps {
        let line = at(spanned.span());
        let s = spanned.get_ref();
        if s.id.is_empty() || !s.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            diags.push(Diagnostic::error(&rel_toml, line, format!("step id '{}' must use only letters, digits, '-' and '_'", s.id)));
        }
        if !step_ids.insert(s.id.clone()) {
            diags.push(Diagnostic::error(&rel_toml, line, format!("step id '{}' is used twice", s.id)));
        }
        let uuid_line = at(s.uuid.span());
        let uuid = match Uuid::parse_str(s.uuid.get_ref()) {
            Ok(u) => {
                claim_uuid(u, slug, &format!("step '{}'", s.id), uuid_owner, &rel_toml, uuid_line, diags);
                check_published(ctx.published, &format!("{slug}/{}", s.id), u, &rel_toml, uuid_line, diags);
                Some(u)
            }
            Err(_) => {
                diags.push(Diagnostic::error(&rel_toml, uuid_line, format!("step '{}': '{}' is not a valid uuid", s.id, s.uuid.get_ref())));
                None
            }
        };
        let kind = step_kind(s, ctx.course, &rel_toml, &src, line, diags);
        if let (Some(uuid), Some(kind)) = (uuid, kind) {
            steps.push(Step { id: s.id.clone(), uuid, kind });
        }
    }

    let texts = load_texts(ctx, slug, &dir, raw.revision, &steps, diags);
    let teachers = load_teacher_notes(ctx, slug, &dir, diags);
    let structural_errors = diags[first_error..].iter().filter(|d| d.is_error() && d.file == rel_toml).count();
    let source = &ctx.course.source_locale;
    let source_errors = diags[first_error..]
        .iter()
        .filter(|d| d.is_error() && d.file == PathBuf::from(slug).join(format!("{source}.md")))
        .count();
    if structural_errors > 0 || source_errors > 0 || !texts.contains_key(source.as_str()) {
        let reason = diags[first_error..]
            .iter()
            .find(|d| d.is_error())
            .map(|d| d.to_string())
            .unwrap_or_else(|| format!("the {source} text is missing"));
        return unavailable(reason);
    }
    let Some(uuid) = lesson_uuid else {
        return unavailable("the lesson uuid is invalid".into());
    };
    LessonEntry::Ready(Box::new(Lesson {
        uuid,
        slug: slug.to_string(),
        revision: raw.revision,
        minutes: raw.minutes,
        facts_checked,
        topics: raw.topics.into_inner(),
        steps,
        texts,
        teachers,
        dir,
    }))
}

fn parse_uuid(s: &Spanned<String>, rel: &Path, src: &str, diags: &mut Vec<Diagnostic>) -> Option<Uuid> {
    match Uuid::parse_str(s.get_ref()) {
        Ok(u) => Some(u),
        Err(_) => {
            diags.push(Diagnostic::error(rel, Some(line_of(src, s.span().start)), format!("'{}' is not a valid uuid", s.get_ref())));
            None
        }
    }
}

fn claim_uuid(
    u: Uuid,
    slug: &str,
    what: &str,
    owners: &mut HashMap<Uuid, String>,
    rel: &Path,
    line: Option<usize>,
    diags: &mut Vec<Diagnostic>,
) {
    let me = format!("{slug}: {what}");
    if let Some(prev) = owners.get(&u) {
        diags.push(Diagnostic::error(rel, line, format!("uuid {u} is already used by {prev}; every uuid must be unique")));
    } else {
        owners.insert(u, me);
    }
}

fn check_published(p: &Published, key: &str, u: Uuid, rel: &Path, line: Option<usize>, diags: &mut Vec<Diagnostic>) {
    if let Some(old) = p.uuids.get(key) {
        if Uuid::parse_str(old).ok() != Some(u) {
            diags.push(Diagnostic::error(rel, line, format!("the uuid of '{key}' changed from {old} to {u}; published uuids must never change (learners' progress points at them)")));
        }
    }
}

fn step_kind(s: &RawStep, course: &Course, rel: &Path, src: &str, step_line: Option<usize>, diags: &mut Vec<Diagnostic>) -> Option<StepKind> {
    // Point at the field that is wrong where there is one, else at the step.
    let line_at = |span: Option<std::ops::Range<usize>>| span.map(|sp| line_of(src, sp.start)).or(step_line);
    let mut err_at = |line: Option<usize>, m: String| diags.push(Diagnostic::error(rel, line, format!("step '{}': {m}", s.id)));
    fn stray(names: &[(&'static str, bool)]) -> Vec<&'static str> {
        names.iter().filter(|(_, present)| *present).map(|(n, _)| *n).collect()
    }
    let kind_line = line_at(Some(s.kind.span()));
    let demo_line = line_at(s.demo.as_ref().map(|d| d.span()));
    let preset_line = line_at(s.preset.as_ref().map(|d| d.span()));
    let correct_line = line_at(s.correct.as_ref().map(|d| d.span()));
    let kind = match s.kind.get_ref().as_str() {
        "read" => {
            for n in stray(&[("select", s.select.is_some()), ("scored", s.scored.is_some()), ("tests", s.tests.is_some()), ("options", s.options.is_some()), ("correct", s.correct.is_some()), ("demo", s.demo.is_some()), ("preset", s.preset.is_some()), ("predict", s.predict.is_some())]) {
                err_at(step_line, format!("'{n}' does not belong to a read step"));
            }
            StepKind::Read { role: s.role }
        }
        "reflect" => {
            for n in stray(&[("role", s.role.is_some()), ("select", s.select.is_some()), ("tests", s.tests.is_some()), ("options", s.options.is_some()), ("correct", s.correct.is_some()), ("demo", s.demo.is_some()), ("predict", s.predict.is_some())]) {
                err_at(step_line, format!("'{n}' does not belong to a reflect step"));
            }
            StepKind::Reflect
        }
        "demo" => {
            let demo = s.demo.as_ref().map(|d| d.get_ref().clone()).unwrap_or_default();
            let preset = s.preset.as_ref().map(|d| d.get_ref().clone()).unwrap_or_default();
            if !KNOWN_DEMOS.contains(&demo.as_str()) {
                err_at(demo_line, format!("unknown demo '{demo}' (known: {})", KNOWN_DEMOS.join(", ")));
            } else if preset.is_empty() {
                err_at(step_line, "a demo step needs a 'preset'".into());
            } else if !course.presets.get(&demo).is_some_and(|p| p.contains_key(&preset)) {
                err_at(preset_line, format!("demo '{demo}' has no preset '{preset}' in lessons/presets/"));
            }
            let predict = s.predict.clone().unwrap_or_default();
            if predict.len() < 2 {
                err_at(step_line, "a demo step needs 'predict' with at least two options (the question before the run)".into());
            }
            if predict.iter().collect::<BTreeSet<_>>().len() != predict.len() {
                err_at(step_line, "'predict' lists an option twice".into());
            }
            StepKind::Demo { demo, preset, predict }
        }
        "quiz" => {
            let options = s.options.clone().unwrap_or_default();
            let correct = s.correct.as_ref().map(|c| c.get_ref().clone()).unwrap_or_default();
            let scored = s.scored.unwrap_or(true);
            let Some(select) = s.select else {
                err_at(step_line, "a quiz needs 'select' = \"single\" or \"multiple\"".into());
                return None;
            };
            if options.len() < 2 {
                err_at(step_line, "a quiz needs at least two options".into());
            }
            let mut seen = BTreeSet::new();
            for o in &options {
                if !seen.insert(o) {
                    err_at(step_line, format!("option '{o}' is listed twice"));
                }
            }
            for c in &correct {
                if !options.contains(c) {
                    err_at(correct_line, format!("the answer key names option '{c}', which is not among the options {options:?}"));
                }
            }
            if scored {
                match (select, correct.len()) {
                    (_, 0) => err_at(step_line, "a scored quiz needs 'correct' (or scored = false for a warm-up)".into()),
                    (Select::Single, n) if n > 1 => err_at(correct_line, "a single-choice quiz has exactly one correct option".into()),
                    _ => {}
                }
            } else if !correct.is_empty() {
                err_at(step_line, "a warm-up (scored = false) has no correct options".into());
            }
            if !scored && s.tests.is_some() {
                err_at(step_line, "a warm-up (scored = false) tests nothing: drop 'tests'".into());
            }
            StepKind::Quiz(QuizSpec { select, scored, tests: s.tests, options, correct })
        }
        other => {
            err_at(kind_line, format!("unknown kind '{other}' (read, quiz, reflect or demo)"));
            return None;
        }
    };
    Some(kind)
}
