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
    let r = lab.run(false, move |wb, _| wb.next_tokens(&prompt, &picked, temperature, &mut forward(on_event))).await;
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
    let r = lab.run(true, move |wb, cancel| wb.continue_text(&prompt, &picked, &settings, cancel, &mut forward(on_event))).await;
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
    let r = lab.run(true, move |wb, cancel| wb.chat(&system, &message, &settings, cancel, &mut forward(on_event))).await;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_chat_reset(lab: State<'_, Lab>) -> Result<(), IpcError> {
    lab.run(false, |wb, _| wb.chat_reset()).await.ok_or_else(IpcError::lab_stopped)
}

#[tauri::command]
pub async fn lab_tokenize(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    texts: Vec<tokens::LabeledText>,
    on_event: Channel<LabEvent>,
) -> Result<Vec<tokens::TokenizedText>, IpcError> {
    let r = lab.run(false, move |wb, _| wb.tokenize(&texts, &mut forward(on_event))).await;
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
    let r = lab.run(false, move |wb, _| wb.bias(&prompts, &continuations, &mut forward(on_event))).await;
    state.lab_result(r)
}

#[tauri::command]
pub async fn lab_detector_score(
    state: State<'_, Shared>,
    lab: State<'_, Lab>,
    text: String,
    on_event: Channel<LabEvent>,
) -> Result<DetectorReport, IpcError> {
    let r = lab.run(false, move |wb, _| wb.detect(&text, &mut forward(on_event))).await;
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
    let r = lab.run(true, move |wb, cancel| wb.ask_for_claims(&question, &settings, cancel, &mut forward(on_event))).await;
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
    let r = lab.run(true, move |wb, cancel| wb.injection(level, &message, &settings, cancel, &mut forward(on_event))).await;
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
    let r = lab.run(true, move |wb, cancel| wb.summarise(&document, &markers, &settings, cancel, &mut forward(on_event))).await;
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
    let r = lab.run(true, move |wb, cancel| wb.energy(&question, &settings, cancel, &mut forward(on_event))).await;
    state.lab_result(r)
}
