//! The window's commands through Tauri's own IPC with the real configuration and capabilities
//! (tauri.conf.json, capabilities/main.json), on the mock runtime.

use klar_core::app::KlarApp;
use klar_core::course::load_course;
use klar_core::storage::Storage;
use klar_core::FixedClock;
use std::path::Path;
use std::sync::Arc;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

fn window(dir: &Path) -> Result<(tauri::App<MockRuntime>, WebviewWindow<MockRuntime>), Box<dyn std::error::Error>> {
    let course = load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../lessons")).course;
    let storage = Storage::open(&dir.join("klar.sqlite"), Arc::new(FixedClock::new(1_770_000_000_000)))?;
    let core = KlarApp::new(course, storage)?;
    let shared = klar_app::shared_state(core, "de_DE.UTF-8");
    let lab = klar_app::lab_for(&shared, vec![dir.join("models")]);
    let app = klar_app::with_commands(mock_builder())
        .manage(shared)
        .manage(lab)
        .build(tauri::generate_context!())?;
    let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build()?;
    Ok((app, w))
}

fn invoke(w: &WebviewWindow<MockRuntime>, cmd: &str, args: serde_json::Value) -> Result<serde_json::Value, serde_json::Value> {
    get_ipc_response(
        w,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().map_err(|_| serde_json::Value::Null)?,
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<serde_json::Value>().unwrap_or_default())
}

#[test]
fn a_learner_answers_through_the_real_ipc() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    let boot = invoke(&w, "app_bootstrap", serde_json::json!({})).map_err(|e| e.to_string())?;
    assert_eq!(boot["needs_language"], true);
    assert_eq!(boot["settings"]["locale"], "de", "the OS language is preselected");
    invoke(&w, "settings_update", serde_json::json!({"patch": {"locale": "de"}})).map_err(|e| e.to_string())?;
    let me = invoke(&w, "learners_create", serde_json::json!({"name": "Noah", "avatar": "wave"})).map_err(|e| e.to_string())?;
    assert_eq!(me["display_name"], "Noah");
    let cards = invoke(&w, "course_overview", serde_json::json!({})).map_err(|e| e.to_string())?;
    let uuid = cards[0]["uuid"].as_str().ok_or("no lesson")?.to_string();
    let lesson = invoke(&w, "lesson_open", serde_json::json!({"lessonUuid": uuid})).map_err(|e| e.to_string())?;
    assert!(lesson["steps"].as_array().is_some_and(|s| s.len() > 5));
    Ok(())
}

#[test]
fn errors_cross_as_code_and_localized_message() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    invoke(&w, "settings_update", serde_json::json!({"patch": {"locale": "de"}})).map_err(|e| e.to_string())?;
    let err = invoke(&w, "learners_create", serde_json::json!({"name": "   ", "avatar": "wave"})).err().ok_or("an empty name was accepted")?;
    assert_eq!(err["code"], "invalid_input");
    assert!(err["message"].as_str().is_some_and(|m| m.starts_with("Das hat nicht geklappt")), "{err}");
    Ok(())
}

#[test]
fn the_page_may_say_it_has_saved_before_the_window_closes() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    // Granted by the capability; with no close waiting it does nothing.
    invoke(&w, "app_close_ready", serde_json::json!({})).map_err(|e| e.to_string())?;
    Ok(())
}

#[test]
fn commands_outside_the_capability_are_refused() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    for cmd in ["plugin:fs|read_file", "plugin:shell|execute", "plugin:http|fetch", "not_a_command"] {
        assert!(invoke(&w, cmd, serde_json::json!({})).is_err(), "{cmd} was allowed");
    }
    Ok(())
}

