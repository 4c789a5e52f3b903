//! The lab worker: one thread owns the language model (klar-lab's Workbench), so a long answer
//! never blocks the window or the database. Commands queue jobs; a Stop sets the running job's
//! cancel flag, which the engine checks every token and between prompt chunks.

use klar_lab::workbench::{LabEvent, ModelChoice, Workbench};
use klar_lab::EngineOptions;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use crate::error::IpcError;
use crate::state::Shared;

/// A job, tagged with the session epoch it belongs to.
type Job = (u64, Box<dyn FnOnce(&mut Workbench) + Send>);

pub struct Lab {
    jobs: Mutex<mpsc::Sender<Job>>,
    /// Cancel flag of the latest cancellable job.
    current: Arc<Mutex<Arc<AtomicBool>>>,
    loaded: Arc<AtomicBool>,
    folders: Vec<PathBuf>,
}

impl Lab {
    /// Starts the worker thread. `folders`: where models are looked for, first the one where
    /// teachers put their own.
    pub fn start(folders: Vec<PathBuf>) -> Lab {
        let (tx, rx) = mpsc::channel::<Job>();
        let loaded = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&loaded);
        let worker_folders = folders.clone();
        let spawned = std::thread::Builder::new().name("klar-lab".into()).spawn(move || {
            let mut bench = Workbench::new(worker_folders, EngineOptions::default());
            let mut session = 0;
            for (epoch, job) in rx {
                // A job of another session: whatever the lab holds belongs to someone who left.
                if epoch != session {
                    bench.reset_session();
                    session = epoch;
                }
                job(&mut bench);
                flag.store(bench.is_loaded(), Ordering::Relaxed);
            }
        });
        if let Err(e) = spawned {
            // Without the thread every lab command reports that the lab stopped.
            tracing::error!("cannot start the lab worker: {e}");
        }
        Lab { jobs: Mutex::new(tx), current: Arc::new(Mutex::new(Arc::new(AtomicBool::new(false)))), loaded, folders }
    }

    /// What the shell calls when the person at the PC changes: the running answer stops and the
    /// worker forgets the chat, the explorer and the classifier right away.
    pub fn session_resetter(&self) -> crate::state::SessionListener {
        let jobs = Mutex::new(self.jobs.lock().unwrap_or_else(|p| p.into_inner()).clone());
        let current = Arc::clone(&self.current);
        Box::new(move |epoch| {
            current.lock().unwrap_or_else(|p| p.into_inner()).store(true, Ordering::Relaxed);
            let job: Job = (epoch, Box::new(|bench: &mut Workbench| bench.reset_session()));
            let _ = jobs.lock().unwrap_or_else(|p| p.into_inner()).send(job);
        })
    }

    pub fn model_choice(&self) -> ModelChoice {
        klar_lab::workbench::choose_model(&self.folders)
    }

    /// The model cards, each saying whether its file is in one of this lab's folders.
    pub fn model_cards(&self) -> Vec<klar_lab::cards::ModelCard> {
        klar_lab::cards::cards(&self.folders)
    }

    pub fn is_loaded(&self) -> bool {
        self.loaded.load(Ordering::Relaxed)
    }

    /// Stops the running cancellable job (if any) within one token.
    pub fn stop(&self) {
        self.current.lock().unwrap_or_else(|p| p.into_inner()).store(true, Ordering::Relaxed);
    }

    /// Runs `f` on the worker as a job the learner can stop (generation, training) and waits for
    /// its result. The session check comes first (an idle session ends here, and the lab then
    /// starts afresh). The job gets a fresh cancel flag and stops the cancellable job before it:
    /// the learner has moved on. `Ok(None)`: the worker has stopped.
    pub async fn run_cancellable<T, F>(&self, shared: &Shared, f: F) -> Result<Option<T>, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Workbench, &AtomicBool) -> T + Send + 'static,
    {
        let epoch = shared.lab_session().await?;
        let fresh = Arc::new(AtomicBool::new(false));
        let old = std::mem::replace(&mut *self.current.lock().unwrap_or_else(|p| p.into_inner()), Arc::clone(&fresh));
        old.store(true, Ordering::Relaxed);
        Ok(self.run_on_worker(epoch, move |bench| f(bench, &fresh)).await)
    }

    /// Runs a short job on the worker (a look-up, a reset, a prediction) after the same session
    /// check; nobody stops it and it leaves a running cancellable job alone. `Ok(None)`: the
    /// worker has stopped.
    pub async fn run_quick<T, F>(&self, shared: &Shared, f: F) -> Result<Option<T>, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Workbench) -> T + Send + 'static,
    {
        let epoch = shared.lab_session().await?;
        Ok(self.run_on_worker(epoch, f).await)
    }

    /// Queues `f` for session `epoch` and waits for its result; None when the worker has stopped.
    async fn run_on_worker<T, F>(&self, epoch: u64, f: F) -> Option<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Workbench) -> T + Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = (
            epoch,
            Box::new(move |bench| {
                let _ = tx.send(f(bench));
            }),
        );
        if self.jobs.lock().unwrap_or_else(|p| p.into_inner()).send(job).is_err() {
            return None;
        }
        rx.await.ok()
    }
}

/// Forwards lab events to a window channel; a closed channel (the view went away) is ignored.
pub fn forward(channel: tauri::ipc::Channel<LabEvent>) -> impl FnMut(LabEvent) + Send {
    move |e| {
        let _ = channel.send(e);
    }
}
