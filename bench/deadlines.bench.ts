import { addDays, isValidIsoDate } from '../src/shared/calendar/iso-date';
import { createWorkCalendar } from '../src/shared/calendar/work-calendar';
import { computeClocks } from '../src/shared/deadlines/matter-clocks.rules';
import { computeDeadline } from '../src/shared/deadlines/clock.rules';
import type { DeadlineComputeRequest } from '../src/shared/deadlines/deadlines.schemas';
import { formatExplanation } from '../src/shared/deadlines/explain';
import { measure, report } from './harness';

/** A realistic mix: intake and resolution limits, 2021 and 2026 rule sets, options, pauses and extensions. */
function makeCases(n: number): DeadlineComputeRequest[] {
  const rules: Array<Omit<DeadlineComputeRequest, 'start'>> = [
    { rule: 'petition.handling' },
    { rule: 'petition.handling' },
    { rule: 'complaint.acceptance' },
    { rule: 'complaint.resolution' },
    { rule: 'complaint.resolution', options: { complex: true } },
    { rule: 'complaint.resolution', options: { secondTime: true, remote: true } },
    { rule: 'denunciation.initial-handling' },
    { rule: 'denunciation.resolution', options: { extensions: 1 } },
    { rule: 'denunciation.notify' },
    { rule: 'reception.refusal-notice' },
  ];
  const cases: DeadlineComputeRequest[] = [];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < n; i++) {
    const base = rules[i % rules.length]!;
    const start = addDays('2024-01-01', Math.floor(rand() * 1200));
    const withPause = base.rule === 'complaint.resolution' && start >= '2026-07-01' && rand() < 0.3;
    cases.push({
      ...base,
      start,
      ...(withPause ? { events: [{ type: 'suspended', date: addDays(start, 5) }, { type: 'continued', date: addDays(start, 20) }] } : {}),
    } as DeadlineComputeRequest);
  }
  return cases;
}

export async function benchDeadlines(ops: number): Promise<void> {
  const calendar = createWorkCalendar();
  const cases = makeCases(ops);
  // The plain way without an engine: step day by day over a set of days off, no validation, no explanation.
  const daysOff = new Set<string>();
  for (let y = 2024; y <= 2028; y++) for (const d of calendar.yearSchedule(y).daysOff) daysOff.add(d.date);
  const working = (d: string) => {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6 && !daysOff.has(d);
  };
  const naive = await measure('naive day-stepping loop (no rules, no explanation)', ops, (i) => {
    const c = cases[Math.abs(i) % cases.length]!;
    if (!isValidIsoDate(c.start)) throw new Error('bad');
    let d = c.start;
    for (let left = 10; left > 0; ) {
      d = addDays(d, 1);
      if (working(d)) left--;
    }
    return d;
  });
  const engine = await measure('computeDeadline (rule table, explanation)', ops, (i) => {
    const r = computeDeadline({ ...cases[Math.abs(i) % cases.length]!, calendar });
    if (!r.ok) throw new Error(r.message.en);
  });
  const explained = await measure('computeDeadline + formatExplanation (vi)', ops, (i) => {
    const r = computeDeadline({ ...cases[Math.abs(i) % cases.length]!, calendar });
    if (!r.ok) throw new Error(r.message.en);
    formatExplanation(r.value.explanation, 'vi');
  });
  const clocks = await measure('computeClocks, complaint with 4 events', Math.round(ops / 4), (i) => {
    const start = addDays('2025-01-01', Math.abs(i) % 700);
    const r = computeClocks(
      {
        matterType: 'complaint',
        events: [
          { type: 'received', date: start },
          { type: 'accepted', date: addDays(start, 6) },
          { type: 'suspended', date: addDays(start, 10) },
          { type: 'continued', date: addDays(start, 25) },
        ],
      },
      { today: '2026-11-25', calendar },
    );
    if (!r.ok) throw new Error(r.message.en);
  });
  report(`Deadlines: ${ops} computations over a mix of ${10} rules, 2024–2027 start dates`, [naive, engine, explained, clocks], naive);
}