#[test]
fn the_lab_explains_a_missing_model_and_says_where_it_belongs() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    let status = invoke(&w, "lab_status", serde_json::json!({})).map_err(|e| e.to_string())?;
    assert_eq!(status["model"]["file"], serde_json::Value::Null);
    assert_eq!(status["loaded"], false);
    assert_eq!(status["levels"].as_array().map(Vec::len), Some(4));
    let args = serde_json::json!({"prompt": "Hello", "picked": [], "temperature": 1.0, "onEvent": "__CHANNEL__:7"});
    let err = invoke(&w, "lab_next_tokens", args).err().ok_or("a missing model was not reported")?;
    assert_eq!(err["code"], "lab_model_missing");
    let folder = dir.path().join("models").display().to_string();
    assert!(err["message"].as_str().is_some_and(|m| m.contains(&folder)), "{err}");
    // Stop with nothing running is harmless; the capability grants it.
    invoke(&w, "lab_stop", serde_json::json!({})).map_err(|e| e.to_string())?;
    Ok(())
}

fn ok(r: Result<serde_json::Value, serde_json::Value>) -> Result<serde_json::Value, String> {
    r.map_err(|e| e.to_string())
}

/// The dialog overrides are process-wide variables: tests that set them take turns.
fn env_turn() -> std::sync::MutexGuard<'static, ()> {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    TURN.lock().unwrap_or_else(|p| p.into_inner())
}

#[test]
fn a_classroom_is_chosen_with_a_pin_and_its_teacher_adds_the_class() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    let mode = ok(invoke(&w, "mode_status", serde_json::json!({})))?;
    assert_eq!(mode["mode"], serde_json::Value::Null, "nothing is chosen before the first start");
    // A classroom needs an admin PIN.
    let err = invoke(&w, "mode_choose", serde_json::json!({"mode": "classroom", "adminPin": null, "newPin": null}))
        .err()
        .ok_or("a classroom without a PIN was accepted")?;
    assert_eq!(err["code"], "invalid_input");
    let err = invoke(&w, "mode_choose", serde_json::json!({"mode": "classroom", "adminPin": null, "newPin": "2468"}))
        .err()
        .ok_or("a 4-digit admin PIN was accepted")?;
    assert_eq!(err["code"], "invalid_input");
    let boot = ok(invoke(&w, "mode_choose", serde_json::json!({"mode": "classroom", "adminPin": null, "newPin": "246813"})))?;
    assert_eq!(boot["mode"], "classroom");
    // Whoever set it up stays the teacher for now and adds learners.
    let (report, _, mode, sign_ins) = {
        let o = ok(invoke(&w, "teacher_add_learner", serde_json::json!({"name": "Mia", "avatar": "wave"})))?;
        (o["report"].clone(), o["difficult"].clone(), o["mode"].clone(), o["sign_ins"].clone())
    };
    assert_eq!(mode["admin_unlocked"], true);
    assert_eq!(mode["sign_in_required"], true, "sign-in is on by default");
    assert_eq!(report["rows"].as_array().map(Vec::len), Some(1));
    assert_eq!(report["rows"][0]["texts"][0], "Mia");
    assert_eq!(sign_ins["learners"][0]["secret"], "none", "the teacher sees that Mia has no PIN yet");
    let id = sign_ins["learners"][0]["learner_id"].clone();
    ok(invoke(&w, "teacher_set_secret", serde_json::json!({"id": id, "secret": {"kind": "pin", "value": "1357"}})))?;
    // Leaving the teacher view: the class list shows Mia, and teacher commands are refused.
    let boot = ok(invoke(&w, "teacher_lock", serde_json::json!({})))?;
    assert_eq!(boot["learners"][0]["display_name"], "Mia");
    let err = invoke(&w, "teacher_overview", serde_json::json!({})).err().ok_or("the teacher view opened without the PIN")?;
    assert_eq!(err["code"], "admin_required");
    let err = invoke(&w, "learners_create", serde_json::json!({"name": "Eve", "avatar": "wave"})).err().ok_or("a learner added herself")?;
    assert_eq!(err["code"], "admin_required");
    // A learner picks her name and enters her PIN.
    let err = invoke(&w, "learners_sign_in", serde_json::json!({"id": id, "secret": null})).err().ok_or("a name was enough")?;
    assert_eq!(err["code"], "invalid_input");
    let me = ok(invoke(&w, "learners_sign_in", serde_json::json!({"id": id, "secret": {"kind": "pin", "value": "1357"}})))?;
    assert_eq!(me["display_name"], "Mia");
    Ok(())
}

