import { EditOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rule } from '../../shared/deadlines/deadlines.schemas';
import { formatIsoDate } from '../../shared/i18n/locale';
import { ErrorAlert } from '../components/ErrorAlert';
import { toLocale } from '../lib/dates';
import { useNotifyError } from '../lib/use-notify-error';
import { useRuleOverride, useRuleTable } from './deadlines.api';
import { formatLimit, formatVariant, overrideApplies, sortRules } from './rule-labels';
import { RuleOverrideModal } from './RuleOverrideModal';

/** The statutory time limits, 2021 and 2026 versions side by side, with administrators' overrides. */
export function RuleTable({ canWrite }: { canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { data, error, isPending, refetch } = useRuleTable();
  const clear = useRuleOverride();
  const [editing, setEditing] = useState<Rule | null>(null);

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const rules = sortRules(data?.rules ?? []);
  const overrides = data?.overrides ?? {};
  // The id, title and actions span every version of a rule.
  const span = (rule: Rule, index: number) =>
    index > 0 && rules[index - 1]?.id === rule.id ? 0 : rules.filter((r) => r.id === rule.id).length;

  const onClear = (rule: Rule) =>
    clear.mutate(
      { id: rule.id, override: null },
      { onSuccess: () => void message.success(t('rules.cleared', { title: rule.title[locale] })), onError: notifyError },
    );

  return (
    <>
      <Typography.Paragraph type="secondary">{t('rules.intro')}</Typography.Paragraph>
      <Table<Rule>
        size="small"
        bordered
        loading={isPending}
        rowKey={(r) => `${r.id}@${r.ruleSet}`}
        dataSource={rules}
        pagination={false}
        data-testid="rule-table"
        onRow={(r) => ({ 'data-rule': r.id, 'data-rule-set': r.ruleSet }) as object}
        columns={[
          {
            title: t('rules.col.rule'),
            key: 'rule',
            width: 230,
            onCell: (r, i) => ({ rowSpan: span(r, i ?? 0) }),
            render: (_, r) => (
              <Flex vertical gap={2}>
                <strong>{r.title[locale]}</strong>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} code>
                  {r.id}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('rules.col.ruleSet'),
            key: 'ruleSet',
            width: 120,
            render: (_, r) => (
              <Flex vertical gap={2}>
                <Tag color={r.ruleSet === '2026' ? 'blue' : 'default'} style={{ width: 'fit-content' }}>
                  {r.ruleSet}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.validTo ? t('rules.validUntil', { date: formatIsoDate(r.validTo, locale) }) : t('rules.validFrom', { date: formatIsoDate(r.validFrom, locale) })}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('rules.col.limit'),
            key: 'limit',
            width: 150,
            render: (_, r) => {
              const o = overrides[r.id];
              const base = formatLimit(t, r.count, r.unit);
              if (!overrideApplies(o, r) || (o.count === undefined && o.unit === undefined)) return <strong>{base}</strong>;
              return (
                <Flex vertical gap={2}>
                  <strong>{formatLimit(t, o.count ?? r.count, o.unit ?? r.unit)}</strong>
                  <span>
                    <Tag color="gold">{t('rules.overridden')}</Tag>
                    <Typography.Text delete type="secondary" style={{ fontSize: 12 }}>{base}</Typography.Text>
                  </span>
                </Flex>
              );
            },
          },
          {
            title: t('rules.col.special'),
            key: 'special',
            width: 290,
            render: (_, r) => {
              const lines = [
                ...r.variants.map((v) => formatVariant(t, r, v)),
                ...(r.extension ? [t('rules.extension', { max: r.extension.maxExtensions, days: r.extension.daysPerExtension })] : []),
                ...((overrides[r.id]?.pausable ?? r.pausable) ? [t('rules.pausable')] : []),
              ];
              return lines.length ? (
                <ul style={{ margin: 0, paddingLeft: 16, fontSize: 12 }}>{lines.map((l) => <li key={l}>{l}</li>)}</ul>
              ) : (
                t('common.none')
              );
            },
          },
          { title: t('rules.col.source'), key: 'source', render: (_, r) => <span style={{ fontSize: 12 }}>{r.source[locale]}</span> },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  onCell: (r: Rule, i?: number) => ({ rowSpan: span(r, i ?? 0) }),
                  render: (_: unknown, r: Rule) => (
                    <Flex vertical gap={4} align="start">
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} data-testid={`rule-override-${r.id}`}>
                        {t('rules.editOverride')}
                      </Button>
                      {overrides[r.id] && (
                        <Popconfirm title={t('rules.clearConfirm')} okText={t('rules.clearOverride')} cancelText={t('common.cancel')} onConfirm={() => onClear(r)}>
                          <Button size="small" type="link" danger icon={<UndoOutlined />} style={{ padding: 0 }}>
                            {t('rules.clearOverride')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canWrite && <RuleOverrideModal rule={editing} override={editing ? overrides[editing.id] : undefined} onClose={() => setEditing(null)} />}
    </>
  );
}
