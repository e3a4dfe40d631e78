import type { Locale } from '../i18n/locale';
import {
  auditActionLabel,
  auditActorLabel,
  auditChanges,
  auditEntityLabel,
  auditSubjectLabel,
  auditUnitLabel,
  formatAuditInstant,
} from './audit.describe';
import type { AuditEntry, AuditRefs } from './audit.schemas';

const HEADERS: Record<Locale, string[]> = {
  vi: ['STT', 'Thời điểm (giờ Việt Nam)', 'Người thực hiện', 'Thao tác', 'Loại đối tượng', 'Đối tượng', 'Đơn vị', 'Nội dung thay đổi', 'Mã băm'],
  en: ['No.', 'Time (Viet Nam)', 'Actor', 'Action', 'Entity type', 'Entity', 'Unit', 'Changes', 'Hash'],
};

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or
 * carriage return first) gets a leading apostrophe, so opening the file never runs anything (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The log as a CSV file that Excel opens correctly (UTF-8 with a byte-order mark, CRLF), in the reader's language:
 * the same words, names and Viet Nam times as the page.
 */
export function auditToCsv(entries: AuditEntry[], refs: AuditRefs, locale: Locale): string {
  const arrow = ' → ';
  const lines = [HEADERS[locale].map(csvCell).join(',')];
  for (const e of entries) {
    const changes = auditChanges(e, refs, locale)
      .map((c) => `${c.label}: ${e.before === null ? c.after : e.after === null ? c.before : `${c.before}${arrow}${c.after}`}`)
      .join('\n');
    lines.push(
      [
        String(e.seq),
        formatAuditInstant(e.at, locale),
        auditActorLabel(e, refs, locale),
        auditActionLabel(e.action, locale),
        auditEntityLabel(e.entityType, locale),
        auditSubjectLabel(e, refs, locale),
        e.unitId ? auditUnitLabel(e.unitId, refs, locale) : '',
        changes,
        e.hash,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
