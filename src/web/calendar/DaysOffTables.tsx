import { Card, Col, Row, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarYear, DayOffKind } from '../../shared/calendar/calendar.schemas';
import { weekdayOf } from '../../shared/calendar/iso-date';
import { formatIsoDate } from '../../shared/i18n/locale';
import { toLocale } from '../lib/dates';

const KIND_COLOURS: Record<DayOffKind, string> = { holiday: 'red', compensatory: 'orange', swapped: 'gold' };

/** The year's days off and make-up working Saturdays as lists, for reading and printing. */
export function DaysOffTables({ calendar }: { calendar: CalendarYear }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const weekdays = t('calendar.weekdays').split('|');
  const dateColumn = {
    title: t('calendar.col.date'),
    dataIndex: 'date',
    width: locale === 'vi' ? 104 : 112,
    render: (date: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(date, locale)}</span>,
  };
  const weekdayColumn = {
    title: t('calendar.col.weekday'),
    dataIndex: 'date',
    key: 'weekday',
    width: 96,
    render: (date: string) => weekdays[weekdayOf(date)],
  };
  const nameColumn = {
    title: t('calendar.col.name'),
    dataIndex: 'name',
    render: (name: { vi: string; en: string }) => name[locale],
  };

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('calendar.daysOffTitle', { n: calendar.daysOff.length })}>
          <Table
            size="small"
            rowKey="date"
            pagination={false}
            dataSource={calendar.daysOff}
            data-testid="days-off-table"
            columns={[
              dateColumn,
              weekdayColumn,
              nameColumn,
              {
                title: t('calendar.col.kind'),
                dataIndex: 'kind',
                width: 140,
                render: (kind: DayOffKind) => <Tag color={KIND_COLOURS[kind]}>{t(`calendar.legend.${kind}`)}</Tag>,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('calendar.workingSaturdaysTitle', { n: calendar.workingSaturdays.length })}>
          <Table
            size="small"
            rowKey="date"
            pagination={false}
            dataSource={calendar.workingSaturdays}
            data-testid="working-saturdays-table"
            locale={{ emptyText: t('calendar.noWorkingSaturdays') }}
            columns={[
              dateColumn,
              weekdayColumn,
              nameColumn,
              {
                title: t('calendar.col.replaces'),
                dataIndex: 'replaces',
                width: 120,
                render: (replaces: string | undefined) => (replaces ? formatIsoDate(replaces, locale) : t('common.none')),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
