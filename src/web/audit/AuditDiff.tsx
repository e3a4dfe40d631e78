import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** One side of the diff: the object's fields as JSON lines, the fields that differ from the other side marked. */
function JsonSide({ value, other, testId }: { value: unknown; other: unknown; testId: string }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) {
    return <pre className="ovs-json" data-testid={testId}>{t('audit.empty')}</pre>;
  }
  const record = asRecord(value);
  if (!record) return <pre className="ovs-json" data-testid={testId}>{JSON.stringify(value, null, 2)}</pre>;
  const otherRecord = asRecord(other) ?? {};
  const keys = Object.keys(record);
  return (
    <pre className="ovs-json" data-testid={testId}>
      {'{\n'}
      {keys.map((key, i) => {
        const changed = JSON.stringify(record[key]) !== JSON.stringify(otherRecord[key]);
        const text = JSON.stringify(record[key], null, 2).replace(/\n/g, '\n  ');
        return (
          <span key={key} className={changed ? 'changed' : undefined}>
            {`  ${JSON.stringify(key)}: ${text}${i < keys.length - 1 ? ',' : ''}\n`}
          </span>
        );
      })}
      {'}'}
    </pre>
  );
}

/** Before and after of an audited change, side by side. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changed = Object.keys({ ...asRecord(before), ...asRecord(after) }).filter(
    (key) => JSON.stringify(asRecord(before)?.[key]) !== JSON.stringify(asRecord(after)?.[key]),
  );
  return (
    <div data-testid="audit-diff">
      {before !== null && after !== null && changed.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('audit.changedFields')}: <Typography.Text code>{changed.join(', ')}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Row gutter={12}>
        <Col span={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <JsonSide value={before} other={after} testId="audit-before" />
        </Col>
        <Col span={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <JsonSide value={after} other={before} testId="audit-after" />
        </Col>
      </Row>
    </div>
  );
}