#[test]
fn five_wrong_admin_pins_lock_the_teacher_view() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    ok(invoke(&w, "mode_choose", serde_json::json!({"mode": "classroom", "newPin": "135790"})))?;
    ok(invoke(&w, "teacher_lock", serde_json::json!({})))?;
    for left in (1..=4).rev() {
        let err = invoke(&w, "teacher_unlock", serde_json::json!({"pin": "0000"})).err().ok_or("a wrong PIN opened the view")?;
        assert_eq!(err["code"], "admin_pin_wrong");
        assert!(err["details"].as_str().is_some_and(|m| m.contains(&format!("{left} tries left"))), "{err}");
    }
    let err = invoke(&w, "teacher_unlock", serde_json::json!({"pin": "0000"})).err().ok_or("the fifth wrong PIN")?;
    assert_eq!(err["code"], "locked");
    // Locked: even the right PIN waits, and the message says how long.
    let err = invoke(&w, "teacher_unlock", serde_json::json!({"pin": "135790"})).err().ok_or("the lock was ignored")?;
    assert_eq!(err["code"], "locked");
    assert!(err["message"].as_str().is_some_and(|m| m.contains("60 seconds")), "{err}");
    Ok(())
}

#[test]
fn a_hostile_progress_file_is_refused_with_its_code_and_nothing_changes() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    ok(invoke(&w, "mode_choose", serde_json::json!({"mode": "classroom", "newPin": "135790"})))?;
    ok(invoke(&w, "teacher_add_learner", serde_json::json!({"name": "Mia", "avatar": "wave"})))?;
    let _turn = env_turn();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("not-klar.json", br#"{"hello": "world"}"#.to_vec(), "import_not_klar"),
        ("broken.json", b"{\"format\": \"klar-progress\", \"version\": 1, \"learners\": [".to_vec(), "import_corrupt"),
        ("huge.json", vec![b' '; klar_core::transfer::MAX_FILE_BYTES + 1], "import_too_large"),
    ];
    for (name, bytes, code) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes)?;
        // The test-only override stands in for the open dialog (tests run one process each file).
        std::env::set_var("KLAR_IMPORT_FILE", &file);
        let err = invoke(&w, "progress_import", serde_json::json!({})).err().ok_or(format!("{name} was imported"))?;
        assert_eq!(err["code"], code, "{name}: {err}");
    }
    std::env::remove_var("KLAR_IMPORT_FILE");
    let o = ok(invoke(&w, "teacher_overview", serde_json::json!({})))?;
    assert_eq!(o["report"]["rows"].as_array().map(Vec::len), Some(1), "the class is unchanged");
    Ok(())
}

