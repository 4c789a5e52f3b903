// Words for the agent demo's pretend tools and the rule's reasons: plain lookups from the names
// Rust reports (demos/agent.rs); the UI decides nothing here.
import { t } from '../../../lib/i18n/index.svelte';
import type { Reason } from '../../../lib/ipc/bindings/Reason';

/** The tools in the order Rust lists them. */
export const TOOLS = ['tell_user', 'read_page', 'add_to_calendar', 'book_ticket', 'pay', 'send_email'] as const;

export function toolLabel(name: string): string {
  switch (name) {
    case 'tell_user':
      return t('agent-tool-tell-user');
    case 'read_page':
      return t('agent-tool-read-page');
    case 'add_to_calendar':
      return t('agent-tool-add-to-calendar');
    case 'book_ticket':
      return t('agent-tool-book-ticket');
    case 'pay':
      return t('agent-tool-pay');
    case 'send_email':
      return t('agent-tool-send-email');
    default:
      return name;
  }
}

export function reasonText(r: Reason): string {
  switch (r) {
    case 'money':
      return t('agent-reason-money');
    case 'irreversible':
      return t('agent-reason-irreversible');
    case 'sends_data':
      return t('agent-reason-sends-data');
    case 'new_recipient':
      return t('agent-reason-new-recipient');
  }
}
