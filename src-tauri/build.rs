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

fn main() {
    println!("cargo:rerun-if-changed=src/commands/list.rs");
    if let Err(e) = write_capability() {
        panic!("cannot write capabilities/main.json: {e}");
    }
    let attrs = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attrs) {
        panic!("tauri build step failed: {e:#}");
    }
}
