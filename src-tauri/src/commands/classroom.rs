//! The classroom and library rules: the device mode, the admin PIN and the teacher's session,
//! the class list and its sign-in secrets. The rules are klar-core's.

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::classroom::{DeviceMode, LearnerSecret, ModeView, SecretSetView};
use klar_core::report::TeacherOverview;
use klar_core::session::Bootstrap;
use tauri::State;

#[tauri::command]
pub async fn mode_status(state: State<'_, Shared>) -> Result<ModeView, IpcError> {
    state.run(|app| app.device_mode()).await
}

/// Chooses the mode: at first start with a new PIN; later with the current admin PIN (`admin_pin`)
/// and, optionally, a new one (`KlarApp::choose_mode_with_pin`).
#[tauri::command]
pub async fn mode_choose(
    state: State<'_, Shared>,
    mode: DeviceMode,
    admin_pin: Option<String>,
    new_pin: Option<String>,
) -> Result<Bootstrap, IpcError> {
    let os = state.os_locale.clone();
    state.run(move |app| app.choose_mode_with_pin(mode, admin_pin, new_pin, &os)).await
}

#[tauri::command]
pub async fn teacher_unlock(state: State<'_, Shared>, pin: String) -> Result<TeacherOverview, IpcError> {
    state.run(move |app| app.admin_unlock(&pin).and_then(|_| app.teacher_overview())).await
}

/// Leaves teacher mode; the reply is the start screen's (with the learners just added).
#[tauri::command]
pub async fn teacher_lock(state: State<'_, Shared>) -> Result<Bootstrap, IpcError> {
    let os = state.os_locale.clone();
    state
        .run(move |app| {
            app.admin_lock();
            app.bootstrap(&os)
        })
        .await
}

#[tauri::command]
pub async fn teacher_add_learner(state: State<'_, Shared>, name: String, avatar: String) -> Result<TeacherOverview, IpcError> {
    state.run(move |app| app.create_learner(&name, &avatar).and_then(|_| app.teacher_overview())).await
}

#[tauri::command]
pub async fn teacher_delete_learner(state: State<'_, Shared>, id: i64) -> Result<TeacherOverview, IpcError> {
    state.run(move |app| app.delete_learner(id).and_then(|()| app.teacher_overview())).await
}

#[tauri::command]
pub async fn teacher_class_sign_in(state: State<'_, Shared>, required: bool) -> Result<TeacherOverview, IpcError> {
    state.run(move |app| app.set_class_sign_in(required).and_then(|_| app.teacher_overview())).await
}

/// Minutes without activity after which a named learner is signed out (1 to 240).
#[tauri::command]
pub async fn teacher_set_learner_idle(state: State<'_, Shared>, minutes: i64) -> Result<TeacherOverview, IpcError> {
    state.run(move |app| app.set_learner_idle_minutes(minutes).and_then(|_| app.teacher_overview())).await
}

/// A new admin PIN (6 to 8 digits), e.g. when the teacher view asks for a longer one.
#[tauri::command]
pub async fn teacher_change_pin(state: State<'_, Shared>, pin: String) -> Result<TeacherOverview, IpcError> {
    state.run(move |app| app.change_admin_pin(&pin).and_then(|_| app.teacher_overview())).await
}

/// Sets (or with None removes) a learner's picture password or PIN; a picture password comes
/// back with its printable card, the only time it can be shown.
#[tauri::command]
pub async fn teacher_set_secret(state: State<'_, Shared>, id: i64, secret: Option<LearnerSecret>) -> Result<SecretSetView, IpcError> {
    state.run(move |app| app.set_learner_secret(id, secret)).await
}
