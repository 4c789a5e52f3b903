// Words for the injection game's defences: what each one does, and why it was not enough.
// Plain lookups from the Defence values Rust reports; the UI decides nothing here.
import { t } from '../../../lib/i18n/index.svelte';
import type { Defence } from '../../../lib/ipc/bindings/Defence';

export function defenceText(d: Defence): string {
  switch (d) {
    case 'instruction':
      return t('lab-injection-defence-instruction');
    case 'input_filter':
      return t('lab-injection-defence-input-filter');
    case 'output_check':
      return t('lab-injection-defence-output-check');
    case 'strict_output_check':
      return t('lab-injection-defence-strict-output-check');
  }
}

/** Why a defence fails: shown for the defence a level added, once the level is over. */
export function whyItFails(d: Defence): string {
  switch (d) {
    case 'instruction':
      return t('lab-injection-why-instruction');
    case 'input_filter':
      return t('lab-injection-why-input-filter');
    case 'output_check':
      return t('lab-injection-why-output-check');
    case 'strict_output_check':
      return t('lab-injection-why-strict-output-check');
  }
}
