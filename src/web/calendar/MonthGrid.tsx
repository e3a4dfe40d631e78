import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../shared/calendar/iso-date';
import { monthWeeks } from './calendar-days';
import './calendar.css';

export interface DayCell {
  /** Extra classes on the cell (`ovs-day-…`), which the legend explains. */
  className: string;
  /** What the cell shows; the day of the month when absent. */
  content?: ReactNode;
  /** Shown on hover and on click/tap (e.g. the holiday's name). */
  tooltip?: ReactNode;
  /** Read out by screen readers in place of the bare number. */
  label: string;
  /** Exposed as `data-kind` for tests and styling hooks. */
  kind?: string;
}

/** One month as a printed calendar: Monday-first weeks, weekday initials, one small cell per day. */
export function MonthGrid({ year, month, renderDay }: { year: number; month: number; renderDay: (date: IsoDate) => DayCell }) {
  const { t } = useTranslation();
  const weekdays = t('calendar.weekdaysShort').split(' ');
  const months = t('calendar.months').split('|');
  return (
    <table className="ovs-month" data-month={`${year}-${String(month).padStart(2, '0')}`}>
      <caption>
        {months[month - 1]} <span className="ovs-month-year">{year}</span>
      </caption>
      <thead>
        <tr>
          {weekdays.map((w, i) => (
            <th key={w} scope="col" className={i >= 5 ? 'ovs-month-weekend' : undefined}>
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week) => (
          <tr key={week.find(Boolean) ?? ''}>
            {week.map((date, i) => {
              if (!date) return <td key={`pad-${i}`} className="ovs-day-pad" />;
              const cell = renderDay(date);
              const body = (
                <td
                  key={date}
                  className={`ovs-day ${cell.className}`}
                  data-date={date}
                  data-kind={cell.kind}
                  aria-label={cell.label}
                  tabIndex={cell.tooltip ? 0 : undefined}
                >
                  {cell.content ?? Number(date.slice(8, 10))}
                </td>
              );
              return cell.tooltip ? (
                <Tooltip key={date} title={cell.tooltip} trigger={['hover', 'click', 'focus']} mouseEnterDelay={0.05}>
                  {body}
                </Tooltip>
              ) : (
                body
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The colour key under a calendar: a swatch with the same classes as the cells, and what it means. */
export function DayLegend({ items }: { items: Array<{ className: string; label: string; sample?: ReactNode }> }) {
  return (
    <ul className="ovs-legend">
      {items.map((item) => (
        <li key={item.className}>
          <span className={`ovs-day ovs-legend-swatch ${item.className}`} aria-hidden>
            {item.sample ?? 8}
          </span>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
