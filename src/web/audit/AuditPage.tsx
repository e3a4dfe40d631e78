import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Select, Space, Table, Typography } from 'antd';
import { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/audit/audit.schemas';
import { formatNumber } from '../../shared/i18n/locale';
import { can, isAdministrator, useSession } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { datePickerFormat, formatInstant, toIso, toLocale } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';
import { useNotifyError } from '../lib/use-notify-error';
import { useOrgUnitList } from '../org-units/org-units.api';
import { unitName } from '../org-units/unit-name';
import { useUsers } from '../users/users.api';
import { AuditDiff } from './AuditDiff';
import { type AuditFilters, useAuditLog, useVerifyAudit } from './audit.api';

const ENTITY_TYPES = ['org-unit', 'succession-event', 'user', 'api-token', 'holiday-schedule', 'deadline-rule'] as const;

/** The tamper-evident log of every change in the user's scope, with a chain check for administrators. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  useDocumentTitle(t('audit.pageTitle'));
  const me = useSession();
  const notifyError = useNotifyError();
  const [entityType, setEntityType] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const filters: AuditFilters = {
    entityType,
    from: toIso(range?.[0]) ?? undefined,
    to: toIso(range?.[1]) ?? undefined,
  };
  const log = useAuditLog(filters);
  const verify = useVerifyAudit();
  const units = useOrgUnitList();
  const unitNames = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, unitName(u, locale)])), [units.data, locale]);
  const users = useUsers('', { enabled: can(me, 'user:read') });
  const userNames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, `${u.displayName} (${u.username})`])), [users.data]);
  const entityLabel = (e: AuditEntry) =>
    // Units are named in their own column; here the identifier is enough.
    (e.entityType === 'user' ? userNames.get(e.entityId) : e.entityType === 'org-unit' ? e.entityId : undefined) ??
    e.entityId.slice(0, 13);
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const label = (group: 'actions' | 'entities', key: string) =>
    t(`audit.${group}.${key.replace('.', '/')}`, { defaultValue: key });

  return (
    <>
      <div className="ovs-page-header">
        <h1>{t('audit.pageTitle')}</h1>
        {isAdministrator(me) && (
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate(undefined, { onError: notifyError })}
            data-testid="audit-verify"
          >
            {t('audit.verify')}
          </Button>
        )}
      </div>
      {verify.data && (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          closable={{ onClose: () => verify.reset() }}
          data-testid="audit-verify-result"
          type={verify.data.ok ? 'success' : 'error'}
          title={verify.data.ok ? t('audit.verifyOk') : t('audit.verifyBroken', { seq: verify.data.firstBrokenSeq ?? '?' })}
          description={verify.data.ok ? t('audit.verifyOkDetail', { checked: formatNumber(verify.data.checked, locale) }) : verify.data.reason}
        />
      )}
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ width: 220 }}
            aria-label={t('audit.entityType')}
            placeholder={t('audit.allTypes')}
            value={entityType}
            onChange={setEntityType}
            options={ENTITY_TYPES.map((type) => ({ value: type, label: label('entities', type) }))}
            data-testid="audit-entity-type"
          />
          <DatePicker.RangePicker
            aria-label={t('audit.dateRange')}
            format={datePickerFormat(locale)}
            value={range}
            onChange={(value) => setRange(value)}
            data-testid="audit-range"
          />
        </Space>
        {log.error && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
        <Table<AuditEntry>
          data-testid="audit-table"
          size="small"
          rowKey="seq"
          loading={log.isFetching && !log.isFetchingNextPage}
          dataSource={entries}
          pagination={false}
          expandable={{
            expandedRowRender: (entry) => <AuditDiff before={entry.before} after={entry.after} />,
            rowExpandable: (entry) => entry.before !== null || entry.after !== null,
          }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80, render: (seq: number) => formatNumber(seq, locale) },
            { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: string) => formatInstant(at, locale, true) },
            { title: t('audit.actor'), dataIndex: 'actorName', width: 170 },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 190,
              render: (action: string) => label('actions', action),
            },
            {
              title: t('audit.entity'),
              key: 'entity',
              render: (_, e) => (
                <span>
                  {label('entities', e.entityType)}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{entityLabel(e)}</Typography.Text>
                </span>
              ),
            },
            {
              title: t('audit.unit'),
              dataIndex: 'unitId',
              render: (id: string | null) => (id ? unitNames.get(id) ?? id : t('common.none')),
            },
          ]}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('audit.shown', { n: formatNumber(entries.length, locale) })}</Typography.Text>
          {log.hasNextPage ? (
            <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} data-testid="audit-load-more">
              {t('audit.loadMore')}
            </Button>
          ) : (
            entries.length > 0 && <Typography.Text type="secondary">{t('audit.noMore')}</Typography.Text>
          )}
        </Flex>
      </Card>
    </>
  );
}
