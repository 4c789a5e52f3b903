//! The window's commands through Tauri's own IPC with the real configuration and capabilities
//! (tauri.conf.json, capabilities/main.json), on the mock runtime.

use klar_core::app::KlarApp;
use klar_core::lessons::load_course;
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
    let app = klar_app::with_commands(mock_builder())
        .manage(klar_app::shared_state(core, "de_DE.UTF-8"))
        .manage(klar_app::lab::Lab::start(vec![dir.join("models")]))
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