#[test]
fn an_import_is_previewed_and_lands_only_with_its_token_once() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    ok(invoke(&w, "mode_choose", serde_json::json!({"mode": "classroom", "newPin": "135713"})))?;
    ok(invoke(&w, "teacher_add_learner", serde_json::json!({"name": "Mia", "avatar": "wave"})))?;
    let t = 1_769_000_000_000_i64;
    let file = dir.path().join("class.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "format": "klar-progress", "version": 1, "kind": "class", "exported_ms": t, "device": "Room 7",
            "learners": [{
                "uuid": "0b7c8f8e-1111-4a8e-9a1e-000000000001", "display_name": "Mia", "avatar": "sun",
                "created_ms": t, "last_active_ms": t,
                "progress": [{
                    "lesson_uuid": "5a000000-0000-4000-8000-000000000001", "current_step_uuid": null,
                    "started_ms": t, "completed_ms": t, "updated_ms": t, "seconds_spent": 60
                }],
                "answers": [], "reflections": []
            }]
        })
        .to_string(),
    )?;
    let rows = |w: &WebviewWindow<MockRuntime>| -> Result<usize, String> {
        Ok(ok(invoke(w, "teacher_overview", serde_json::json!({})))?["report"]["rows"].as_array().map_or(0, Vec::len))
    };
    let preview = {
        let _turn = env_turn();
        std::env::set_var("KLAR_IMPORT_FILE", &file);
        let p = ok(invoke(&w, "progress_import", serde_json::json!({})));
        std::env::remove_var("KLAR_IMPORT_FILE");
        p?
    };
    assert_eq!(preview["learners_added"], 1);
    assert_eq!(preview["learners"][0]["look_alike"], true, "a second Mia who is someone else: {preview}");
    assert_eq!(preview["learners"][0]["other_lessons_completed"], 1);
    assert_eq!(rows(&w)?, 1, "the preview changed nothing");
    let token = preview["token"].as_str().ok_or("no token")?.to_string();

    let err = invoke(&w, "progress_import_confirm", serde_json::json!({"token": "guessed"})).err().ok_or("a guessed token")?;
    assert_eq!(err["code"], "import_expired");
    let summary = ok(invoke(&w, "progress_import_confirm", serde_json::json!({"token": token})))?;
    assert_eq!(summary["learners_added"], 1);
    assert_eq!(summary["device"], "Room 7");
    assert_eq!(rows(&w)?, 2);
    let err = invoke(&w, "progress_import_confirm", serde_json::json!({"token": token})).err().ok_or("used twice")?;
    assert_eq!(err["code"], "import_expired");

    // Cancel forgets the file.
    let preview = {
        let _turn = env_turn();
        std::env::set_var("KLAR_IMPORT_FILE", &file);
        let p = ok(invoke(&w, "progress_import", serde_json::json!({})));
        std::env::remove_var("KLAR_IMPORT_FILE");
        p?
    };
    let token = preview["token"].as_str().ok_or("no token")?.to_string();
    ok(invoke(&w, "progress_import_cancel", serde_json::json!({"token": token})))?;
    let err = invoke(&w, "progress_import_confirm", serde_json::json!({"token": token})).err().ok_or("confirmed after cancel")?;
    assert_eq!(err["code"], "import_expired");
    Ok(())
}

#[test]
fn the_csv_export_writes_the_table_into_the_export_folder() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    ok(invoke(&w, "mode_choose", serde_json::json!({"mode": "classroom", "newPin": "135790"})))?;
    let o = ok(invoke(&w, "teacher_add_learner", serde_json::json!({"name": "=Mia", "avatar": "wave"})))?;
    let _turn = env_turn();
    std::env::set_var("KLAR_EXPORT_DIR", out.path());
    let name = ok(invoke(&w, "report_export_csv", serde_json::json!({})))?;
    std::env::remove_var("KLAR_EXPORT_DIR");
    assert_eq!(name, "klar-class-report.csv", "only the file's name comes back, never a path");
    let csv = std::fs::read_to_string(out.path().join("klar-class-report.csv"))?;
    let header: Vec<String> = o["report"]["header"].as_array().ok_or("header")?.iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    assert!(csv.starts_with('\u{feff}'), "a BOM for spreadsheet programs");
    assert!(csv.contains(&header[1]), "{csv}");
    assert!(csv.contains("'=Mia"), "a formula-like name is defused: {csv}");
    Ok(())
}

#[test]
fn a_library_pc_shows_no_names_and_refuses_learners() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    ok(invoke(&w, "learners_create", serde_json::json!({"name": "Earlier", "avatar": "wave"})))?;
    let boot = ok(invoke(&w, "mode_choose", serde_json::json!({"mode": "library", "newPin": "135790"})))?;
    assert_eq!(boot["learners"], serde_json::json!([]), "the start screen never shows earlier users");
    let mode = ok(invoke(&w, "mode_status", serde_json::json!({})))?;
    assert_eq!(mode["admin_unlocked"], false, "setup is over once the library mode is chosen");
    let err = invoke(&w, "learners_create", serde_json::json!({"name": "Eve", "avatar": "wave"})).err().ok_or("created")?;
    assert_eq!(err["code"], "not_allowed_in_mode");
    ok(invoke(&w, "learners_guest", serde_json::json!({})))?;
    let idle = ok(invoke(&w, "session_idle", serde_json::json!({})))?;
    assert_eq!(idle["state"]["state"], "active");
    ok(invoke(&w, "session_keep_alive", serde_json::json!({})))?;
    Ok(())
}

