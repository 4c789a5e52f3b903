//! Which model answers which demo when the multilingual model (Gemma 3 270M) is installed next to
//! SmolLM2, and that the text demos then work in the learner's language. Real model files.

use crate::support::*;
use klar_lab::demos::detector::Verdict;
use klar_lab::demos::tokens::LabeledText;
use klar_lab::workbench::{choose_model, GenerationSettings, LabEvent, Workbench};
use klar_lab::EngineOptions;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn options() -> EngineOptions {
    EngineOptions { threads: 2, max_context: Some(1024) }
}

fn quiet() -> impl FnMut(LabEvent) + Send {
    |_| {}
}

/// A fresh folder holding links to the given model files (a teacher's or an installed folder).
fn folder_with(name: &str, files: &[PathBuf]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klar-lab-models-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot make {}: {e}", dir.display());
    }
    for f in files {
        let link = dir.join(f.file_name().unwrap_or_default());
        if let Err(e) = std::os::unix::fs::symlink(f, &link) {
            panic!("cannot link {}: {e}", link.display());
        }
    }
    dir
}

fn file_of(p: &Path) -> Option<String> {
    p.file_name().map(|n| n.to_string_lossy().into_owned())
}

#[test]
fn a_teachers_copy_of_the_multilingual_model_does_not_become_the_chat_model() {
    // The teacher's folder comes first and holds only Gemma: the chat still needs SmolLM2.
    let teacher = folder_with("teacher", &[gemma_model()]);
    let installed = folder_with("installed", &[real_model()]);
    let choice = choose_model(&[teacher, installed.clone()]);
    assert_eq!(choice.file, file_of(&real_model()), "the chat model");
    assert_eq!(choice.multilingual, file_of(&gemma_model()), "the multilingual model");
    assert_eq!(choose_model(&[installed]).multilingual, None, "without the file, no multilingual model");
}

#[test]
fn the_explorer_speaks_german_and_arabic_with_the_multilingual_model() -> TestResult {
    let both = folder_with("both", &[real_model(), gemma_model()]);
    let mut wb = Workbench::new(vec![both], options());
    let de = wb.next_tokens("Am Sonntagmorgen trinke ich gern eine Tasse", &[], 1.0, &mut quiet())?;
    let words: Vec<&str> = de.candidates.iter().map(|c| c.text.trim()).collect();
    assert!(words.contains(&"Kaffee") && words.contains(&"Tee"), "German drinks: {words:?}");
    let ar = wb.next_tokens("عاصمة فرنسا هي", &[], 1.0, &mut quiet())?;
    let arabic = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let top3: Vec<&str> = ar.candidates.iter().take(3).map(|c| c.text.as_str()).collect();
    assert!(top3.iter().all(|t| arabic(t)), "Arabic goes on in Arabic: {top3:?}");
    // The chat-like demos stay on SmolLM2, which follows instructions.
    let no = AtomicBool::new(false);
    let reply = wb.chat("", "Say hello.", &GenerationSettings { temperature: 0.0, seed: 1, max_tokens: 8 }, &no, &mut quiet())?;
    assert!(!reply.text.trim().is_empty());
    Ok(())
}

#[test]
fn without_the_multilingual_model_the_explorer_runs_on_smollm2_as_before() -> TestResult {
    let only = folder_with("only-smollm2", &[real_model()]);
    let prompt = "On a cold winter evening, the best thing to eat is";
    let mut app = Workbench::new(vec![only], options());
    let mut fixed = Workbench::with_model(&real_model(), options())?;
    let a = app.next_tokens(prompt, &[], 1.0, &mut quiet())?;
    let b = fixed.next_tokens(prompt, &[], 1.0, &mut quiet())?;
    let ids = |n: &klar_lab::demos::next_token::NextTokens| n.candidates.iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
    Ok(())
}

