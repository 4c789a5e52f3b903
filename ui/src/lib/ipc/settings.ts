// Language, text size, contrast and motion; absent patch fields stay as they are.
import { call } from './call';
import type { Settings } from './bindings/Settings';
import type { SettingsPatch } from './bindings/SettingsPatch';

export const settingsUpdate = (patch: SettingsPatch) => call<Settings>('settings_update', { patch });