/// Simple drawings: horizontal lines (class 0) and vertical lines (class 1), a little apart.
fn line_drawings() -> serde_json::Value {
    let mut examples = Vec::new();
    for i in 0..6 {
        let o = 0.1 + 0.1 * i as f32;
        examples.push(serde_json::json!({"class": 0, "strokes": [[[0.1, o], [0.9, o]]]}));
        examples.push(serde_json::json!({"class": 1, "strokes": [[[o, 0.1], [o, 0.9]]]}));
    }
    serde_json::Value::Array(examples)
}

#[test]
fn the_next_library_guest_finds_nothing_of_the_last_one_in_the_lab() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    ok(invoke(&w, "mode_choose", serde_json::json!({"mode": "library", "newPin": "13572468"})))?;
    ok(invoke(&w, "learners_guest", serde_json::json!({})))?;
    // Guest A trains a classifier (no language model needed) and it answers.
    let train = serde_json::json!({
        "classNames": ["lines", "bars"], "examples": line_drawings(), "minPerClass": 3, "onEvent": "__CHANNEL__:11"
    });
    ok(invoke(&w, "lab_classifier_train", train))?;
    let drawing = serde_json::json!({"strokes": [[[0.1, 0.5], [0.9, 0.5]]]});
    let p = ok(invoke(&w, "lab_classifier_predict", drawing.clone()))?;
    assert_eq!(p.as_array().map(Vec::len), Some(2), "A's classifier answers: {p}");

    // A leaves; B sits down. B's lab holds nothing of A's.
    ok(invoke(&w, "learners_sign_out", serde_json::json!({})))?;
    ok(invoke(&w, "learners_guest", serde_json::json!({})))?;
    let err = invoke(&w, "lab_classifier_predict", drawing.clone()).err().ok_or("B used A's classifier")?;
    assert_eq!(err["code"], "lab_invalid_input", "{err}");

    // The same holds when A just walks away and the idle end comes first.
    ok(invoke(&w, "lab_classifier_train", serde_json::json!({
        "classNames": ["lines", "bars"], "examples": line_drawings(), "minPerClass": 3, "onEvent": "__CHANNEL__:12"
    })))?;
    ok(invoke(&w, "lab_classifier_predict", drawing.clone()))?;
    ok(invoke(&w, "learners_select", serde_json::json!({"id": -1})))?;
    ok(invoke(&w, "learners_delete", serde_json::json!({"id": -1})))?;
    ok(invoke(&w, "learners_guest", serde_json::json!({})))?;
    let err = invoke(&w, "lab_classifier_predict", drawing).err().ok_or("the next guest used the classifier")?;
    assert_eq!(err["code"], "lab_invalid_input", "{err}");
    Ok(())
}

#[test]
fn the_teacher_sets_the_learners_idle_time() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let (_app, w) = window(dir.path())?;
    ok(invoke(&w, "mode_choose", serde_json::json!({"mode": "classroom", "newPin": "135790"})))?;
    let o = ok(invoke(&w, "teacher_overview", serde_json::json!({})))?;
    assert_eq!(o["mode"]["learner_idle_minutes"], 15);
    let err = invoke(&w, "teacher_set_learner_idle", serde_json::json!({"minutes": 0})).err().ok_or("0 minutes was accepted")?;
    assert_eq!(err["code"], "invalid_input");
    let o = ok(invoke(&w, "teacher_set_learner_idle", serde_json::json!({"minutes": 20})))?;
    assert_eq!(o["mode"]["learner_idle_minutes"], 20);
    let err = invoke(&w, "teacher_change_pin", serde_json::json!({"pin": "1234"})).err().ok_or("a 4-digit admin PIN was accepted")?;
    assert_eq!(err["code"], "invalid_input");
    ok(invoke(&w, "teacher_change_pin", serde_json::json!({"pin": "24681357"})))?;
    ok(invoke(&w, "teacher_lock", serde_json::json!({})))?;
    let err = invoke(&w, "teacher_set_learner_idle", serde_json::json!({"minutes": 30})).err().ok_or("a learner set the idle time")?;
    assert_eq!(err["code"], "admin_required");
    let mode = ok(invoke(&w, "mode_status", serde_json::json!({})))?;
    assert_eq!(mode["learner_idle_minutes"], 20);
    ok(invoke(&w, "teacher_unlock", serde_json::json!({"pin": "24681357"})))?;
    Ok(())
}

