//! The broken-lesson corpus (tests/fixtures/lessons/broken): each case must give its own clear
//! error with file and line, never a panic, and must not stop the good lesson beside it.

use klar_core::course::{load_course, LessonEntry};
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

/// The good lesson in a fresh lessons folder, with a picture `pic.png` in its first step.
fn good_course_with_picture() -> Result<tempfile::TempDir, Box<dyn std::error::Error>> {
    let tmp = tempfile::tempdir()?;
    copy_dir(&fixtures().join("lessons/base/good"), &tmp.path().join("good"))?;
    let en = std::fs::read_to_string(tmp.path().join("good/en.md"))?;
    let en = en.replacen("Spam filters learn from examples.", "Spam filters learn from examples.\n\n![A filter](pic.png)", 1);
    std::fs::write(tmp.path().join("good/en.md"), en)?;
    std::fs::write(tmp.path().join("good/pic.png"), "PNG")?;
    std::fs::write(tmp.path().join("course.toml"), "source_locale = \"en\"\nlessons = [\"good\"]\n")?;
    Ok(tmp)
}

/// Loads the course apart from the test, so that a loader that hangs on a pipe or reads a device
/// without end fails the test instead of hanging the run (the wait is a failure signal only).
fn load_apart(root: &Path) -> Result<klar_core::course::LoadedCourse, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        // A test that gave up waiting has dropped the receiver; nothing is lost then.
        let _ = tx.send(load_course(&root));
    });
    rx.recv_timeout(std::time::Duration::from_secs(60)).map_err(|_| "the loader did not come back: it waits on a pipe or reads without end".to_string())
}

fn has_error(loaded: &klar_core::course::LoadedCourse, file: &str, contains: &str) -> bool {
    loaded.errors().any(|d| d.file == Path::new(file) && d.message.contains(contains))
}

#[test]
#[cfg(unix)]
fn lesson_files_linked_outside_the_lesson_folder_are_refused() -> Result<(), Box<dyn std::error::Error>> {
    let tmp = good_course_with_picture()?;
    let outside = tempfile::tempdir()?;
    std::fs::rename(tmp.path().join("good/de.md"), outside.path().join("de.md"))?;
    std::os::unix::fs::symlink(outside.path().join("de.md"), tmp.path().join("good/de.md"))?;
    std::fs::write(outside.path().join("private.png"), "PRIVATE")?;
    std::fs::remove_file(tmp.path().join("good/pic.png"))?;
    std::os::unix::fs::symlink(outside.path().join("private.png"), tmp.path().join("good/pic.png"))?;
    let loaded = load_apart(tmp.path())?;
    assert!(has_error(&loaded, "good/de.md", "outside the lesson folder"), "{:#?}", loaded.diagnostics);
    assert!(has_error(&loaded, "good/en.md", "picture 'pic.png': it is a link to a file outside the lesson folder"), "{:#?}", loaded.diagnostics);
    Ok(())
}

#[test]
#[cfg(unix)]
fn lesson_files_linked_to_a_device_are_refused_without_reading_it() -> Result<(), Box<dyn std::error::Error>> {
    let tmp = good_course_with_picture()?;
    std::fs::remove_file(tmp.path().join("good/de.md"))?;
    std::os::unix::fs::symlink("/dev/zero", tmp.path().join("good/de.md"))?;
    std::fs::remove_file(tmp.path().join("good/pic.png"))?;
    std::os::unix::fs::symlink("/dev/zero", tmp.path().join("good/pic.png"))?;
    let loaded = load_apart(tmp.path())?;
    assert!(has_error(&loaded, "good/de.md", "outside the lesson folder"), "{:#?}", loaded.diagnostics);
    assert!(has_error(&loaded, "good/en.md", "picture 'pic.png'"), "{:#?}", loaded.diagnostics);
    Ok(())
}

#[test]
#[cfg(unix)]
fn named_pipes_in_a_lesson_folder_are_refused_without_waiting() -> Result<(), Box<dyn std::error::Error>> {
    let tmp = good_course_with_picture()?;
    for name in ["de.md", "pic.png"] {
        let path = tmp.path().join("good").join(name);
        std::fs::remove_file(&path)?;
        let made = std::process::Command::new("mkfifo").arg(&path).status()?;
        assert!(made.success(), "mkfifo {name}");
    }
    let loaded = load_apart(tmp.path())?;
    assert!(has_error(&loaded, "good/de.md", "not a regular file"), "{:#?}", loaded.diagnostics);
    assert!(has_error(&loaded, "good/en.md", "picture 'pic.png': it is not a regular file"), "{:#?}", loaded.diagnostics);
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
