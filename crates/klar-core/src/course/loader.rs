//! Loads `lessons/` into a `Course` and collects every problem as a `Diagnostic`.
//! One broken lesson never stops the others from loading.

use super::diagnostics::{line_of, Diagnostic};
use super::markdown::{parse_directives, parse_locale_file};
use super::model::*;
use super::{topics::topic_codes, KNOWN_DEMOS};
use crate::i18n::locales::{is_known, known_locales};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use toml::Spanned;
use uuid::Uuid;

/// Caps that keep a hostile or mistaken file from eating memory.
const MAX_TEXT_FILE: u64 = 1024 * 1024;

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
    lessons: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    uuid: Spanned<String>,
    slug: Spanned<String>,
    revision: u32,
    minutes: u32,
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
}

/// `published.toml` remembers every uuid that has been released, so a changed one is caught.
#[derive(Deserialize, Default)]
struct Published {
    #[serde(default)]
    uuids: BTreeMap<String, String>,
}

fn read_text(path: &Path, folder: &Path) -> std::io::Result<String> {
    let bytes = read_lesson_file(path, folder, MAX_TEXT_FILE)?;
    String::from_utf8(bytes).map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "the file is not UTF-8 text"))
}

/// Reads a file of the lessons tree only if it is what it claims to be: a regular file inside
/// `folder` (a link may point elsewhere in the folder, never out of it), of at most `cap` bytes.
/// Lesson folders come from other people: a named pipe behind the name would hang the reader, a
/// link to `/dev/zero` would fill the memory, and a link to a private file would be shown.
pub(crate) fn read_lesson_file(path: &Path, folder: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    use std::io::{Error, ErrorKind, Read};
    let refused = |what: String| Error::new(ErrorKind::InvalidInput, what);
    let not_regular = || refused("it is not a regular file (a folder, a device or a pipe); lessons read only plain files".into());
    let too_big = |len: u64| refused(format!("the file is {len} bytes; the limit is {cap}"));
    let real = std::fs::canonicalize(path)?;
    if !real.starts_with(std::fs::canonicalize(folder)?) {
        return Err(refused("it is a link to a file outside the lesson folder; copy the file into the folder instead".into()));
    }
    // Checked before opening as well: opening a named pipe waits until someone writes to it.
    if !std::fs::metadata(&real)?.is_file() {
        return Err(not_regular());
    }
    let file = std::fs::File::open(&real)?;
    // The handle is what is read, so it is the handle that must be a plain file of bounded size.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > cap {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::new();
    // One byte more than the cap tells a file that grew while being read from one that fits.
    file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

fn toml_error(rel: &Path, src: &str, e: &toml::de::Error) -> Diagnostic {
    let line = e.span().map(|s| line_of(src, s.start));
    Diagnostic::error(rel, line, e.message().to_string())
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
            published: &published,
        };
        let entry = load_lesson(&ctx, &slug, &mut uuid_owner, &mut diags);
        course.lessons.push(entry);
    }
    LoadedCourse { course, diagnostics: diags }
}

