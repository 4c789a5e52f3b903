//! What Klar says when something panics: where it happened, never the panic's message. A message
//! may quote what a learner typed (a phone number, a reflection), and stderr ends up in the
//! system journal of a shared PC.

use std::panic::PanicHookInfo;

/// Replaces Rust's default panic report for the whole process.
pub fn install() {
    std::panic::set_hook(Box::new(|info| eprintln!("{}", report(info))));
}

/// The one line the hook prints: thread and source location only.
pub fn report(info: &PanicHookInfo<'_>) -> String {
    let thread = std::thread::current();
    let thread = thread.name().unwrap_or("unnamed");
    let place = info.location().map_or_else(|| "an unknown place".to_string(), |l| format!("{}:{}", l.file(), l.line()));
    format!("Klar hit an internal error in thread '{thread}' at {place} (the details are left out: they may hold what a learner typed)")
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    #[test]
    fn the_report_names_the_place_and_never_the_message() {
        let reports = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&reports);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            sink.lock().unwrap_or_else(|p| p.into_inner()).push(super::report(info));
        }));
        let learner_text = String::from("my number is +49 171 1234567");
        let line = line!() + 1;
        let caught = std::panic::catch_unwind(|| panic!("byte index 1 is not a char boundary in `{learner_text}`"));
        std::panic::set_hook(previous);
        assert!(caught.is_err());
        let reports = reports.lock().unwrap_or_else(|p| p.into_inner()).clone();
        // Tests run side by side: another test's panic may have passed through this hook too.
        let ours: Vec<&String> = reports.iter().filter(|r| r.contains("panic_hook.rs")).collect();
        assert_eq!(ours.len(), 1, "{reports:?}");
        assert!(ours[0].contains(&format!("src/panic_hook.rs:{line}")), "{}", ours[0]);
        assert!(!ours[0].contains("1234567") && !ours[0].contains("char boundary"), "{}", ours[0]);
    }
}
