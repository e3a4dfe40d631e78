import type { FieldIssue } from '../errors';
import { type OrgUnit, type OrgUnitCreate, OrgUnitCreateSchema } from './org-units.schemas';

export const ORG_UNIT_CSV_COLUMNS = [
  'id',
  'code',
  'name_vi',
  'name_en',
  'kind',
  'level',
  'parent_id',
  'valid_from',
  'valid_to',
  'note',
] as const;

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a UTF-8 BOM (as Excel writes) is ignored. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function csvField(value: string | null): string {
  const s = value ?? '';
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function orgUnitsToCsv(units: OrgUnit[]): string {
  const lines = [ORG_UNIT_CSV_COLUMNS.join(',')];
  for (const u of units) {
    lines.push(
      [u.id, u.code, u.nameVi, u.nameEn, u.kind, u.level, u.parentId, u.validFrom, u.validTo, u.note].map(csvField).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export type CsvParseResult = { ok: true; units: OrgUnitCreate[] } | { ok: false; issues: FieldIssue[] };

/**
 * Reads an org-unit CSV (header row required, columns in any order, unknown columns refused). Every row is checked
 * and every problem reported with its row number, so a user can fix the whole file at once.
 */
export function orgUnitsFromCsv(text: string): CsvParseResult {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header) return { ok: false, issues: [{ path: 'file', message: 'The file is empty' }] };
  const issues: FieldIssue[] = [];
  for (const col of header) {
    if (!(ORG_UNIT_CSV_COLUMNS as readonly string[]).includes(col)) {
      issues.push({ path: 'header', message: `Unknown column "${col}"` });
    }
  }
  for (const required of ['id', 'name_vi', 'kind', 'level'] as const) {
    if (!header.includes(required)) issues.push({ path: 'header', message: `Missing column "${required}"` });
  }
  if (issues.length) return { ok: false, issues };
  const units: OrgUnitCreate[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== header.length) {
      issues.push({ path: `row ${line}`, message: `Expected ${header.length} fields, found ${cells.length}` });
      return;
    }
    const get = (col: string) => {
      const v = cells[header.indexOf(col)]?.trim();
      return v ? v : null;
    };
    const parsed = OrgUnitCreateSchema.safeParse({
      id: get('id') ?? undefined,
      code: get('code'),
      nameVi: get('name_vi') ?? '',
      nameEn: get('name_en'),
      kind: get('kind'),
      level: get('level'),
      parentId: get('parent_id'),
      validFrom: get('valid_from'),
      validTo: get('valid_to'),
      note: get('note'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: `row ${line}.${issue.path.join('.') || 'row'}`, message: issue.message });
      }
      return;
    }
    const id = parsed.data.id;
    if (!id) issues.push({ path: `row ${line}.id`, message: 'An id is required in import files' });
    else if (seen.has(id)) issues.push({ path: `row ${line}.id`, message: `Duplicate of row ${seen.get(id)}` });
    else seen.set(id, line);
    units.push(parsed.data);
  });
  return issues.length ? { ok: false, issues } : { ok: true, units };
}