struct LessonCtx<'a> {
    root: &'a Path,
    course: &'a Course,
    partial: &'a BTreeSet<String>,
    published: &'a Published,
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
    if raw.topics.get_ref().is_empty() {
        diags.push(Diagnostic::error(&rel_toml, at(raw.topics.span()), "topics must list at least one curriculum code"));
    }
    for t in raw.topics.get_ref() {
        if !topic_codes().contains(&t.as_str()) {
            diags.push(Diagnostic::error(&rel_toml, at(raw.topics.span()), format!("unknown topic code '{t}' (the curriculum has A1–A4, B1–B6, C1–C5, D1–D7, E1–E4, F1–F4)")));
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
            for n in stray(&[("select", s.select.is_some()), ("scored", s.scored.is_some()), ("tests", s.tests.is_some()), ("options", s.options.is_some()), ("correct", s.correct.is_some()), ("demo", s.demo.is_some()), ("preset", s.preset.is_some())]) {
                err_at(step_line, format!("'{n}' does not belong to a read step"));
            }
            StepKind::Read { role: s.role }
        }
        "reflect" => {
            for n in stray(&[("role", s.role.is_some()), ("select", s.select.is_some()), ("tests", s.tests.is_some()), ("options", s.options.is_some()), ("correct", s.correct.is_some()), ("demo", s.demo.is_some())]) {
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
            StepKind::Demo { demo, preset }
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

fn load_texts(
    ctx: &LessonCtx<'_>,
    slug: &str,
    dir: &Path,
    revision: u32,
    steps: &[Step],
    diags: &mut Vec<Diagnostic>,
) -> BTreeMap<String, LessonText> {
    let mut texts = BTreeMap::new();
    let course = ctx.course;
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut names: Vec<String> = entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        for name in names {
            if let Some(loc) = name.strip_suffix(".md") {
                if !loc.starts_with("teachers.") && !is_known(loc) {
                    diags.push(Diagnostic::warning(PathBuf::from(slug).join(&name), None, format!("'{loc}' is not a locale Klar knows; the file is ignored")));
                }
            }
        }
    }
    for loc in known_locales() {
        let rel = PathBuf::from(slug).join(format!("{loc}.md"));
        let required = course.required_locales.iter().any(|r| r == loc);
        let partial = ctx.partial.contains(loc);
        let src = match read_text(&dir.join(format!("{loc}.md")), dir) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if required {
                    diags.push(Diagnostic::error(&rel, None, "this required translation is missing"));
                }
                continue;
            }
            Err(e) => {
                diags.push(Diagnostic::error(&rel, None, format!("cannot read: {e}")));
                continue;
            }
        };
        let Some(text) = parse_locale_file(&rel, loc, &src, diags) else { continue };
        // A partial locale (Leichte Sprache) may leave steps to German, but when it is required
        // it must at least carry the summary and the takeaway.
        let missing = |d: &mut Vec<Diagnostic>, line: Option<usize>, m: String, essential: bool| {
            if required && (!partial || essential) {
                d.push(Diagnostic::error(&rel, line, m));
            } else if !partial {
                d.push(Diagnostic::warning(&rel, line, m));
            }
        };
        if text.translation_of > revision {
            diags.push(Diagnostic::error(&rel, Some(1), format!("translation_of = {} but lesson.toml is only at revision {revision}", text.translation_of)));
        } else if text.translation_of < revision && text.translation_of > 0 {
            diags.push(Diagnostic::warning(&rel, Some(1), format!("out of date: translates revision {} of {revision}", text.translation_of)));
        }
        for (id, st) in &text.steps {
            if !steps.iter().any(|s| &s.id == id) {
                diags.push(Diagnostic::error(&rel, Some(st.line), format!("step '{id}' is not in lesson.toml")));
            }
        }
        for step in steps {
            let Some(st) = text.steps.get(&step.id) else {
                let essential = matches!(step.kind, StepKind::Read { role: Some(ReadRole::Summary | ReadRole::Takeaway) });
                missing(diags, None, format!("step '{}' has no '@step {}' block", step.id, step.id), essential);
                continue;
            };
            if st.body.is_empty() {
                diags.push(Diagnostic::error(&rel, Some(st.line), format!("step '{}' has no text", step.id)));
            }
            check_links(&rel, st, dir, course, diags);
            match &step.kind {
                StepKind::Quiz(q) => {
                    for o in &q.options {
                        match st.options.get(o) {
                            None => diags.push(Diagnostic::error(&rel, Some(st.line), format!("quiz '{}': option '{o}' has no '@option {o}' block", step.id))),
                            Some(ot) => {
                                if ot.text.is_empty() {
                                    diags.push(Diagnostic::error(&rel, Some(ot.line), format!("quiz '{}': option '{o}' has no text", step.id)));
                                }
                                if ot.feedback.is_empty() {
                                    diags.push(Diagnostic::error(&rel, Some(ot.line), format!("quiz '{}': option '{o}' has no '@feedback {o}'", step.id)));
                                }
                            }
                        }
                    }
                    for (o, ot) in &st.options {
                        if !q.options.contains(o) {
                            diags.push(Diagnostic::error(&rel, Some(ot.line), format!("quiz '{}': option '{o}' is not in lesson.toml", step.id)));
                        }
                    }
                }
                _ => {
                    if let Some((o, ot)) = st.options.iter().next() {
                        diags.push(Diagnostic::error(&rel, Some(ot.line), format!("step '{}' is not a quiz, but has '@option {o}'", step.id)));
                    }
                }
            }
        }
        texts.insert(loc.to_string(), text);
    }
    texts
}

/// `teachers.<locale>.md`: plain Markdown, required where the lesson text is fully required.
fn load_teacher_notes(ctx: &LessonCtx<'_>, slug: &str, dir: &Path, diags: &mut Vec<Diagnostic>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for loc in known_locales() {
        let name = format!("teachers.{loc}.md");
        let rel = PathBuf::from(slug).join(&name);
        let required = ctx.course.required_locales.iter().any(|r| r == loc) && !ctx.partial.contains(loc);
        match read_text(&dir.join(&name), dir) {
            Ok(text) if text.trim().is_empty() => diags.push(Diagnostic::error(&rel, None, "the teachers' page is empty")),
            Ok(text) => {
                out.insert(loc.to_string(), text);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if required {
                    diags.push(Diagnostic::error(&rel, None, "the teachers' page is missing"));
                }
            }
            Err(e) => diags.push(Diagnostic::error(&rel, None, format!("cannot read: {e}"))),
        }
    }
    out
}

/// Glossary links must name a term; pictures must be files next to the lesson.
fn check_links(rel: &Path, st: &StepText, dir: &Path, course: &Course, diags: &mut Vec<Diagnostic>) {
    let texts = std::iter::once(&st.body).chain(st.options.values().flat_map(|o| [&o.text, &o.feedback]));
    for text in texts {
        for (target, is_image) in super::render::link_targets(text) {
            if let Some(term) = target.strip_prefix("glossary:") {
                let known = course.glossary.get(&course.source_locale).is_some_and(|g| g.contains_key(term));
                if !known {
                    diags.push(Diagnostic::error(rel, Some(st.line), format!("glossary link to '{term}', which lessons/glossary/{}.md does not define", course.source_locale)));
                }
            } else if is_image {
                if let Err(m) = super::render::image_file(dir, &target) {
                    diags.push(Diagnostic::error(rel, Some(st.line), format!("picture '{target}': {m}")));
                }
            }
        }
    }
}

