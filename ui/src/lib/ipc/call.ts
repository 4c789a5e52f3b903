// The one door to the Rust side: every command goes through `call`, and every failure comes back
// as an IpcError whose `code` the UI may branch on (never on the localized `message`).
import { invoke } from '@tauri-apps/api/core';

export type ErrorCode =
  | 'not_found'
  | 'invalid_input'
  | 'database_newer'
  | 'database_corrupt'
  | 'database_busy'
  | 'disk_full'
  | 'read_only'
  | 'io'
  | 'lesson_unavailable'
  | 'internal'
  | 'already_running'
  | 'startup_failed'
  | 'data_missing'
  // The lab (klar-lab errors, prefixed in the shell).
  | 'lab_model_missing'
  | 'lab_io'
  | 'lab_bad_model_file'
  | 'lab_unsupported_model'
  | 'lab_out_of_memory'
  | 'lab_context_exceeded'
  | 'lab_too_long'
  | 'lab_invalid_input'
  | 'lab_compute'
  | 'lab_cancelled'
  | 'lab_stopped'
  | 'admin_pin_wrong'
  | 'locked'
  | 'admin_required'
  | 'not_allowed_in_mode'
  | 'sign_in_wrong'
  | 'sign_in_secret_missing'
  | 'import_not_klar'
  | 'import_newer'
  | 'import_corrupt'
  | 'import_too_large'
  | 'session_expired'
  | 'import_expired';

export interface IpcError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export function isIpcError(e: unknown): e is IpcError {
  return typeof e === 'object' && e !== null && typeof (e as IpcError).code === 'string' && typeof (e as IpcError).message === 'string';
}

/** Anything a command can throw, as an IpcError (a bare string from Tauri itself becomes `internal`). */
export function toIpcError(e: unknown): IpcError {
  if (isIpcError(e)) return e;
  if (e instanceof Error) return { code: 'internal', message: e.message };
  return { code: 'internal', message: String(e) };
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toIpcError(e);
  }
}
