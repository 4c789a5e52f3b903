// Which model answers which demo. When the multilingual model's file is present, the text demos
// run on it and the demos that need a model that follows instructions stay on the English chat
// model; Rust decides this by the file's presence, and the UI mirrors it from `lab_status`.
import { labStatus } from '../ipc/lab';
import type { LabStatus } from '../ipc/bindings/LabStatus';

/** Demos that only continue or score text: they run on the multilingual model when it is present. */
export const TEXT_DEMOS: ReadonlySet<string> = new Set(['next-token', 'tokenizer', 'bias-probe', 'detector']);

let status: Promise<LabStatus | null> | null = null;

/**
 * The lab's status, asked once per app start. A failure reads as "no multilingual model" (the demo
 * itself then says what is wrong) and is asked again next time.
 */
export function labModels(): Promise<LabStatus | null> {
  if (!status) {
    status = labStatus().catch(() => {
      status = null;
      return null;
    });
  }
  return status;
}

/** The multilingual model's file, or null when it is absent (or the status could not be read). */
export async function multilingualModel(): Promise<string | null> {
  return (await labModels())?.model.multilingual ?? null;
}

/** Whether `demo` runs on the multilingual model, given its file (or null). */
export function runsMultilingual(demo: string, multilingual: string | null): boolean {
  return multilingual !== null && TEXT_DEMOS.has(demo);
}

/** Tests only: forget the cached status. */
export function forgetLabModels(): void {
  status = null;
}
