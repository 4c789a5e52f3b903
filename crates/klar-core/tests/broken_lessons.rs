//! The broken-lesson corpus (tests/fixtures/lessons/broken): each case must give its own clear
//! error with file and line, never a panic, and must not stop the good lesson beside it.

use klar_core::lessons::{load_course, LessonEntry};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &target)?;
        } else if e.file_name() != "expect.toml" {
            std::fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

#[derive(serde::Deserialize)]
struct Expect {
    file: String,
    line: Option<usize>,
    contains: String,
}

#[test]
fn every_broken_case_gives_its_clear_error_and_the_rest_still_loads() -> Result<(), Box<dyn std::error::Error>> {
    let corpus = fixtures().join("lessons/broken");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&corpus)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    cases.sort();
    assert!(cases.len() >= 20, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let expect: Expect = toml::from_str(&std::fs::read_to_string(case.join("expect.toml"))?)?;
        let tmp = tempfile::tempdir()?;
        copy_dir(&fixtures().join("lessons/base/good"), &tmp.path().join("good"))?;
        copy_dir(case, tmp.path())?;
        // A case may bring its own course.toml (to require other locales).
        if !case.join("course.toml").exists() {
            std::fs::write(
                tmp.path().join("course.toml"),
                "source_locale = \"en\"\nrequired_locales = [\"en\", \"de\"]\nlessons = [\"good\", \"broken\"]\n",
            )?;
        }
        let root = tmp.path().to_path_buf();
        let loaded = match std::panic::catch_unwind(move || load_course(&root)) {
            Ok(l) => l,
            Err(_) => {
                failures.push(format!("{name}: the loader panicked"));
                continue;
            }
        };
        let found = loaded.errors().any(|d| {
            d.file == Path::new(&expect.file)
                && (expect.line.is_none() || d.line == expect.line)
                && d.message.contains(&expect.contains)
        });
        if !found {
            let got: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
            failures.push(format!("{name}: expected an error in {}:{:?} containing {:?}; got {got:#?}", expect.file, expect.line, expect.contains));
        }
        match loaded.course.lessons.first() {
            Some(LessonEntry::Ready(l)) if l.slug == "good" => {}
            other => failures.push(format!("{name}: the good lesson did not load: {other:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    Ok(())
}

#[test]
fn a_broken_lesson_is_unavailable_with_a_reason() -> Result<(), Box<dyn std::error::Error>> {
    let tmp = tempfile::tempdir()?;
    copy_dir(&fixtures().join("lessons/base/good"), &tmp.path().join("good"))?;
    copy_dir(&fixtures().join("lessons/broken/toml-syntax"), tmp.path())?;
    std::fs::write(tmp.path().join("course.toml"), "source_locale = \"en\"\nlessons = [\"good\", \"broken\"]\n")?;
    let loaded = load_course(tmp.path());
    match &loaded.course.lessons[1] {
        LessonEntry::Unavailable { slug, reason } => {
            assert_eq!(slug, "broken");
            assert!(reason.contains("lesson.toml"), "{reason}");
        }
        other => panic!("expected unavailable, got {other:?}"),
    }
    Ok(())
}

#[test]
fn a_huge_lesson_file_is_refused_without_reading_it_whole() -> Result<(), Box<dyn std::error::Error>> {
    let tmp = tempfile::tempdir()?;
    copy_dir(&fixtures().join("lessons/base/good"), &tmp.path().join("good"))?;
    let f = std::fs::File::create(tmp.path().join("good/en.md"))?;
    f.set_len(64 * 1024 * 1024)?;
    std::fs::write(tmp.path().join("course.toml"), "source_locale = \"en\"\nlessons = [\"good\"]\n")?;
    let loaded = load_course(tmp.path());
    assert!(loaded.errors().any(|d| d.message.contains("limit")), "{:?}", loaded.diagnostics);
    Ok(())
}

#[test]
fn fluent_syntax_errors_name_their_line() {
    let rel = Path::new("tests/fixtures/locales/broken.ftl");
    let src = std::fs::read_to_string(fixtures().join("locales/broken.ftl")).unwrap_or_default();
    let mut diags = Vec::new();
    let ids = klar_core::i18n::check_ftl(rel, &src, &mut diags);
    assert!(ids.contains(&"good-message".to_string()) && ids.contains(&"another-good".to_string()), "{ids:?}");
    let lines: Vec<Option<usize>> = diags.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![Some(3), Some(4)], "{diags:#?}");
}
