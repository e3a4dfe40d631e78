import type { FieldIssue } from '../errors';
import { type OrgUnit, type OrgUnitCreate, type OrgUnitUpdate, OrgUnitUpdateSchema, UnitIdSchema } from './org-units.schemas';

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
export type OrgUnitCsvColumn = (typeof ORG_UNIT_CSV_COLUMNS)[number];

/** Columns every import file must have; any other column may be left out, leaving the stored value unchanged. */
export const REQUIRED_CSV_COLUMNS: readonly OrgUnitCsvColumn[] = ['id', 'name_vi', 'kind', 'level'];

/** The field each column fills (`id` is read on its own). */
const FIELD_OF = {
  code: 'code',
  name_vi: 'nameVi',
  name_en: 'nameEn',
  kind: 'kind',
  level: 'level',
  parent_id: 'parentId',
  valid_from: 'validFrom',
  valid_to: 'validTo',
  note: 'note',
} as const satisfies Record<Exclude<OrgUnitCsvColumn, 'id'>, keyof OrgUnitCreate>;
const COLUMN_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([column, field]) => [field, column])) as Record<string, string>;

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a UTF-8 BOM (as Excel writes) is ignored. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text)
    .filter((r) => r.cells.some((f) => f.trim() !== ''))
    .map((r) => r.cells);
}

/** Every record with its spreadsheet row number (blank records count, as they do in a spreadsheet). */
function parseCsvRecords(text: string): Array<{ row: number; cells: string[] }> {
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
  return rows.map((cells, index) => ({ row: index + 1, cells }));
}

/** Cells a spreadsheet would run as a formula (CSV injection), and the apostrophe that guards them. */
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r']/;

/**
 * Exported cells that a spreadsheet would take for a formula get a leading `'`; so does a value that already starts
 * with `'` followed by such a character, so that `unguardCell` gives every value back exactly.
 */
function guardCell(s: string): string {
  return FORMULA_START.test(s) || GUARDED.test(s) ? `'${s}` : s;
}

/** Reverses `guardCell` on an imported cell. */
function unguardCell(s: string): string {
  return GUARDED.test(s) ? s.slice(1) : s;
}

function csvField(value: string | null): string {
  const s = guardCell(value ?? '');
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

/** The fields of one import row: name, kind and level always; the others only when their column is in the file. */
export type OrgUnitImportValues = OrgUnitUpdate & Pick<OrgUnitCreate, 'nameVi' | 'kind' | 'level'>;

export interface OrgUnitImportRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  id: string;
  values: OrgUnitImportValues;
}

/**
 * `ok: false`: the file as a whole is refused (empty, unknown or missing columns). `ok: true`: the rows that read
 * well, and an issue for every row that did not (left out of `rows`).
 */
export type CsvParseResult = { ok: false; issues: FieldIssue[] } | { ok: true; rows: OrgUnitImportRow[]; issues: FieldIssue[] };

/**
 * Reads an org-unit CSV (header row required, columns in any order, unknown columns refused). A column left out of
 * the file means "unchanged" for a stored unit (and empty for a new one); an empty cell means "empty". Every row is
 * checked and every problem reported with its row number, so a user can fix the whole file at once.
 */
export function orgUnitsFromCsv(text: string): CsvParseResult {
  const records = parseCsvRecords(text).filter((r) => r.cells.some((f) => f.trim() !== ''));
  const header = records[0]?.cells.map((h) => h.trim().toLowerCase());
  if (!header) return { ok: false, issues: [{ path: 'file', message: 'The file is empty' }] };
  const issues: FieldIssue[] = [];
  for (const col of header) {
    if (!(ORG_UNIT_CSV_COLUMNS as readonly string[]).includes(col)) {
      issues.push({ path: 'header', message: `Unknown column "${col}"` });
    }
  }
  for (const required of REQUIRED_CSV_COLUMNS) {
    if (!header.includes(required)) issues.push({ path: 'header', message: `Missing column "${required}"` });
  }
  header.forEach((col, i) => {
    if (header.indexOf(col) !== i) issues.push({ path: 'header', message: `Column "${col}" appears twice` });
  });
  if (issues.length) return { ok: false, issues };
  const rows: OrgUnitImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row: line, cells } of records.slice(1)) {
    if (cells.length !== header.length) {
      issues.push({ path: `row ${line}`, message: `Expected ${header.length} fields, found ${cells.length}` });
      continue;
    }
    const get = (col: string) => {
      const v = unguardCell(cells[header.indexOf(col)]!.trim());
      return v ? v : null;
    };
    const raw: Record<string, string | null> = {};
    for (const [column, field] of Object.entries(FIELD_OF)) if (header.includes(column)) raw[field] = get(column);
    raw.nameVi ??= '';
    const id = UnitIdSchema.safeParse(get('id') ?? '');
    const values = OrgUnitUpdateSchema.safeParse(raw);
    const before = issues.length;
    if (!id.success) issues.push({ path: `row ${line}.id`, message: get('id') ? id.error.issues[0]!.message : 'An id is required in import files' });
    else if (seen.has(id.data)) issues.push({ path: `row ${line}.id`, message: `Duplicate of row ${seen.get(id.data)}` });
    else seen.set(id.data, line);
    if (!values.success) {
      for (const issue of values.error.issues) {
        const column = COLUMN_OF[String(issue.path[0])];
        issues.push({ path: `row ${line}${column ? `.${column}` : ''}`, message: issue.message });
      }
    }
    if (issues.length === before && id.success && values.success) {
      rows.push({ row: line, id: id.data, values: values.data as OrgUnitImportValues });
    }
  }
  return { ok: true, rows, issues };
}

export type Utf8DecodeResult = { ok: true; text: string } | { ok: false; line: number };

/**
 * Decodes an uploaded file as UTF-8 and refuses anything else, naming the first line that is not UTF-8 (a file saved
 * as Windows-1258 or with broken bytes would otherwise be stored with replacement characters). A BOM is dropped.
 */
export function decodeUtf8File(bytes: Uint8Array): Utf8DecodeResult {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    // A line feed byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        return { ok: false, line };
      }
      if (end === -1) return { ok: false, line };
      start = end + 1;
    }
  }
}
