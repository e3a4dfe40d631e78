import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from '../../shared/calendar/calendar-result';
import { can, useMe } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { RuleTable } from '../deadlines/RuleTable';
import { todayIso } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';
import { useCalendarYear } from './calendar.api';
import { HolidayYearView } from './HolidayYearView';

type Tab = 'holidays' | 'rules';

/** The statutory calendar: days off and make-up days of a year, and the table of statutory time limits. */
export function CalendarPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calendar.pageTitle'));
  const { data: me } = useMe();
  const canWrite = can(me, 'calendar:write');

  // The year and tab live in the address, so a year can be bookmarked or sent to a colleague.
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIso().slice(0, 4));
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= MIN_SUPPORTED_YEAR && yearParam <= MAX_SUPPORTED_YEAR ? yearParam : thisYear;
  const tab: Tab = params.get('tab') === 'rules' ? 'rules' : 'holidays';
  const update = (changes: { year?: number; tab?: Tab }) => {
    const next = new URLSearchParams(params);
    if (changes.year !== undefined) {
      if (changes.year === thisYear) next.delete('year');
      else next.set('year', String(changes.year));
    }
    if (changes.tab !== undefined) {
      if (changes.tab === 'holidays') next.delete('tab');
      else next.set('tab', changes.tab);
    }
    setParams(next);
  };

  const calendar = useCalendarYear(year);

  const yearPicker = (
    <Space.Compact>
      <Button icon={<LeftOutlined />} aria-label={t('calendar.prevYear')} disabled={year <= MIN_SUPPORTED_YEAR} onClick={() => update({ year: year - 1 })} data-testid="calendar-prev-year" />
      <Button style={{ minWidth: 84, fontWeight: 600 }} data-testid="calendar-year" onClick={() => update({ year: thisYear })} title={t('calendar.thisYear')}>
        {t('calendar.yearLabel', { year })}
      </Button>
      <Button icon={<RightOutlined />} aria-label={t('calendar.nextYear')} disabled={year >= MAX_SUPPORTED_YEAR} onClick={() => update({ year: year + 1 })} data-testid="calendar-next-year" />
    </Space.Compact>
  );

  return (
    <>
      <div className="ovs-page-header">
        <h1>{t('calendar.pageTitle')}</h1>
        {/* Beside the title, not in the tab bar: a role="tablist" may hold only tabs (WCAG 4.1.2). */}
        {tab === 'holidays' && yearPicker}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key as Tab })}
        items={[
          {
            key: 'holidays',
            label: <span data-testid="calendar-tab-holidays">{t('calendar.tabHolidays')}</span>,
            children: calendar.error ? (
              <ErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />
            ) : calendar.data ? (
              <Flex vertical style={{ opacity: calendar.isPlaceholderData ? 0.6 : 1 }}>
                <HolidayYearView calendar={calendar.data} canWrite={canWrite} />
              </Flex>
            ) : (
              <Skeleton active />
            ),
          },
          { key: 'rules', label: <span data-testid="calendar-tab-rules">{t('calendar.tabRules')}</span>, children: <RuleTable canWrite={can(me, 'deadline-rule:write')} /> },
        ]}
      />
    </>
  );
}