/// The command names a TypeScript file passes to `call(…)` / `call<T>(…)` as a string literal.
fn called_commands(ts: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = ts;
    while let Some(at) = rest.find("call") {
        let before_ok = at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
        rest = &rest[at + 4..];
        if !before_ok {
            continue;
        }
        let mut args = rest;
        if let Some(generic) = args.strip_prefix('<') {
            // Skip the type argument, which may itself hold `<…>`.
            let mut depth = 1;
            let Some(end) = generic.char_indices().find_map(|(i, c)| {
                depth += match c { '<' => 1, '>' => -1, _ => 0 };
                (depth == 0).then_some(i)
            }) else { continue };
            args = &generic[end + 1..];
        }
        let Some(quoted) = args.strip_prefix("('").or_else(|| args.strip_prefix("(\"")) else { continue };
        let name: String = quoted.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
        if !name.is_empty() {
            found.push(name);
        }
    }
    found
}

fn ts_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            ts_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "ts" || e == "svelte") {
            out.push(path);
        }
    }
    Ok(())
}

/// Fails with the names that one side has and the other lacks.
fn same(found: &std::collections::BTreeSet<String>, listed: &std::collections::BTreeSet<String>, place: &str) -> Result<(), String> {
    let missing: Vec<_> = listed.difference(found).collect();
    let extra: Vec<_> = found.difference(listed).collect();
    if missing.is_empty() && extra.is_empty() {
        return Ok(());
    }
    Err(format!("{place} disagrees with src/commands/list.rs: missing {missing:?}, not listed {extra:?}"))
}

#[test]
fn the_command_list_the_capability_and_the_ui_wrappers_agree() -> Result<(), Box<dyn std::error::Error>> {
    use std::collections::BTreeSet;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed: BTreeSet<String> = klar_app::COMMAND_NAMES.iter().map(|s| s.to_string()).collect();
    assert_eq!(listed.len(), klar_app::COMMAND_NAMES.len(), "a command is listed twice in commands/list.rs");

    // The window's capability grants exactly the listed commands.
    let capability: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(root.join("capabilities/main.json"))?)?;
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .ok_or("capabilities/main.json has no permissions")?
        .iter()
        .filter_map(|p| p.as_str())
        .map(|p| p.trim_start_matches("allow-").replace('-', "_"))
        .collect();
    let wanted: BTreeSet<String> = listed.iter().cloned().collect();
    same(&granted, &wanted, "capabilities/main.json (granted)")?;

    // The UI calls commands only through its wrappers in ui/src/lib/ipc/, and those call exactly the list.
    let mut files = Vec::new();
    ts_files(&root.join("../ui/src"), &mut files)?;
    let ipc = root.join("../ui/src/lib/ipc");
    let mut wrapped = BTreeSet::new();
    for file in files.iter().filter(|f| !f.starts_with(ipc.join("bindings"))) {
        let text = std::fs::read_to_string(file)?;
        let called = called_commands(&text);
        if file.starts_with(&ipc) {
            wrapped.extend(called);
        } else {
            assert!(called.is_empty(), "{} calls {called:?} directly; use a wrapper in ui/src/lib/ipc/", file.display());
            assert!(!text.contains("invoke("), "{} invokes a command without ui/src/lib/ipc/call.ts", file.display());
        }
    }
    same(&wrapped, &wanted, "ui/src/lib/ipc/ (wrapped)")?;
    Ok(())
}

#[test]
fn the_wrapper_scanner_finds_generic_and_plain_calls() {
    let ts = "export const a = () => call<Map<string, X[]>>('lab_status');\nconst b = call('mode_status', {});\nrecall('nope'); x.call('nope2');";
    assert_eq!(called_commands(ts), vec!["lab_status".to_string(), "mode_status".to_string()]);
}