#[test]
fn the_two_tokenizers_count_the_same_sentence_differently() -> TestResult {
    let both = folder_with("tokenizers", &[real_model(), gemma_model()]);
    let mut wb = Workbench::new(vec![both], options());
    let texts = vec![
        LabeledText { label: "en".into(), text: "Tomorrow morning I have a doctor's appointment.".into() },
        LabeledText { label: "uk".into(), text: "Завтра вранці в мене прийом у лікаря.".into() },
    ];
    let counts = wb.tokenizer_counts(&texts)?;
    assert!(!wb.is_loaded(), "counting tokens loads no model");
    assert_eq!(counts.len(), 2);
    assert_eq!(counts[0].file, klar_lab::paths::DEFAULT_MODEL_FILE, "the chat model's tokenizer first");
    assert_eq!((counts[0].vocabulary, counts[1].vocabulary), (49_152, 262_144));
    let (smol, gemma) = (&counts[0].counts, &counts[1].counts);
    assert!(2 * smol[1] > 3 * gemma[1], "Ukrainian costs SmolLM2 far more tokens: {smol:?} vs {gemma:?}");
    // The view's own pieces come from the multilingual tokenizer, without a start marker.
    let view = wb.tokenize(&texts, &mut quiet())?;
    assert_eq!(view[1].count, gemma[1]);
    let joined: String = view[1].pieces.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(joined.trim_start(), texts[1].text);
    Ok(())
}

#[test]
fn the_bias_probe_follows_german_grammar_on_the_multilingual_model() -> TestResult {
    let both = folder_with("bias", &[real_model(), gemma_model()]);
    let mut wb = Workbench::new(vec![both], options());
    let prompts = vec!["Der Arzt sagte, dass".to_string(), "Die Ärztin sagte, dass".to_string()];
    let rows = wb.bias(&prompts, &[" er".into(), " sie".into()], &AtomicBool::new(false), &mut quiet())?;
    // A continuation scored with a start-of-text marker in front of it would not follow der/die.
    assert!(rows[0].cells[0].share > rows[0].cells[1].share, "der Arzt → er: {:?}", rows[0].cells);
    assert!(rows[1].cells[1].share > rows[1].cells[0].share, "die Ärztin → sie: {:?}", rows[1].cells);
    Ok(())
}

#[test]
fn the_detector_uses_the_thresholds_of_the_learners_language() -> TestResult {
    let both = folder_with("detector", &[real_model(), gemma_model()]);
    let mut wb = Workbench::new(vec![both], options());
    let text = "Morgen früh habe ich einen Arzttermin, deshalb komme ich später zur Arbeit. Ich bringe die Unterlagen am Nachmittag mit. Wenn es länger dauert, rufe ich dich an, und wir verschieben die Besprechung auf Donnerstag.";
    let no = AtomicBool::new(false);
    let r = wb.detect(text, "de-x-ls", &no, &mut quiet())?;
    assert_eq!(r.calibrated_for, "de", "Leichte Sprache uses the German calibration");
    assert_ne!(r.verdict, Verdict::TooShort);
    let shown: String = r.tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(shown, text, "every shown token is the text's own, no start marker");
    // On this model a text needs 30 tokens for a verdict (models/detector/Gemma-3-270M.toml).
    let short = "Morgen früh habe ich einen Arzttermin, deshalb komme ich später zur Arbeit.";
    assert_eq!(wb.detect(short, "de", &no, &mut quiet())?.verdict, Verdict::TooShort);
    let mut smol = Workbench::with_model(&real_model(), options())?;
    assert_eq!(smol.detect(text, "de", &AtomicBool::new(false), &mut quiet())?.calibrated_for, "en", "SmolLM2 knows only English thresholds");
    Ok(())
}

#[test]
fn warming_up_loads_the_model_the_demo_will_need_and_nothing_else() -> TestResult {
    let both = folder_with("warm", &[real_model(), gemma_model()]);
    let mut wb = Workbench::new(vec![both], options());
    assert!(!wb.is_loaded());
    let mut loading = 0;
    wb.warm_up(true, &mut |e| loading += usize::from(matches!(e, LabEvent::ModelLoading)))?;
    assert!(wb.is_loaded());
    // The explorer's first call then loads nothing more.
    let mut again = 0;
    wb.next_tokens("Am Sonntagmorgen trinke ich gern eine Tasse", &[], 1.0, &mut |e| again += usize::from(matches!(e, LabEvent::ModelLoading)))?;
    assert_eq!((loading, again), (1, 0));
    let empty = folder_with("warm-empty", &[]);
    assert!(Workbench::new(vec![empty], options()).warm_up(false, &mut |_| {}).is_err(), "no model: an error the UI ignores");
    Ok(())
}
