//! The hands-on lab: every demo action goes to the lab worker (which owns the model); answers
//! stream back over a channel (`stream`), and `lab_stop` cancels within one token.

use crate::error::IpcError;
use crate::lab::{forward, Lab};
use crate::state::Shared;
use klar_lab::demos::{agent::AgentReport, bias::BiasRow, claims, detector::DetectorReport, injection, next_token::NextTokens, tokens};
use klar_lab::workbench::{
    ClaimsAnswer, EnergyAnswer, GenerationSettings, InjectionReply, LabEvent, LabStatus, SummaryReply, Workbench,
};
use klar_lab::Generation;
use std::sync::atomic::AtomicBool;
use tauri::ipc::Channel;
use tauri::State;

/// The shape of every streaming demo: `f` runs on the lab worker as a job a Stop (or the next
/// such job) cancels, its events go to the window's channel, and a lab error comes back localized.
async fn stream<T, F>(state: &Shared, lab: &Lab, on_event: Channel<LabEvent>, f: F) -> Result<T, IpcError>
where
    T: Send + 'static,
    F: FnOnce(&mut Workbench, &AtomicBool, &mut (dyn FnMut(LabEvent) + Send)) -> klar_lab::Result<T> + Send + 'static,
{
    let r = lab.run_cancellable(state, move |wb, cancel| f(wb, cancel, &mut forward(on_event))).await?;
    state.lab_result(r)
}

#[tauri::command]
pub fn lab_status(lab: State<'_, Lab>) -> LabStatus {
    LabStatus { model: lab.model_choice(), loaded: lab.is_loaded(), levels: injection::levels() }
}

/// Every model's card and whether its file is here (no model is loaded for this).
#[tauri::command]
pub fn lab_model_cards(lab: State<'_, Lab>) -> Vec<klar_lab::cards::ModelCard> {
    lab.model_cards()
}

/// Loads the model a demo that just opened will need (`text`: a text demo), before the learner's
/// first action asks for it. A missing model is not an error here: the demo says so on use.
#[tauri::command]
pub async fn lab_warm_up(state: State<'_, Shared>, lab: State<'_, Lab>, text: bool) -> Result<bool, IpcError> {
    let r = lab.run_quick(&state, move |wb| wb.warm_up(text, &mut |_| {}).is_ok()).await?;
    Ok(r.unwrap_or(false))
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
    let r = lab.run_quick(&state, move |wb| wb.next_tokens(&prompt, &picked, temperature, &mut forward(on_event))).await?;
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
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.continue_text(&prompt, &picked, &settings, cancel, events)).await
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
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.chat(&system, &message, &settings, cancel, events)).await
}

/// Gets the chat ready while the learner types (the model loaded, the system message computed),
/// so the first Send only computes the message. Queued like a quick job: it stops nothing.
#[tauri::command]
pub async fn lab_chat_prepare(state: State<'_, Shared>, lab: State<'_, Lab>, system: String) -> Result<(), IpcError> {
    let r = lab.run_quick(&state, move |wb| wb.chat_prepare(&system, &mut |_| {})).await?;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_chat_reset(state: State<'_, Shared>, lab: State<'_, Lab>) -> Result<(), IpcError> {
    lab.run_quick(&state, |wb| wb.chat_reset()).await?.ok_or_else(IpcError::lab_stopped)
}

#[tauri::command]
pub async fn lab_tokenize(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    texts: Vec<tokens::LabeledText>,
    on_event: Channel<LabEvent>,
) -> Result<Vec<tokens::TokenizedText>, IpcError> {
    let r = lab.run_quick(&state, move |wb| wb.tokenize(&texts, &mut forward(on_event))).await?;
    state.lab_result(r)
}

/// How many tokens each text costs in every installed model's tokenizer.
#[tauri::command]
pub async fn lab_tokenizer_counts(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    texts: Vec<tokens::LabeledText>,
) -> Result<Vec<tokens::TokenizerCounts>, IpcError> {
    let r = lab.run_quick(&state, move |wb| wb.tokenizer_counts(&texts)).await?;
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
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.bias(&prompts, &continuations, cancel, events)).await
}

/// Agent demo: the pretend tools ranked after the clean page and after the hidden line.
#[tauri::command]
pub async fn lab_agent_rank(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    task: String,
    page: String,
    hidden: String,
    on_event: Channel<LabEvent>,
) -> Result<AgentReport, IpcError> {
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.agent(&task, &page, &hidden, cancel, events)).await
}

#[tauri::command]
pub async fn lab_detector_score(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    text: String,
    language: String,
    on_event: Channel<LabEvent>,
) -> Result<DetectorReport, IpcError> {
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.detect(&text, &language, cancel, events)).await
}

#[tauri::command]
pub async fn lab_claims_ask(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    question: String,
    settings: GenerationSettings,
    on_event: Channel<LabEvent>,
) -> Result<ClaimsAnswer, IpcError> {
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.ask_for_claims(&question, &settings, cancel, events)).await
}

#[tauri::command]
pub fn lab_claims_check(claims: Vec<String>, marks: Vec<claims::ClaimMark>, facts: Option<Vec<claims::CardFact>>) -> Vec<claims::ClaimCheck> {
    // A card of listed facts (a real case) is compared fact by fact; without one, the card says
    // the subject was invented.
    match facts {
        Some(facts) if !facts.is_empty() => claims::check_facts(&claims, &marks, &facts),
        _ => claims::check_invented(&claims, &marks),
    }
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
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.injection(level, &message, &settings, cancel, events)).await
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
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.summarise(&document, &markers, &settings, cancel, events)).await
}

#[tauri::command]
pub async fn lab_energy_measure(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    question: String,
    settings: GenerationSettings,
    on_event: Channel<LabEvent>,
) -> Result<EnergyAnswer, IpcError> {
    stream(&state, &lab, on_event, move |wb, cancel, events| wb.energy(&question, &settings, cancel, events)).await
}

/// Privacy highlighter: rules only, no model, so it does not wait for the lab worker.
#[tauri::command]
pub async fn lab_privacy_scan(text: String) -> Result<klar_lab::demos::privacy::PrivacyScan, IpcError> {
    tauri::async_runtime::spawn_blocking(move || klar_lab::demos::privacy::scan(&text))
        .await
        .map_err(|e| IpcError::internal(e.to_string()))
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
    stream(&state, &lab, on_event, move |wb, cancel, events| {
        wb.train_classifier(&class_names, &examples, min_per_class, cancel, events)
    })
    .await
}

#[tauri::command]
pub async fn lab_classifier_predict(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    strokes: Vec<klar_lab::classifier::Stroke>,
) -> Result<Vec<f32>, IpcError> {
    let r = lab.run_quick(&state, move |wb| wb.predict_drawing(&strokes)).await?;
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
