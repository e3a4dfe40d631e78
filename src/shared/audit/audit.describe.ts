import { formatIsoDate, type Locale } from '../i18n/locale';
import { foldForSearch } from '../text/fold';
import type { AuditEntry, AuditRefs } from './audit.schemas';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, AUDIT_FIELD_LABELS, AUDIT_VALUE_LABELS } from './audit.labels';

/** One changed field of an entry, in words: `{ label: 'Đơn vị cấp trên', before: 'Huyện Cẩm Thủy', after: 'Xã Cẩm Thủy' }`. */
export interface AuditChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Fields that change with every write and say nothing to a reader. */
const HIDDEN_FIELDS = new Set(['updatedAt', 'searchText']);
const UNIT_FIELDS = new Set(['parentId', 'unitId', 'predecessorIds', 'successorIds']);
const CODED_FIELDS: Record<string, string> = { kind: 'kind:', level: 'level:', locale: 'locale:', unit: 'unit:', source: 'source:', role: '' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Viet Nam keeps UTC+7 all year (no summer time), which is what Asia/Ho_Chi_Minh means. */
const VN_OFFSET_MS = 7 * 3600_000;

function word(key: string, locale: Locale): string {
  return AUDIT_VALUE_LABELS[locale][key] ?? key;
}

/**
 * An instant as a clock in Viet Nam shows it (Asia/Ho_Chi_Minh), whatever the reader's machine is set to:
 * `25/11/2026 10:00:00` / `25 Nov 2026 10:00:00`. The table, the details and the export all use it.
 */
export function formatAuditInstant(iso: string, locale: Locale): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + VN_OFFSET_MS).toISOString();
  return `${formatIsoDate(local.slice(0, 10), locale)} ${local.slice(11, 19)}`;
}

/** The first instant of a day in Viet Nam (`2026-11-26` → `2026-11-25T17:00:00.000Z`), for date filters. */
export function vnDayStart(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) - VN_OFFSET_MS).toISOString();
}

export function auditActionLabel(action: string, locale: Locale): string {
  return AUDIT_ACTION_LABELS[locale][action] ?? action;
}

export function auditEntityLabel(entityType: string, locale: Locale): string {
  return AUDIT_ENTITY_LABELS[locale][entityType] ?? entityType;
}

/** A unit's name in the reader's language, or a neutral phrase for a unit outside the reader's scope. */
export function auditUnitLabel(unitId: string | null | undefined, refs: AuditRefs, locale: Locale): string {
  if (!unitId) return word('empty', locale);
  const unit = refs.units[unitId];
  if (!unit) return word('outOfScope', locale);
  return locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi;
}

export function auditUserLabel(userId: string | null | undefined, refs: AuditRefs, locale: Locale): string {
  const user = userId ? refs.users[userId] : undefined;
  return user ? `${user.displayName} (${user.username})` : word('unknownUser', locale);
}

/** Who acted: the user's name, or "Hệ thống" / "System" for the seed, the CLI and other system work. */
export function auditActorLabel(entry: Pick<AuditEntry, 'actorId' | 'actorName'>, refs: AuditRefs, locale: Locale): string {
  if (!entry.actorId) return word('system', locale);
  return refs.users[entry.actorId] ? auditUserLabel(entry.actorId, refs, locale) : entry.actorName;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** What the entry is about, by name: the unit, the user, the token, the year, the reorganisation. */
export function auditSubjectLabel(entry: AuditEntry, refs: AuditRefs, locale: Locale): string {
  const data = { ...asRecord(entry.before), ...asRecord(entry.after) };
  switch (entry.entityType) {
    case 'org-unit':
      return auditUnitLabel(entry.entityId, refs, locale);
    case 'user':
      if (refs.users[entry.entityId]) return auditUserLabel(entry.entityId, refs, locale);
      return typeof data.username === 'string' ? data.username : word('unknownUser', locale);
    case 'api-token':
      return typeof data.name === 'string' ? `«${data.name}» · ${auditUserLabel(String(data.userId ?? ''), refs, locale)}` : entry.entityId;
    case 'holiday-schedule':
      return word('year', locale).replace('{year}', entry.entityId);
    case 'succession-event': {
      const kind = typeof data.kind === 'string' ? word(`kind:${data.kind}`, locale) : '';
      return [kind, typeof data.documentNumber === 'string' ? data.documentNumber : null].filter(Boolean).join(' · ') || entry.entityId;
    }
    default:
      return entry.entityId;
  }
}

function formatValue(field: string, value: unknown, refs: AuditRefs, locale: Locale): string {
  if (value === null || value === undefined || value === '') return word('empty', locale);
  if (Array.isArray(value)) {
    if (value.length === 0) return word('empty', locale);
    return value.map((v) => formatValue(field, v, refs, locale)).join('; ');
  }
  if (typeof value === 'boolean') return word(value ? 'yes' : 'no', locale);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.role === 'string') return `${word(o.role, locale)} — ${auditUnitLabel(String(o.unitId ?? ''), refs, locale)}`;
    if (typeof o.date === 'string') return [formatValue('date', o.date, refs, locale), o.name].filter(Boolean).join(' ');
    return Object.entries(o)
      .map(([k, v]) => `${AUDIT_FIELD_LABELS[locale][k] ?? k}: ${formatValue(k, v, refs, locale)}`)
      .join(', ');
  }
  if (typeof value === 'number') return String(value);
  const text = String(value);
  if (UNIT_FIELDS.has(field)) return auditUnitLabel(text, refs, locale);
  if (field === 'userId') return auditUserLabel(text, refs, locale);
  if (field in CODED_FIELDS) return word(`${CODED_FIELDS[field]}${text}`, locale);
  if (ISO_DATE.test(text)) return formatIsoDate(text, locale);
  if (ISO_INSTANT.test(text)) return formatAuditInstant(text, locale);
  return text;
}

/**
 * The fields an entry changed, named and valued in the reader's language: every field on a creation, only those
 * that differ on a change. Identifiers that mean nothing to a reader (UUIDs, `updatedAt`) are left out.
 */
export function auditChanges(entry: AuditEntry, refs: AuditRefs, locale: Locale): AuditChange[] {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((f) => !HIDDEN_FIELDS.has(f) && !(f === 'id' && UUID.test(String(after.id ?? before.id))))
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) => ({
      field,
      label: AUDIT_FIELD_LABELS[locale][field] ?? field,
      before: entry.before === null ? '' : formatValue(field, before[field], refs, locale),
      after: entry.after === null ? '' : formatValue(field, after[field], refs, locale),
    }));
}

/** Everything a reader could search an entry by, in both languages, folded (no tone marks, đ = d, lower case). */
export function auditSearchText(entry: AuditEntry, refs: AuditRefs): string {
  const parts: string[] = [entry.actorName, entry.entityId];
  for (const locale of ['vi', 'en'] as const) {
    parts.push(
      auditActorLabel(entry, refs, locale),
      auditActionLabel(entry.action, locale),
      auditEntityLabel(entry.entityType, locale),
      auditSubjectLabel(entry, refs, locale),
      entry.unitId ? auditUnitLabel(entry.unitId, refs, locale) : '',
      ...auditChanges(entry, refs, locale).flatMap((c) => [c.label, c.before, c.after]),
    );
  }
  return foldForSearch(parts.join(' \u0001 '));
}
