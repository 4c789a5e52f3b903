// The data file's copies (backups/): listed and restored after a start that found the file
// missing, and by the admin from Settings. Rust checks who may; the window only asks.
import { call } from './call';
import type { BackupInfo } from './bindings/BackupInfo';

export const dataBackups = () => call<BackupInfo[]>('data_backups');
export const dataRestore = (name: string) => call<null>('data_restore', { name });
export const dataStartEmpty = () => call<null>('data_start_empty');
