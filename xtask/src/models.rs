//! `cargo xtask fetch-models` (owned by the klar-lab work; placeholder).
pub fn fetch_models(_args: &[String]) -> Result<(), String> {
    Err("not implemented yet".into())
}
