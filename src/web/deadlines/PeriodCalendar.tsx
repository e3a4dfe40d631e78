import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { weekdayOf, yearOf, type IsoDate } from '../../shared/calendar/iso-date';
import type { DeadlineEvent, Explanation } from '../../shared/deadlines/deadlines.schemas';
import { formatIsoDate } from '../../shared/i18n/locale';
import { useCalendarYears } from '../calendar/calendar.api';
import { createDayClassifier, monthsBetween, type DayInfo } from '../calendar/calendar-days';
import { DayLegend, MonthGrid } from '../calendar/MonthGrid';
import { toLocale } from '../lib/dates';
import { markPeriod, type PeriodMark } from './period-days';

const MAX_MONTHS = 15;
/** Marks drawn as the cell's colour, strongest first; `shift` and `event` are drawn on top of any of them. */
const FILL: PeriodMark[] = ['due', 'start', 'counted', 'skip-holiday', 'skip-weekend', 'pause'];

/** The period on a calendar: the start event, each counted day numbered, skipped days and why, and the due date. */
export function PeriodCalendar({ explanation, events }: { explanation: Explanation; events: DeadlineEvent[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const weekdays = t('calendar.weekdays').split('|');
  const first = yearOf(explanation.start);
  const last = yearOf(explanation.due);
  const calendars = useCalendarYears(Array.from({ length: Math.min(last - first, 2) + 1 }, (_, i) => first + i));
  const classifiers = new Map([...calendars].map(([year, calendar]) => [year, createDayClassifier(calendar)]));
  const baseOf = (date: IsoDate): DayInfo => (classifiers.get(yearOf(date)) ?? createDayClassifier(undefined))(date);
  const period = markPeriod(explanation, events);
  const months = monthsBetween(explanation.start, explanation.due, MAX_MONTHS);

  const renderDay = (date: IsoDate) => {
    const base = baseOf(date);
    const day = period.get(date);
    const inside = date >= explanation.start && date <= explanation.due;
    const fill = FILL.find((m) => day?.marks.has(m));
    const classes = [fill ? `ovs-day-${fill}` : `ovs-day-${base.style}`];
    if (!inside) classes.push('ovs-day-outside');
    if (day?.marks.has('shift') && fill !== 'due') classes.push('ovs-day-shift');
    if (day?.marks.has('event')) classes.push('ovs-day-event');
    const name = (day?.name ?? base.name)?.[locale];
    const notes = [
      ...(fill && fill !== 'counted' ? [t(`deadlines.legend.${fill}`)] : []),
      ...(day?.count ? [t('deadlines.countedDay', { n: day.count })] : []),
      ...(day?.marks.has('shift') && fill !== 'due' ? [t('deadlines.legend.shift')] : []),
      ...(day?.events.map((e) => t(`deadlines.eventType.${e}`)) ?? []),
    ];
    const heading = `${weekdays[weekdayOf(date)]}, ${formatIsoDate(date, locale)}`;
    const dayOfMonth = Number(date.slice(8, 10));
    return {
      className: classes.join(' '),
      kind: fill ?? (inside ? base.style : 'outside'),
      label: [heading, name, ...notes].filter(Boolean).join(' — '),
      content: day?.count ? (
        <>
          <span className="ovs-day-num">{dayOfMonth}</span>
          <span className="ovs-day-count">{day.count}</span>
        </>
      ) : undefined,
      tooltip:
        inside || name ? (
          <div>
            <div style={{ fontWeight: 600 }}>{heading}</div>
            {name && <div>{name}</div>}
            {notes.map((n) => (
              <div key={n} style={{ opacity: 0.85 }}>{n}</div>
            ))}
          </div>
        ) : undefined,
    };
  };

  return (
    <div className="ovs-period" data-testid="deadline-calendar">
      <div className="ovs-months">
        {months.map(({ year, month }) => (
          <MonthGrid key={`${year}-${month}`} year={year} month={month} renderDay={renderDay} />
        ))}
      </div>
      {months.length === MAX_MONTHS && (
        <Typography.Text type="secondary">{t('deadlines.periodTruncated', { n: MAX_MONTHS })}</Typography.Text>
      )}
      <div style={{ marginTop: 14 }}>
        <DayLegend
          items={[
            { className: 'ovs-day-start', label: t('deadlines.legend.start') },
            { className: 'ovs-day-counted', label: t('deadlines.legend.counted'), sample: <><span className="ovs-day-num">8</span><span className="ovs-day-count">1</span></> },
            { className: 'ovs-day-skip-weekend', label: t('deadlines.legend.skip-weekend') },
            { className: 'ovs-day-skip-holiday', label: t('deadlines.legend.skip-holiday') },
            { className: 'ovs-day-pause', label: t('deadlines.legend.pause') },
            { className: 'ovs-day-weekend ovs-day-shift', label: t('deadlines.legend.shift') },
            { className: 'ovs-day-working ovs-day-event', label: t('deadlines.legend.event') },
            { className: 'ovs-day-due', label: t('deadlines.legend.due') },
          ]}
        />
      </div>
    </div>
  );
}
