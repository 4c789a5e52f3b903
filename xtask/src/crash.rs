//! `cargo xtask crash-test [N] [--seed S]`: proves that a write Klar acknowledged survives the
//! process being killed. N times, a child process (this same program, hidden `crash-child`
//! command) opens the data file with klar-core's Storage and writes answers, reflections and
//! lesson positions, printing each one only after its commit returned. The parent kills it with
//! SIGKILL at a random (seeded) moment, reopens the file (which runs `quick_check`) and checks
//! that every acknowledged write is there.
//!
//! The child lives in xtask because xtask already depends on klar-core: no extra binary to build,
//! and `cargo xtask` compiles nothing new for it.
//!
//! SIGKILL loses the process, not the OS's page cache: this checks SQLite's commit protocol and
//! Klar's use of it, not the disk's honesty about flushes (`synchronous = FULL` covers that).

use klar_core::storage::Storage;
use klar_core::SystemClock;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const LEARNER: &str = "Crash Test";
/// The longest a child lives before it is killed; most kills land mid-write, some mid-open.
const MAX_LIFE_MS: u64 = 250;

/// A small, seeded generator (xorshift64*), so a failing run can be repeated exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

fn open(path: &Path) -> Result<Storage, String> {
    Storage::open(path, Arc::new(SystemClock)).map_err(|e| e.to_string())
}

fn learner_id(s: &mut Storage) -> Result<i64, String> {
    let existing = s.learners().map_err(|e| e.to_string())?.into_iter().find(|l| l.display_name == LEARNER);
    match existing {
        Some(l) => Ok(l.id),
        None => s.create_learner(LEARNER, "bolt", false).map(|l| l.id).map_err(|e| e.to_string()),
    }
}

/// The child: writes until it is killed, acknowledging each write on stdout after its commit.
pub fn child(args: &[String]) -> Result<(), String> {
    let [path, round] = args else { return Err("usage: crash-child <file> <round>".into()) };
    let mut s = open(Path::new(path))?;
    let id = learner_id(&mut s)?;
    let lesson = format!("lesson-{round}");
    // Question and step ids are unique across lessons in Klar's tables, so each round has its own.
    let mut out = std::io::stdout().lock();
    // A bound, so a child whose parent died does not write forever.
    for k in 0..200_000u64 {
        let kind = match k % 3 {
            0 => {
                s.record_answer(id, &lesson, &format!("q-{round}-{k}"), &[format!("c-{k}")], k % 2 == 0, None).map_err(|e| e.to_string())?;
                "answer"
            }
            1 => {
                s.save_reflection(id, &lesson, &format!("r-{round}-{k}"), &format!("thought {round} {k}")).map_err(|e| e.to_string())?;
                "reflection"
            }
            _ => {
                s.set_position(id, &lesson, &format!("step-{k}")).map_err(|e| e.to_string())?;
                "position"
            }
        };
        writeln!(out, "{kind} {k}").and_then(|()| out.flush()).map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[derive(Default)]
struct Tally {
    acknowledged: u64,
    lost: u64,
    corrupt_opens: u64,
}

/// Checks one round's acknowledged writes against the reopened file; returns how many are missing.
fn verify(s: &Storage, id: i64, round: u64, acks: &[(String, u64)]) -> Result<u64, String> {
    let lesson = format!("lesson-{round}");
    let answers = s.answers(id, &lesson).map_err(|e| e.to_string())?;
    let reflections = s.reflections(id, &lesson).map_err(|e| e.to_string())?;
    let position = s.lesson_progress(id, &lesson).map_err(|e| e.to_string())?.and_then(|p| p.current_step_uuid);
    let stored_step = position.as_deref().and_then(|p| p.strip_prefix("step-")).and_then(|n| n.parse::<u64>().ok());
    let last_position = acks.iter().filter(|(kind, _)| kind == "position").map(|(_, k)| *k).max();
    let mut lost = 0;
    for (kind, k) in acks {
        let there = match kind.as_str() {
            "answer" => answers.iter().any(|a| a.question_uuid == format!("q-{round}-{k}") && a.last_choice == [format!("c-{k}")]),
            "reflection" => reflections.iter().any(|r| r.step_uuid == format!("r-{round}-{k}") && r.body == format!("thought {round} {k}")),
            // A later position may have been committed without its acknowledgement arriving.
            "position" => Some(*k) != last_position || stored_step.is_some_and(|stored| stored >= *k),
            _ => return Err(format!("unexpected acknowledgement {kind} {k}")),
        };
        if !there {
            eprintln!("  round {round}: acknowledged {kind} {k} is missing");
            lost += 1;
        }
    }
    Ok(lost)
}

pub fn crash_test(args: &[String]) -> Result<(), String> {
    let rounds: u64 = args.iter().find(|a| !a.starts_with("--")).map_or(Ok(30), |a| a.parse()).map_err(|_| "N must be a number")?;
    let seed: u64 = match args.iter().position(|a| a == "--seed") {
        Some(i) => args.get(i + 1).ok_or("--seed needs a number")?.parse().map_err(|_| "--seed needs a number")?,
        None => 0x6b6c_6172,
    };
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let dir: PathBuf = std::env::temp_dir().join(format!("klar-crash-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join("klar.sqlite");
    println!("crash test: {rounds} kills, seed {seed}, file {}", file.display());
    let mut rng = Rng(seed | 1);
    let mut tally = Tally::default();
    let started = Instant::now();
    let mut all_acks: Vec<(u64, Vec<(String, u64)>)> = Vec::new();
    for round in 0..rounds {
        let mut child = Command::new(&me)
            .args(["crash-child", &file.display().to_string(), &round.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start the child: {e}"))?;
        let stdout = child.stdout.take().ok_or("no stdout from the child")?;
        let reader = std::thread::spawn(move || {
            // Only whole lines count: a line cut by the kill was never acknowledged.
            BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<String>>()
        });
        std::thread::sleep(Duration::from_millis(1 + rng.next() % MAX_LIFE_MS));
        // `kill` is SIGKILL on Unix: no destructor, no flush, no clean-up runs in the child.
        let _ = child.kill();
        let _ = child.wait();
        let lines = reader.join().map_err(|_| "the reader thread panicked")?;
        let acks: Vec<(String, u64)> = lines
            .iter()
            .filter_map(|l| l.split_once(' ').and_then(|(kind, k)| k.parse().ok().map(|k| (kind.to_string(), k))))
            .collect();
        tally.acknowledged += acks.len() as u64;
        let mut s = match open(&file) {
            Ok(s) => s,
            Err(e) => {
                tally.corrupt_opens += 1;
                eprintln!("  round {round}: the file does not open after the kill: {e}");
                break;
            }
        };
        let id = learner_id(&mut s)?;
        tally.lost += verify(&s, id, round, &acks)?;
        all_acks.push((round, acks));
    }
    // Everything acknowledged in earlier rounds must still be there at the end, too.
    if tally.corrupt_opens == 0 {
        let mut s = open(&file)?;
        let id = learner_id(&mut s)?;
        let mut lost_later = 0;
        for (round, acks) in &all_acks {
            lost_later += verify(&s, id, *round, acks)?;
        }
        tally.lost = tally.lost.max(lost_later);
    }
    println!(
        "crash test: {rounds} kills in {:.1} s — acknowledged writes {}, lost writes {}, corrupt opens {}",
        started.elapsed().as_secs_f64(),
        tally.acknowledged,
        tally.lost,
        tally.corrupt_opens
    );
    if tally.lost > 0 || tally.corrupt_opens > 0 {
        return Err(format!("data was lost or damaged; the file is kept in {}", dir.display()));
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
