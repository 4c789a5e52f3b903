// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { AgentReport } from '../../lib/ipc/bindings/AgentReport';

const ipc = vi.hoisted(() => ({ labAgentRank: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import AgentDemo from './AgentDemo.svelte';

const NAMES = ['tell_user', 'read_page', 'add_to_calendar', 'book_ticket', 'pay', 'send_email'];
const CONFIRM = new Set(['book_ticket', 'pay', 'send_email']);

/** A made-up report shaped as Rust builds it: "book_ticket" climbs from rank 3 to rank 1. */
function fakeReport(): AgentReport {
  const scores = (shares: number[]) => {
    const order = [...shares.keys()].sort((a, b) => shares[b] - shares[a]);
    return NAMES.map((tool, i) => ({ tool, prob: shares[i] / 10, share: shares[i], rank: order.indexOf(i) + 1 }));
  };
  return {
    tools: NAMES.map((name) => ({
      name,
      reasons: CONFIRM.has(name) ? (name === 'send_email' ? ['sends_data', 'new_recipient'] : ['money', 'irreversible']) : [],
      needs_confirmation: CONFIRM.has(name),
    })),
    clean: scores([0.4, 0.25, 0.05, 0.2, 0.05, 0.05]),
    hidden: scores([0.2, 0.1, 0.02, 0.5, 0.15, 0.03]),
    moved_up: 'book_ticket',
  };
}

describe('AgentDemo', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    ipc.labAgentRank.mockImplementation(async () => fakeReport());
  });

  it('sends the preset’s task, page and hidden line; the lesson step asks the prediction, not the widget', async () => {
    render(AgentDemo, { settings: { task: 'T', page: 'Trains\n{hidden}\nEnd', hidden: 'H' } });
    expect(screen.getByTestId('agent-page').textContent).toContain('H');
    expect(screen.queryByTestId('agent-predict-option')).toBeNull();
    await fireEvent.click(screen.getByTestId('agent-run'));
    await screen.findByTestId('agent-ranking');
    expect(ipc.labAgentRank).toHaveBeenCalledWith('T', 'Trains\n{hidden}\nEnd', 'H', expect.any(Function));
  });

  it('shows how the ranking moved in words', async () => {
    render(AgentDemo);
    await fireEvent.click(screen.getByTestId('agent-run'));
    await screen.findByTestId('agent-ranking');

    const book = screen.getAllByTestId('agent-change-row').find((r) => r.dataset.tool === 'book_ticket');
    expect(book?.textContent).toContain('20% · rank 3');
    expect(book?.textContent).toContain('50% · rank 1');
    expect(book?.textContent).toContain('moved up');
    const debrief = screen.getByTestId('agent-debrief').textContent ?? '';
    expect(debrief).toBe('The hidden line made “Book a ticket” more likely than any other action.');
  });

  it('reports the first choice with the hidden line and the booking odds of each run to the lesson step', async () => {
    const onrecord = vi.fn();
    render(AgentDemo, { onrecord });
    await fireEvent.click(screen.getByTestId('agent-run'));
    await screen.findByTestId('agent-ranking');
    expect(onrecord).toHaveBeenCalledTimes(1);
    expect(onrecord).toHaveBeenCalledWith({
      top_action: { kind: 'text', value: 'Book a ticket' },
      booking_before: { kind: 'percent', value: 0.2 },
      booking_after: { kind: 'percent', value: 0.5 },
    });
  });

  it('reports nothing when the run fails', async () => {
    ipc.labAgentRank.mockImplementation(async () => {
      throw new Error('no model');
    });
    const onrecord = vi.fn();
    render(AgentDemo, { onrecord });
    await fireEvent.click(screen.getByTestId('agent-run'));
    await vi.waitFor(() => expect(ipc.labAgentRank).toHaveBeenCalled());
    expect(screen.queryByTestId('agent-ranking')).toBeNull();
    expect(onrecord).not.toHaveBeenCalled();
  });

  it('compares the learner’s marks with the rule, action by action, and counts the matches', async () => {
    const ongoal = vi.fn();
    render(AgentDemo, { ongoal });
    await fireEvent.click(screen.getByTestId('agent-run'));
    await screen.findByTestId('agent-ranking');

    const marks = screen.getAllByTestId('agent-mark-option');
    await fireEvent.click(marks[3]); // book_ticket
    await fireEvent.click(marks[4]); // pay
    await fireEvent.click(marks[1]); // read_page: the rule lets it do this alone
    await fireEvent.click(screen.getByTestId('agent-compare'));

    const rows = within(screen.getByTestId('agent-rule')).getAllByTestId('agent-rule-row');
    expect(rows).toHaveLength(6);
    expect(rows[1].textContent).toContain('different from the rule');
    expect(rows[5].textContent).toContain('rule: ask first – sends your data out, goes to someone new');
    expect(rows[5].textContent).toContain('different from the rule');
    expect(rows[0].textContent).toContain('same as the rule');
    expect(screen.getByTestId('agent-summary').textContent).toBe('Same as the rule: 4 of 6');
    expect(ongoal).toHaveBeenCalledTimes(1);
  });
});
