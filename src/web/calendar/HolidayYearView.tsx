import { EditOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarYear, ScheduleSource } from '../../shared/calendar/calendar.schemas';
import { weekdayOf } from '../../shared/calendar/iso-date';
import { formatIsoDate } from '../../shared/i18n/locale';
import { derivedSourceNote } from '../../shared/calendar/derived-source';
import { toLocale } from '../lib/dates';
import { useNotifyError } from '../lib/use-notify-error';
import { useRevertCalendarYear } from './calendar.api';
import { CalendarEditModal } from './CalendarEditModal';
import { DaysOffTables } from './DaysOffTables';
import { YearCalendar } from './YearCalendar';

const SOURCE_COLOURS: Record<ScheduleSource, string> = { official: 'green', derived: 'blue', custom: 'gold' };

/** One year's schedule: where it comes from, the year at a glance, the lists, and (for administrators) editing. */
export function HolidayYearView({ calendar, canWrite }: { calendar: CalendarYear; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const revert = useRevertCalendarYear();
  const [editing, setEditing] = useState(false);
  const weekdays = t('calendar.weekdays').split('|');
  const day = (date: string) => `${weekdays[weekdayOf(date)]}, ${formatIsoDate(date, locale)}`;
  const year = calendar.year;

  const onRevert = () =>
    revert.mutate(year, {
      onSuccess: () => void message.success(t('calendar.reverted', { year })),
      onError: notifyError,
    });

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex wrap gap={16} justify="space-between" align="start">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            style={{ flex: 1, minWidth: 320 }}
            styles={{ label: { whiteSpace: 'nowrap' } }}
            items={[
              {
                key: 'source',
                label: t('calendar.sourceLabel'),
                span: 2,
                children: (
                  <Flex vertical gap={2}>
                    <span>
                      <Tag color={SOURCE_COLOURS[calendar.source]} data-testid="calendar-source" data-source={calendar.source}>
                        {t(`calendar.source.${calendar.source}`)}
                      </Tag>
                      <Typography.Text type="secondary">
                        {calendar.source === 'custom'
                          ? t('calendar.sourceHelp.custom', { replaces: t(`calendar.sourceInSentence.${calendar.replaces ?? 'derived'}`) })
                          : t(`calendar.sourceHelp.${calendar.source}`)}
                      </Typography.Text>
                    </span>
                    {calendar.sourceNote && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="calendar-source-note">
                        {t('calendar.sourceNote')}: {calendar.source === 'derived' ? derivedSourceNote(calendar.year)[locale] : calendar.sourceNote}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              { key: 'tet', label: t('calendar.tet'), children: <span data-testid="calendar-tet">{day(calendar.lunarNewYear)}</span> },
              { key: 'hung', label: t('calendar.hungKingsLong'), children: <span data-testid="calendar-hung-kings">{day(calendar.hungKings)}</span> },
              {
                key: 'count',
                label: t('calendar.daysOffCount'),
                children: t('calendar.daysOffCountValue', { total: calendar.daysOff.length, weekdays: calendar.weekdayDaysOff }),
              },
              { key: 'makeup', label: t('calendar.workingSaturdays'), children: calendar.workingSaturdays.length },
            ]}
          />
          {canWrite && (
            <Flex gap={8} wrap>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="calendar-edit">
                {t('calendar.edit')}
              </Button>
              {calendar.source === 'custom' && (
                <Popconfirm
                  title={t('calendar.revertTitle')}
                  description={t('calendar.revertConfirm', { year, source: t(`calendar.sourceInSentence.${calendar.replaces ?? 'derived'}`) })}
                  okText={t('calendar.revert')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true, loading: revert.isPending, 'data-testid': 'calendar-revert-confirm' }}
                  onConfirm={onRevert}
                >
                  <Button danger icon={<UndoOutlined />} data-testid="calendar-revert">
                    {t('calendar.revert')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          )}
        </Flex>
      </Card>
      <Card size="small" title={t('calendar.yearTitle', { year })}>
        <YearCalendar calendar={calendar} />
      </Card>
      <DaysOffTables calendar={calendar} />
      {canWrite && <CalendarEditModal calendar={calendar} open={editing} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
