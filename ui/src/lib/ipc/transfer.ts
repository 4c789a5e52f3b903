// Files moved by hand: Rust opens the save/open dialog and writes or reads the file; the window
// only learns the file's name (null when the dialog was cancelled).
import { call } from './call';
import type { ExportScope } from './bindings/ExportScope';
import type { ImportSummary } from './bindings/ImportSummary';

export const reportExportCsv = () => call<string | null>('report_export_csv');
export const progressExport = (scope: ExportScope) => call<string | null>('progress_export', { scope });
export const progressImport = () => call<ImportSummary | null>('progress_import');
export const learnerDataExport = (id: number) => call<string[] | null>('learner_data_export', { id });
