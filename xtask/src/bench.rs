//! `cargo xtask bench` (owned by the klar-lab work; placeholder).
pub fn bench(_args: &[String]) -> Result<(), String> {
    Err("not implemented yet".into())
}
