import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActionLabel } from '../../shared/audit/audit.describe';
import { AUDIT_ACTIONS, AUDIT_VALUE_LABELS } from '../../shared/audit/audit.labels';
import { AUDIT_SYSTEM_ACTOR } from '../../shared/audit/audit.schemas';
import { foldForSearch } from '../../shared/text/fold';
import { can, useSession } from '../auth/session';
import { datePickerFormat, fromIso, toIso, toLocale } from '../lib/dates';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { useUsers } from '../users/users.api';
import { type AuditUrlFilter, hasFilters } from './audit-url';

const foldedMatch = (input: string, option?: { label?: unknown }) =>
  foldForSearch(String(option?.label ?? '')).includes(foldForSearch(input));

/** Person, action, unit, free text and period; every change goes to the page address. */
export function AuditFilters({ value, onChange }: { value: AuditUrlFilter; onChange: (changes: Partial<AuditUrlFilter>) => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const me = useSession();
  const users = useUsers('', { enabled: can(me, 'user:read') });
  const [text, setText] = useState(value.q ?? '');
  useEffect(() => setText(value.q ?? ''), [value.q]);
  const people = useMemo(
    () => [
      { value: AUDIT_SYSTEM_ACTOR, label: AUDIT_VALUE_LABELS[locale].system ?? AUDIT_SYSTEM_ACTOR },
      ...(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
    ],
    [users.data, locale],
  );
  const actions = useMemo(() => AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionLabel(a, locale) })), [locale]);

  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="audit-filters">
      <Select
        allowClear
        showSearch={{ filterOption: foldedMatch }}
        style={{ width: 230 }}
        aria-label={t('audit.person')}
        placeholder={t('audit.anyPerson')}
        value={value.actorId}
        onChange={(actorId?: string) => onChange({ actorId })}
        options={people}
        data-testid="audit-filter-person"
      />
      <Select
        allowClear
        showSearch={{ filterOption: foldedMatch }}
        style={{ width: 250 }}
        aria-label={t('audit.action')}
        placeholder={t('audit.anyAction')}
        value={value.action}
        onChange={(action?: string) => onChange({ action })}
        options={actions}
        data-testid="audit-filter-action"
      />
      <div style={{ width: 250 }}>
        <UnitTreeSelect
          allDates
          allowClear
          placeholder={t('audit.anyUnit')}
          aria-label={t('audit.unit')}
          value={value.unitId ?? null}
          onChange={(unitId) => onChange({ unitId: unitId ?? undefined })}
          data-testid="audit-filter-unit"
        />
      </div>
      <Input.Search
        allowClear
        style={{ width: 280 }}
        aria-label={t('audit.text')}
        placeholder={t('audit.textPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        data-testid="audit-filter-text"
      />
      <DatePicker.RangePicker
        aria-label={t('audit.dateRange')}
        format={datePickerFormat(locale)}
        value={value.from || value.to ? [fromIso(value.from), fromIso(value.to)] : null}
        onChange={(range) => onChange({ from: toIso(range?.[0]) ?? undefined, to: toIso(range?.[1]) ?? undefined })}
        data-testid="audit-filter-range"
      />
      {hasFilters(value) && (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange({ actorId: undefined, action: undefined, unitId: undefined, q: undefined, from: undefined, to: undefined })}
          data-testid="audit-filter-clear"
        >
          {t('audit.clearFilters')}
        </Button>
      )}
    </Space>
  );
}
