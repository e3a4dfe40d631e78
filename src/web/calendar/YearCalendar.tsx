import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '../../shared/calendar/calendar.schemas';
import { weekdayOf, type IsoDate } from '../../shared/calendar/iso-date';
import { formatIsoDate } from '../../shared/i18n/locale';
import { toLocale, todayIso } from '../lib/dates';
import { createDayClassifier, type DayStyle } from './calendar-days';
import { DayLegend, MonthGrid } from './MonthGrid';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const LEGEND: DayStyle[] = ['working', 'weekend', 'holiday', 'compensatory', 'swapped', 'makeup'];

/** The year at a glance: twelve month grids, each day coloured by kind, names on hover or tap. */
export function YearCalendar({ calendar }: { calendar: CalendarYear }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const classify = createDayClassifier(calendar);
  const weekdays = t('calendar.weekdays').split('|');
  const today = todayIso();
  const lunar = new Map<IsoDate, string>([
    [calendar.lunarNewYear, t('calendar.tet')],
    [calendar.hungKings, t('calendar.hungKings')],
  ]);

  const renderDay = (date: IsoDate) => {
    const info = classify(date);
    const lunarName = lunar.get(date);
    const names = [info.name?.[locale], lunarName].filter((n, i, all): n is string => !!n && all.indexOf(n) === i);
    const kind = info.style === 'working' || info.style === 'weekend' ? '' : t(`calendar.legend.${info.style}`);
    const heading = `${weekdays[weekdayOf(date)]}, ${formatIsoDate(date, locale)}`;
    const classes = [`ovs-day-${info.style}`, lunarName ? 'ovs-day-lunar' : '', date === today ? 'ovs-day-today' : ''];
    return {
      className: classes.filter(Boolean).join(' '),
      kind: info.style,
      label: [heading, ...names, kind].filter(Boolean).join(' — '),
      tooltip:
        names.length > 0 || kind ? (
          <div data-testid="calendar-day-tooltip">
            <div style={{ fontWeight: 600 }}>{heading}</div>
            {names.map((n) => (
              <div key={n}>{n}</div>
            ))}
            {kind && <div style={{ opacity: 0.8 }}>{kind}</div>}
          </div>
        ) : undefined,
    };
  };

  return (
    <div data-testid="year-calendar" data-year={calendar.year}>
      <div className="ovs-months">
        {MONTHS.map((m) => (
          <MonthGrid key={m} year={calendar.year} month={m} renderDay={renderDay} />
        ))}
      </div>
      <div style={{ marginTop: 14 }}>
        <DayLegend
          items={[
            ...LEGEND.map((style) => ({ className: `ovs-day-${style}`, label: t(`calendar.legend.${style}`) })),
            { className: 'ovs-day-working ovs-day-lunar', label: t('calendar.legend.lunar') },
            { className: 'ovs-day-working ovs-day-today', label: t('calendar.legend.today') },
          ]}
        />
      </div>
    </div>
  );
}
