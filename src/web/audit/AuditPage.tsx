import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Space, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  auditActionLabel,
  auditActorLabel,
  auditEntityLabel,
  auditSubjectLabel,
  auditUnitLabel,
  formatAuditInstant,
} from '../../shared/audit/audit.describe';
import type { AuditEntry } from '../../shared/audit/audit.schemas';
import { formatNumber } from '../../shared/i18n/locale';
import { can, useSession } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { toLocale } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';
import { useNotifyError } from '../lib/use-notify-error';
import { AuditDetails } from './AuditDetails';
import { AuditFilters } from './AuditFilters';
import { mergeRefs, useAuditLog, useExportAudit, useVerifyAudit } from './audit.api';
import { filtersFromParams, withFilter } from './audit-url';

/** The tamper-evident log of every change in the user's scope, readable by an inspector, with filters in the address. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  useDocumentTitle(t('audit.pageTitle'));
  const me = useSession();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const log = useAuditLog(filters);
  const verify = useVerifyAudit();
  const exporter = useExportAudit();
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const refs = useMemo(() => mergeRefs(log.data?.pages), [log.data]);

  return (
    <>
      <div className="ovs-page-header">
        <h1>{t('audit.pageTitle')}</h1>
        <Space>
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            onClick={() =>
              exporter.mutate(
                { filters, locale },
                { onSuccess: (n) => void message.success(t('audit.exported', { n: formatNumber(n, locale) })), onError: notifyError },
              )
            }
            data-testid="audit-export"
          >
            {t('audit.export')}
          </Button>
          {can(me, 'audit:verify') && (
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={verify.isPending}
              onClick={() => verify.mutate(undefined, { onError: notifyError })}
              data-testid="audit-verify"
            >
              {t('audit.verify')}
            </Button>
          )}
        </Space>
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
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('audit.intro')}</Typography.Paragraph>
        <AuditFilters value={filters} onChange={(changes) => setParams(withFilter(params, changes), { replace: true })} />
        {log.error && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
        <Table<AuditEntry>
          data-testid="audit-table"
          size="small"
          rowKey="seq"
          loading={log.isFetching && !log.isFetchingNextPage}
          dataSource={entries}
          pagination={false}
          locale={{ emptyText: t('audit.empty') }}
          expandable={{ expandedRowRender: (entry) => <AuditDetails entry={entry} refs={refs} />, expandRowByClick: true }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80, render: (seq: number) => formatNumber(seq, locale) },
            { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: string) => formatAuditInstant(at, locale) },
            { title: t('audit.actor'), key: 'actor', width: 200, render: (_, e) => auditActorLabel(e, refs, locale) },
            { title: t('audit.action'), dataIndex: 'action', width: 220, render: (action: string) => auditActionLabel(action, locale) },
            {
              title: t('audit.subject'),
              key: 'subject',
              render: (_, e) => (
                <span>
                  <Typography.Text type="secondary">{auditEntityLabel(e.entityType, locale)}:</Typography.Text>{' '}
                  {auditSubjectLabel(e, refs, locale)}
                </span>
              ),
            },
            {
              title: t('audit.unit'),
              dataIndex: 'unitId',
              render: (id: string | null) => (id ? auditUnitLabel(id, refs, locale) : t('common.none')),
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
