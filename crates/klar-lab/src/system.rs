//! What the operating system says about memory: free memory before loading, peak use for benchmarks.
//! Linux reads /proc; elsewhere the figures are unknown and the checks step aside.

/// MemAvailable in bytes, if known.
pub fn available_memory() -> Option<u64> {
    proc_kib("/proc/meminfo", "MemAvailable:").map(|k| k * 1024)
}

/// Peak resident memory of this process (VmHWM) in bytes, if known.
pub fn peak_rss() -> Option<u64> {
    proc_kib("/proc/self/status", "VmHWM:").map(|k| k * 1024)
}

fn proc_kib(file: &str, key: &str) -> Option<u64> {
    let text = std::fs::read_to_string(file).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}
