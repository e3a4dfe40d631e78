import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditChanges, type AuditChange, formatAuditInstant } from '../../shared/audit/audit.describe';
import type { AuditEntry, AuditRefs } from '../../shared/audit/audit.schemas';
import { toLocale } from '../lib/dates';

/**
 * One entry as a reader takes it in: what changed, field by field, in the reader's language, with names rather
 * than ids; a creation shows what was set, a removal what was there.
 */
export function AuditDetails({ entry, refs }: { entry: AuditEntry; refs: AuditRefs }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const changes = auditChanges(entry, refs, locale);
  const oneSided = entry.before === null || entry.after === null;
  const columns = [
    { title: t('audit.field'), dataIndex: 'label', width: 220 },
    ...(oneSided
      ? [{ title: t('audit.value'), key: 'value', render: (_: unknown, c: AuditChange) => (entry.after === null ? c.before : c.after) }]
      : [
          { title: t('audit.before'), dataIndex: 'before', className: 'ovs-audit-before' },
          { title: t('audit.after'), dataIndex: 'after', className: 'ovs-audit-after' },
        ]),
  ];
  return (
    <div data-testid="audit-details" className="ovs-audit-details">
      <Typography.Text strong>{t('audit.details', { seq: entry.seq })}</Typography.Text>
      {changes.length > 0 ? (
        <Table<AuditChange>
          data-testid="audit-changes"
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={changes}
          columns={columns}
          style={{ marginTop: 8 }}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('audit.noDetails')}</Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 8 }}
        items={[
          { key: 'at', label: t('audit.at'), children: formatAuditInstant(entry.at, locale) },
          { key: 'hash', label: t('audit.hash'), children: <Typography.Text code copyable style={{ fontSize: 12 }}>{entry.hash}</Typography.Text> },
        ]}
      />
    </div>
  );
}
