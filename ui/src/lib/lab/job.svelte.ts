// One running lab action as the demo widgets see it: running or not, loading the model the first
// time, stopping, and the last error. Every widget keeps one LabJob per kind of action.
import { toIpcError, type IpcError } from '../ipc/call';
import { labStop, type OnLabEvent } from '../ipc/lab';
import type { LabEvent } from '../ipc/bindings/LabEvent';

export class LabJob {
  running = $state(false);
  loadingModel = $state(false);
  stopping = $state(false);
  error = $state<IpcError | null>(null);

  /** Runs `action`, passing it an event handler that tracks model loading and forwards the rest. */
  async run<T>(action: (on: OnLabEvent) => Promise<T>, onEvent?: (e: LabEvent) => void): Promise<T | null> {
    this.running = true;
    this.stopping = false;
    this.error = null;
    try {
      return await action((e) => {
        if (e.kind === 'model_loading') this.loadingModel = true;
        else this.loadingModel = false;
        onEvent?.(e);
      });
    } catch (e) {
      const err = toIpcError(e);
      // A Stop the learner asked for is not an error.
      if (err.code !== 'lab_cancelled') this.error = err;
      return null;
    } finally {
      this.running = false;
      this.loadingModel = false;
      this.stopping = false;
    }
  }

  /** Asks Rust to stop; the action then resolves with what was made so far. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    try {
      await labStop();
    } catch (e) {
      this.error = toIpcError(e);
    }
  }
}
