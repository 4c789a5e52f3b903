// The three ways a PC is used, in the order the choice shows them, with their labels.
import { t } from './i18n/index.svelte';
import type { DeviceMode } from './ipc/bindings/DeviceMode';

export const MODES: DeviceMode[] = ['personal', 'classroom', 'library'];

export function modeName(m: DeviceMode): string {
  switch (m) {
    case 'classroom':
      return t('mode-classroom');
    case 'library':
      return t('mode-library');
    default:
      return t('mode-personal');
  }
}

export function modeHint(m: DeviceMode): string {
  switch (m) {
    case 'classroom':
      return t('mode-classroom-hint');
    case 'library':
      return t('mode-library-hint');
    default:
      return t('mode-personal-hint');
  }
}

/** A learner's PIN is 4 to 8 digits (Rust checks it too; this only enables the button). */
export function pinLooksValid(pin: string): boolean {
  return /^[0-9]{4,8}$/.test(pin);
}

/** A new admin PIN is 6 to 8 digits (Rust checks it too; this only enables the button). */
export function adminPinLooksValid(pin: string): boolean {
  return /^[0-9]{6,8}$/.test(pin);
}
