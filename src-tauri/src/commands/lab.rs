//! The hands-on lab: every demo action goes to the lab worker (which owns the model); answers
//! stream back over a channel, and `lab_stop` cancels within one token.

use crate::error::IpcError;
use crate::lab::{forward, Lab};
use crate::state::Shared;
use klar_lab::demos::{bias::BiasRow, claims, detector::DetectorReport, injection, next_token::NextTokens, tokens};
use klar_lab::workbench::{ClaimsAnswer, EnergyAnswer, GenerationSettings, InjectionReply, LabEvent, LabStatus, SummaryReply};
use klar_lab::Generation;
use tauri::ipc::Channel;
use tauri::State;

#[tauri::command]
pub fn lab_status(lab: State<'_, Lab>) -> LabStatus {
    LabStatus { model: lab.model_choice(), loaded: lab.is_loaded(), levels: injection::levels() }
}

#[tauri::command]
pub fn lab_stop(lab: State<'_, Lab>) {
    lab.stop();
}

#[tauri::command]
pub async fn lab_next_tokens(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    prompt: String,
    picked: Vec<u32>,
    temperature: f64,
    on_event: Channel<LabEvent>,
) -> Result<NextTokens, IpcError> {
    let r = lab.run(&state, false, move |wb, _| wb.next_tokens(&prompt, &picked, temperature, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_generate(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    prompt: String,
    picked: Vec<u32>,
    settings: GenerationSettings,
    on_event: Channel<LabEvent>,
) -> Result<Generation, IpcError> {
    let r = lab.run(&state, true, move |wb, cancel| wb.continue_text(&prompt, &picked, &settings, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_chat_send(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    system: String,
    message: String,
    settings: GenerationSettings,
    on_event: Channel<LabEvent>,
) -> Result<Generation, IpcError> {
    let r = lab.run(&state, true, move |wb, cancel| wb.chat(&system, &message, &settings, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_chat_reset(state: State<'_, Shared>, lab: State<'_, Lab>) -> Result<(), IpcError> {
    lab.run(&state, false, |wb, _| wb.chat_reset()).await?.ok_or_else(IpcError::lab_stopped)
}

#[tauri::command]
pub async fn lab_tokenize(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    texts: Vec<tokens::LabeledText>,
    on_event: Channel<LabEvent>,
) -> Result<Vec<tokens::TokenizedText>, IpcError> {
    let r = lab.run(&state, false, move |wb, _| wb.tokenize(&texts, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_bias_probe(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    prompts: Vec<String>,
    continuations: Vec<String>,
    on_event: Channel<LabEvent>,
) -> Result<Vec<BiasRow>, IpcError> {
    let r = lab.run(&state, true, move |wb, cancel| wb.bias(&prompts, &continuations, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_detector_score(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    text: String,
    on_event: Channel<LabEvent>,
) -> Result<DetectorReport, IpcError> {
    let r = lab.run(&state, true, move |wb, cancel| wb.detect(&text, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_claims_ask(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    question: String,
    settings: GenerationSettings,
    on_event: Channel<LabEvent>,
) -> Result<ClaimsAnswer, IpcError> {
    let r = lab.run(&state, true, move |wb, cancel| wb.ask_for_claims(&question, &settings, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub fn lab_claims_check(claims: Vec<String>, marks: Vec<claims::ClaimMark>) -> Vec<claims::ClaimCheck> {
    claims::check_invented(&claims, &marks)
}

#[tauri::command]
pub async fn lab_injection_send(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    level: u8,
    message: String,
    settings: GenerationSettings,
    on_event: Channel<LabEvent>,
) -> Result<InjectionReply, IpcError> {
    let r = lab.run(&state, true, move |wb, cancel| wb.injection(level, &message, &settings, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub fn lab_injection_guess(level: u8, guess: String, give_up: bool) -> injection::GuessResult {
    injection::guess(level, &guess, give_up)
}

#[tauri::command]
pub async fn lab_document_summarise(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    document: String,
    markers: Vec<String>,
    settings: GenerationSettings,
    on_event: Channel<LabEvent>,
) -> Result<SummaryReply, IpcError> {
    let r = lab.run(&state, true, move |wb, cancel| wb.summarise(&document, &markers, &settings, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_energy_measure(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    question: String,
    settings: GenerationSettings,
    on_event: Channel<LabEvent>,
) -> Result<EnergyAnswer, IpcError> {
    let r = lab.run(&state, true, move |wb, cancel| wb.energy(&question, &settings, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

/// Privacy highlighter: rules only, no model, so it does not wait for the lab worker.
#[tauri::command]
pub async fn lab_privacy_scan(text: String) -> Result<klar_lab::demos::privacy::PrivacyScan, IpcError> {
    tauri::async_runtime::spawn_blocking(move || klar_lab::demos::privacy::scan(&text))
        .await
        .map_err(|e| IpcError::new("internal", "An unexpected error happened.", e.to_string()))
}

#[tauri::command]
pub async fn lab_classifier_train(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    class_names: Vec<String>,
    examples: Vec<klar_lab::classifier::Example>,
    min_per_class: usize,
    on_event: Channel<LabEvent>,
) -> Result<klar_lab::classifier::TrainReport, IpcError> {
    let r = lab
        .run(&state, true, move |wb, cancel| wb.train_classifier(&class_names, &examples, min_per_class, cancel, &mut forward(on_event)))
        .await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_classifier_predict(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    strokes: Vec<klar_lab::classifier::Stroke>,
) -> Result<Vec<f32>, IpcError> {
    let r = lab.run(&state, false, move |wb, _| wb.predict_drawing(&strokes)).await?;
    state.lab_result(r)
}

/// Drawings are stored only when the learner asks; `key` is the demo preset.
#[tauri::command]
pub async fn lab_drawings_save(state: State<'_, Shared>, key: String, data: String) -> Result<(), IpcError> {
    state.run(move |app| app.save_drawings(&key, &data)).await
}

#[tauri::command]
pub async fn lab_drawings_load(state: State<'_, Shared>, key: String) -> Result<Option<String>, IpcError> {
    state.run(move |app| app.drawings(&key)).await
}

#[tauri::command]
pub async fn lab_drawings_delete(state: State<'_, Shared>, key: String) -> Result<(), IpcError> {
    state.run(move |app| app.delete_drawings(&key)).await
}