fn load_presets(root: &Path, diags: &mut Vec<Diagnostic>) -> BTreeMap<String, BTreeMap<String, toml::Table>> {
    let mut presets: BTreeMap<String, BTreeMap<String, toml::Table>> = BTreeMap::new();
    let dir = root.join("presets");
    let Ok(entries) = std::fs::read_dir(&dir) else { return presets };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect();
    files.sort();
    for path in files {
        let rel = PathBuf::from("presets").join(path.file_name().unwrap_or_default());
        let src = match read_text(&path, &dir) {
            Ok(s) => s,
            Err(e) => {
                diags.push(Diagnostic::error(&rel, None, format!("cannot read: {e}")));
                continue;
            }
        };
        let table: toml::Table = match toml::from_str(&src) {
            Ok(t) => t,
            Err(e) => {
                diags.push(toml_error(&rel, &src, &e));
                continue;
            }
        };
        for (demo, value) in table {
            if !KNOWN_DEMOS.contains(&demo.as_str()) {
                diags.push(Diagnostic::error(&rel, None, format!("unknown demo '{demo}' (known: {})", KNOWN_DEMOS.join(", "))));
                continue;
            }
            let toml::Value::Table(named) = value else {
                diags.push(Diagnostic::error(&rel, None, format!("'{demo}' must hold tables: [{demo}.<preset-name>]")));
                continue;
            };
            for (name, settings) in named {
                let toml::Value::Table(settings) = settings else {
                    diags.push(Diagnostic::error(&rel, None, format!("'{demo}.{name}' must be a table of settings")));
                    continue;
                };
                if presets.entry(demo.clone()).or_default().insert(name.clone(), settings).is_some() {
                    diags.push(Diagnostic::error(&rel, None, format!("preset '{demo}.{name}' is defined twice")));
                }
            }
        }
    }
    presets
}

fn load_glossary(root: &Path, required: &[String], diags: &mut Vec<Diagnostic>) -> BTreeMap<String, BTreeMap<String, GlossaryEntry>> {
    let mut out = BTreeMap::new();
    for loc in known_locales() {
        let rel = PathBuf::from("glossary").join(format!("{loc}.md"));
        let src = match read_text(&root.join(&rel), root) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                diags.push(Diagnostic::error(&rel, None, format!("cannot read: {e}")));
                continue;
            }
        };
        let Some(file) = parse_directives(&rel, &src, diags) else { continue };
        let mut terms = BTreeMap::new();
        for b in file.blocks {
            if b.kind != "term" {
                diags.push(Diagnostic::error(&rel, Some(b.line), format!("'@{}' does not belong in a glossary (use '@term')", b.kind)));
                continue;
            }
            let (term, body) = b.body.split_once('\n').unwrap_or((b.body.as_str(), ""));
            if term.trim().is_empty() || body.trim().is_empty() {
                diags.push(Diagnostic::error(&rel, Some(b.line), format!("term '{}' needs its name on the first line and an explanation below", b.id)));
                continue;
            }
            if terms.insert(b.id.clone(), GlossaryEntry { term: term.trim().to_string(), body: body.trim().to_string() }).is_some() {
                diags.push(Diagnostic::error(&rel, Some(b.line), format!("term '{}' is defined twice", b.id)));
            }
        }
        out.insert(loc.to_string(), terms);
    }
    if let Some(source) = out.get("en") {
        for (loc, terms) in &out {
            let rel = PathBuf::from("glossary").join(format!("{loc}.md"));
            for id in source.keys().filter(|id| !terms.contains_key(*id)) {
                let msg = format!("term '{id}' is missing");
                if required.contains(loc) {
                    diags.push(Diagnostic::error(&rel, None, msg));
                } else {
                    diags.push(Diagnostic::warning(&rel, None, msg));
                }
            }
        }
    }
    out
}

fn load_published(root: &Path, diags: &mut Vec<Diagnostic>) -> Published {
    let rel = PathBuf::from("published.toml");
    match read_text(&root.join(&rel), root) {
        Ok(src) => toml::from_str(&src).unwrap_or_else(|e| {
            diags.push(toml_error(&rel, &src, &e));
            Published::default()
        }),
        Err(_) => Published::default(),
    }
}

/// Every uuid of the loaded course keyed as `published.toml` keys them (`slug`, `slug/step`).
pub fn published_uuids(course: &Course) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in &course.lessons {
        if let LessonEntry::Ready(l) = e {
            out.insert(l.slug.clone(), l.uuid.to_string());
            for s in &l.steps {
                out.insert(format!("{}/{}", l.slug, s.id), s.uuid.to_string());
            }
        }
    }
    out
}
