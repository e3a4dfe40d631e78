import { Card, Descriptions, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../shared/i18n/locale';
import type { OrgUnit, OrgUnitHistory, SuccessionEvent } from '../../shared/org-units/org-units.schemas';
import { ErrorAlert } from '../components/ErrorAlert';
import { toLocale } from '../lib/dates';
import { orgUnitQuery, useOrgUnitHistory } from './org-units.api';
import { UnitLink } from './UnitLink';

type SelectUnit = (id: string) => void;

/** Where a unit came from and what carries it on: the succession events and the units on either side. */
export function OrgUnitHistoryPanel({ id, onSelect }: { id: string; onSelect: SelectUnit }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useOrgUnitHistory(id);
  return (
    <Card size="small" title={t('history.title')} data-testid="history-panel">
      {isPending ? (
        <Skeleton active />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <HistoryBody history={data} onSelect={onSelect} />
      )}
    </Card>
  );
}

function HistoryBody({ history, onSelect }: { history: OrgUnitHistory; onSelect: SelectUnit }) {
  const { t } = useTranslation();
  const known = new Map<string, OrgUnit>(
    [history.unit, ...history.predecessors, ...history.successors, ...history.currentUnits].map((u) => [u.id, u]),
  );
  // An event can name units outside this unit's own line (e.g. the other communes of a merger): fetch their names.
  const others = [...new Set(history.events.flatMap((e) => [...e.predecessorIds, ...e.successorIds]))].filter((id) => !known.has(id));
  const fetched = useQueries({ queries: others.map((id) => orgUnitQuery(id)) });
  for (const result of fetched) if (result.data) known.set(result.data.id, result.data);
  const stillActive = history.currentUnits.length === 1 && history.currentUnits[0]?.id === history.unit.id;
  const events = [...history.events].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  return (
    <Flex vertical gap={16}>
      <section aria-label={t('history.events')} data-testid="history-events">
        <Typography.Text strong>{t('history.events')}</Typography.Text>
        {events.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.noEvents')} />
        ) : (
          <Timeline
            style={{ marginTop: 12, marginBottom: 0 }}
            items={events.map((event) => ({ key: event.id, content: <EventItem event={event} known={known} onSelect={onSelect} /> }))}
          />
        )}
      </section>
      <Descriptions size="small" bordered column={1} styles={{ label: { width: 190 } }}>
        <Descriptions.Item label={t('history.predecessors')}>
          <UnitList units={history.predecessors} hidden={history.hidden.predecessors} onSelect={onSelect} testId="history-predecessors" />
        </Descriptions.Item>
        <Descriptions.Item label={t('history.successors')}>
          <UnitList units={history.successors} hidden={history.hidden.successors} onSelect={onSelect} testId="history-successors" />
        </Descriptions.Item>
        <Descriptions.Item label={t('history.currentUnits')}>
          {stillActive ? (
            <Tag color="green" data-testid="history-current">{t('history.stillActive')}</Tag>
          ) : (
            <UnitList units={history.currentUnits} hidden={history.hidden.currentUnits} onSelect={onSelect} testId="history-current" />
          )}
        </Descriptions.Item>
      </Descriptions>
    </Flex>
  );
}

function EventItem({ event, known, onSelect }: { event: SuccessionEvent; known: Map<string, OrgUnit>; onSelect: SelectUnit }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const units = (ids: string[]) => ids.map((id) => known.get(id) ?? { id, nameVi: id, nameEn: null });
  return (
    <div data-testid="history-event" data-event-kind={event.kind}>
      <Flex gap={8} wrap align="center">
        <Tag color="geekblue">{t(`succession.${event.kind}`)}</Tag>
        <Typography.Text strong>{t('history.effective', { date: formatIsoDate(event.effectiveDate, locale) })}</Typography.Text>
      </Flex>
      {event.documentNumber && (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">{t('history.document')}: </Typography.Text>
          <Typography.Text strong data-testid="history-document">{event.documentNumber}</Typography.Text>
          {event.documentDate && <Typography.Text type="secondary"> {t('history.documentDated', { date: formatIsoDate(event.documentDate, locale) })}</Typography.Text>}
          {event.documentTitle && <div><Typography.Text type="secondary" italic>{event.documentTitle}</Typography.Text></div>}
        </div>
      )}
      <div style={{ marginTop: 4 }}>
        <Typography.Text type="secondary">{t('history.from')}: </Typography.Text>
        <InlineUnits units={units(event.predecessorIds)} hidden={event.hidden.predecessors} onSelect={onSelect} />
      </div>
      <div>
        <Typography.Text type="secondary">{t('history.into')}: </Typography.Text>
        <InlineUnits units={units(event.successorIds)} hidden={event.hidden.successors} onSelect={onSelect} />
      </div>
      {event.note && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>{event.note}</Typography.Paragraph>}
    </div>
  );
}

type UnitRef = Parameters<typeof UnitLink>[0]['unit'];

/** The units the reader may see, then how many others there are outside the reader's scope (never "none" then). */
function InlineUnits({ units, hidden = 0, onSelect }: { units: UnitRef[]; hidden?: number; onSelect: SelectUnit }) {
  const { t } = useTranslation();
  if (units.length === 0 && hidden === 0) return <span>{t('history.noneRecorded')}</span>;
  return (
    <>
      {units.map((unit, i) => (
        <span key={unit.id}>
          {i > 0 && ', '}
          <UnitLink unit={unit} onSelect={onSelect} />
        </span>
      ))}
      {hidden > 0 && (
        <Typography.Text type="secondary" data-testid="history-hidden">
          {units.length > 0 && ', '}
          {t('history.hiddenUnits', { count: hidden })}
        </Typography.Text>
      )}
    </>
  );
}

function UnitList({ units, hidden, onSelect, testId }: { units: OrgUnit[]; hidden: number; onSelect: SelectUnit; testId: string }) {
  const { t } = useTranslation();
  if (units.length === 0 && hidden === 0) {
    return <Typography.Text type="secondary" data-testid={testId}>{t('history.noneRecorded')}</Typography.Text>;
  }
  return (
    <div data-testid={testId}>
      <InlineUnits units={units} hidden={hidden} onSelect={onSelect} />
    </div>
  );
}
