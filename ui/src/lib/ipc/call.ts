// The one door to the Rust side: every command goes through `call`, and every failure comes back
// as an IpcError whose `code` the UI may branch on (never on the localized `message`).
import { invoke } from '@tauri-apps/api/core';
import type { IpcError } from './bindings/IpcError';

// The error and its code are generated from Rust (src-tauri/src/error.rs): the core's, the lab's
// and the shell's codes in one union, so a code the UI branches on always exists.
export type { IpcError } from './bindings/IpcError';
export type { IpcErrorCode } from './bindings/IpcErrorCode';

export function isIpcError(e: unknown): e is IpcError {
  return typeof e === 'object' && e !== null && typeof (e as IpcError).code === 'string' && typeof (e as IpcError).message === 'string';
}

/** Anything a command can throw, as an IpcError (a bare string from Tauri itself becomes `internal`). */
export function toIpcError(e: unknown): IpcError {
  if (isIpcError(e)) return e;
  if (e instanceof Error) return { code: 'internal', message: e.message, details: '' };
  return { code: 'internal', message: String(e), details: '' };
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toIpcError(e);
  }
}
