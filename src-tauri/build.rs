//! Declares the app's own commands (from src/commands/list.rs) so that Tauri generates their
//! permissions; the window's capability in capabilities/ grants exactly these and nothing else.

// The one list of commands lives with the commands; build.rs reads the same file.
include!("src/commands/list.rs");

macro_rules! names {
    ($($module:ident { $($command:ident),* $(,)? })*) => {
        &[$($(stringify!($command)),*),*]
    };
}
const COMMANDS: &[&str] = klar_commands!(names);

/// The window's capability grants exactly the listed commands. It is written from the list (only
/// when it changed), so a new command is never forgotten there.
fn write_capability() -> std::io::Result<()> {
    let mut permissions = String::new();
    for (i, name) in COMMANDS.iter().enumerate() {
        let comma = if i + 1 < COMMANDS.len() { "," } else { "" };
        permissions.push_str(&format!("    \"allow-{}\"{comma}\n", name.replace('_', "-")));
    }
    let json = format!(
        "{{\n  \"$schema\": \"../gen/schemas/desktop-schema.json\",\n  \"identifier\": \"main-window\",\n  \"description\": \"Written by build.rs from src/commands/list.rs: the Klar window may call Klar's own commands and nothing else.\",\n  \"windows\": [\n    \"main\"\n  ],\n  \"permissions\": [\n{permissions}  ]\n}}\n"
    );
    let path = std::path::Path::new("capabilities/main.json");
    if std::fs::read_to_string(path).ok().as_deref() != Some(json.as_str()) {
        std::fs::write(path, json)?;
    }
    Ok(())
}

/// The build's date (YYYY-MM-DD, UTC) for "About Klar": from SOURCE_DATE_EPOCH when set (the
/// package sets it to the last commit's time, so the same sources give the same binary), else today.
fn build_date() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64));
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn main() {
    println!("cargo:rerun-if-changed=src/commands/list.rs");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rustc-env=KLAR_BUILD_DATE={}", build_date());
    if let Err(e) = write_capability() {
        panic!("cannot write capabilities/main.json: {e}");
    }
    let attrs = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attrs) {
        panic!("tauri build step failed: {e:#}");
    }
}
