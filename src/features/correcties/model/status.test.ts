import { describe, expect, it } from 'vitest';
import { STATUS_BADGE, statusOf, timelineOf } from './status';
import type { ZaakVM } from './verzoek';

const h = (stap: ZaakVM['stap']) => ({ stap, datum: '2026-11-20', toelichting: '', at: '2026-11-20T10:00:00Z' });

describe('status badge: one map', () => {
  it('gives each outcome one colour, whatever page asks', () => {
    expect(STATUS_BADGE[statusOf({ uitkomst: 'toegekend', stap: 'besloten', closed: true, overdue: false })]).toBe(
      'valid',
    );
    expect(STATUS_BADGE[statusOf({ uitkomst: 'afgewezen', stap: 'besloten', closed: true, overdue: false })]).toBe(
      'danger',
    );
    expect(statusOf({ uitkomst: undefined, stap: 'in_behandeling', closed: false, overdue: true })).toBe('teLaat');
    expect(statusOf({ uitkomst: undefined, stap: undefined, closed: false, overdue: false })).toBe('onbekend');
  });
});

describe('status timeline', () => {
  it('does not tick a step that never happened (decided straight after receipt)', () => {
    const steps = timelineOf({ stap: 'besloten', closed: true, history: [h('ontvangen'), h('besloten')] });
    expect(steps).toEqual([
      { stap: 'ontvangen', state: 'done' },
      { stap: 'in_behandeling', state: 'skipped' },
      { stap: 'besloten', state: 'done' },
    ]);
  });

  it('a withdrawn request shows no decision, though its end status is the same as a decision', () => {
    const steps = timelineOf({
      stap: 'ingetrokken',
      closed: true,
      history: [h('ontvangen'), h('in_behandeling'), h('besloten')],
    });
    expect(steps.map((s) => s.stap)).not.toContain('besloten');
    expect(steps).toEqual([
      { stap: 'ontvangen', state: 'done' },
      { stap: 'in_behandeling', state: 'done' },
    ]);
  });

  it('lists "Meer informatie nodig" only when it happened or is the current step', () => {
    expect(
      timelineOf({ stap: 'in_behandeling', closed: false, history: [h('ontvangen'), h('in_behandeling')] }),
    ).toEqual([
      { stap: 'ontvangen', state: 'done' },
      { stap: 'in_behandeling', state: 'current' },
      { stap: 'besloten', state: 'todo' },
    ]);
    const asked = timelineOf({
      stap: 'aanvullende_informatie',
      closed: false,
      history: [h('ontvangen'), h('in_behandeling'), h('aanvullende_informatie')],
    });
    expect(asked.find((s) => s.stap === 'aanvullende_informatie')?.state).toBe('current');
  });
});
