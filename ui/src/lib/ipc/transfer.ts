// Files moved by hand: progress files between PCs and a learner's own data. Rust opens the dialog and
// writes or reads the file; the window only learns the file's name (null when cancelled).
import { call } from './call';
import type { ExportScope } from './bindings/ExportScope';
import type { ImportPreview } from './bindings/ImportPreview';
import type { ImportSummary } from './bindings/ImportSummary';

export const progressExport = (scope: ExportScope) => call<string | null>('progress_export', { scope });
/** Step one of an import: what the chosen file would change (nothing is written yet). */
export const progressImport = () => call<ImportPreview | null>('progress_import');
/** Step two: the merge, with the preview's one-time token. */
export const progressImportConfirm = (token: string) => call<ImportSummary>('progress_import_confirm', { token });
export const progressImportCancel = (token: string) => call<void>('progress_import_cancel', { token });
export const learnerDataExport = (id: number) => call<string[] | null>('learner_data_export', { id });
