import { addDays, type IsoDate } from '../../shared/calendar/iso-date';
import type { LocalizedText } from '../../shared/calendar/calendar.schemas';
import type { DeadlineEvent, Explanation } from '../../shared/deadlines/deadlines.schemas';

/** How one day of a deadline period was treated, as the explainer's calendar shows it. */
export type PeriodMark = 'start' | 'counted' | 'skip-weekend' | 'skip-holiday' | 'pause' | 'shift' | 'due' | 'event';

export interface PeriodDay {
  marks: Set<PeriodMark>;
  /** 1..N for counted days. */
  count?: number;
  /** The holiday's (or make-up Saturday's) name, when the explanation gives one. */
  name?: LocalizedText;
  events: DeadlineEvent['type'][];
}

function eachDay(from: IsoDate, to: IsoDate, visit: (date: IsoDate) => void): void {
  for (let d = from; d <= to; d = addDays(d, 1)) visit(d);
}

/** Every day from the start event to the due date, marked from the server's explanation (never recomputed here). */
export function markPeriod(explanation: Explanation, events: DeadlineEvent[]): Map<IsoDate, PeriodDay> {
  const days = new Map<IsoDate, PeriodDay>();
  const at = (date: IsoDate): PeriodDay => {
    let day = days.get(date);
    if (!day) {
      day = { marks: new Set(), events: [] };
      days.set(date, day);
    }
    return day;
  };
  at(explanation.start).marks.add('start');
  let counter = 0;
  for (const segment of explanation.segments) {
    eachDay(segment.from, segment.to, (date) => {
      const day = at(date);
      if (segment.name) day.name = segment.name;
      if (segment.counted) {
        counter += 1;
        day.count = counter;
        day.marks.add('counted');
      } else if (segment.reason === 'weekend') day.marks.add('skip-weekend');
      else if (segment.reason === 'holiday') day.marks.add('skip-holiday');
      else if (segment.reason === 'pause') day.marks.add('pause');
    });
  }
  for (const skipped of explanation.shift?.skipped ?? []) {
    eachDay(skipped.from, skipped.to, (date) => {
      const day = at(date);
      day.marks.add('shift');
      if (skipped.name && !day.name) day.name = skipped.name;
    });
  }
  at(explanation.due).marks.add('due');
  for (const event of events) {
    const day = at(event.date);
    day.marks.add('event');
    day.events.push(event.type);
  }
  return days;
}
