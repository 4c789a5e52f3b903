// The hands-on lab. Long actions stream LabEvents over a channel and resolve with their result;
// `labStop` cancels the running one within a token. Texts the model writes are plain text, never HTML.
import { Channel } from '@tauri-apps/api/core';
import { call } from './call';
import type { AgentReport } from './bindings/AgentReport';
import type { BiasRow } from './bindings/BiasRow';
import type { CardFact } from './bindings/CardFact';
import type { ClaimCheck } from './bindings/ClaimCheck';
import type { ClaimMark } from './bindings/ClaimMark';
import type { ClaimsAnswer } from './bindings/ClaimsAnswer';
import type { DetectorReport } from './bindings/DetectorReport';
import type { EnergyAnswer } from './bindings/EnergyAnswer';
import type { Generation } from './bindings/Generation';
import type { GenerationSettings } from './bindings/GenerationSettings';
import type { GuessResult } from './bindings/GuessResult';
import type { InjectionReply } from './bindings/InjectionReply';
import type { LabEvent } from './bindings/LabEvent';
import type { LabStatus } from './bindings/LabStatus';
import type { LabeledText } from './bindings/LabeledText';
import type { ModelCard } from './bindings/ModelCard';
import type { NextTokens } from './bindings/NextTokens';
import type { PrivacyScan } from './bindings/PrivacyScan';
import type { SummaryReply } from './bindings/SummaryReply';
import type { TokenizedText } from './bindings/TokenizedText';
import type { TokenizerCounts } from './bindings/TokenizerCounts';
import type { TrainReport } from './bindings/TrainReport';

export type OnLabEvent = (e: LabEvent) => void;

function channel(on: OnLabEvent): Channel<LabEvent> {
  const c = new Channel<LabEvent>();
  c.onmessage = on;
  return c;
}

export const labStatus = () => call<LabStatus>('lab_status');
/** Loads the model a demo will need while the learner reads (true: it is loaded). */
export const labWarmUp = (text: boolean) => call<boolean>('lab_warm_up', { text });
export const labStop = () => call<void>('lab_stop');
/** Every model's card, each saying whether its file is on this PC. */
export const labModelCards = () => call<ModelCard[]>('lab_model_cards');

export const labNextTokens = (prompt: string, picked: number[], temperature: number, on: OnLabEvent) =>
  call<NextTokens>('lab_next_tokens', { prompt, picked, temperature, onEvent: channel(on) });

export const labGenerate = (prompt: string, picked: number[], settings: GenerationSettings, on: OnLabEvent) =>
  call<Generation>('lab_generate', { prompt, picked, settings, onEvent: channel(on) });

export const labChatSend = (system: string, message: string, settings: GenerationSettings, on: OnLabEvent) =>
  call<Generation>('lab_chat_send', { system, message, settings, onEvent: channel(on) });

/** Loads the chat model and computes the system message while the learner types. */
export const labChatPrepare = (system: string) => call<void>('lab_chat_prepare', { system });

export const labChatReset = () => call<void>('lab_chat_reset');

export const labTokenize = (texts: LabeledText[], on: OnLabEvent) =>
  call<TokenizedText[]>('lab_tokenize', { texts, onEvent: channel(on) });

/** Token counts per installed model's tokenizer (the English chat model's first); loads no model. */
export const labTokenizerCounts = (texts: LabeledText[]) => call<TokenizerCounts[]>('lab_tokenizer_counts', { texts });

export const labBiasProbe = (prompts: string[], continuations: string[], on: OnLabEvent) =>
  call<BiasRow[]>('lab_bias_probe', { prompts, continuations, onEvent: channel(on) });

export const labAgentRank = (task: string, page: string, hidden: string, on: OnLabEvent) =>
  call<AgentReport>('lab_agent_rank', { task, page, hidden, onEvent: channel(on) });

/** `language`: the UI's locale code; the thresholds are those calibrated for it when the model allows. */
export const labDetectorScore = (text: string, language: string, on: OnLabEvent) =>
  call<DetectorReport>('lab_detector_score', { text, language, onEvent: channel(on) });

export const labClaimsAsk = (question: string, settings: GenerationSettings, on: OnLabEvent) =>
  call<ClaimsAnswer>('lab_claims_ask', { question, settings, onEvent: channel(on) });

/** `facts`: the source card's listed facts (a real case); without them the card says the subject was invented. */
export const labClaimsCheck = (claims: string[], marks: ClaimMark[], facts: CardFact[] | null = null) =>
  call<ClaimCheck[]>('lab_claims_check', { claims, marks, facts });

export const labInjectionSend = (level: number, message: string, settings: GenerationSettings, on: OnLabEvent) =>
  call<InjectionReply>('lab_injection_send', { level, message, settings, onEvent: channel(on) });

export const labInjectionGuess = (level: number, guess: string, giveUp: boolean) =>
  call<GuessResult>('lab_injection_guess', { level, guess, giveUp });

export const labDocumentSummarise = (document: string, markers: string[], settings: GenerationSettings, on: OnLabEvent) =>
  call<SummaryReply>('lab_document_summarise', { document, markers, settings, onEvent: channel(on) });

export const labEnergyMeasure = (question: string, settings: GenerationSettings, on: OnLabEvent) =>
  call<EnergyAnswer>('lab_energy_measure', { question, settings, onEvent: channel(on) });

export const labPrivacyScan = (text: string) => call<PrivacyScan>('lab_privacy_scan', { text });

/** A drawing as strokes of points from 0 to 1. */
export type Strokes = [number, number][][];

export const labClassifierTrain = (
  classNames: string[],
  examples: { class: number; strokes: Strokes }[],
  minPerClass: number,
  on: OnLabEvent,
) => call<TrainReport>('lab_classifier_train', { classNames, examples, minPerClass, onEvent: channel(on) });

export const labClassifierPredict = (strokes: Strokes) => call<number[]>('lab_classifier_predict', { strokes });

// Drawings are stored only when the learner chooses to keep them, per learner and demo.
export const labDrawingsSave = (key: string, data: string) => call<void>('lab_drawings_save', { key, data });
export const labDrawingsLoad = (key: string) => call<string | null>('lab_drawings_load', { key });
export const labDrawingsDelete = (key: string) => call<void>('lab_drawings_delete', { key });
