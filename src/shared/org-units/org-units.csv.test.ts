import { describe, expect, it } from 'vitest';
import { decodeUtf8File, orgUnitsFromCsv, orgUnitsToCsv, parseCsv } from './org-units.csv';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });
  it('keeps a quoted newline inside a field', () => {
    expect(parseCsv('a\n"line1\nline2"\n')).toEqual([['a'], ['line1\nline2']]);
  });
});

describe('orgUnitsFromCsv', () => {
  const header = 'id,code,name_vi,name_en,kind,level,parent_id,valid_from,valid_to,note';

  it('reads valid rows', () => {
    const result = orgUnitsFromCsv(`${header}\nX1,15127,Xã Cẩm Thủy,Cam Thuy,commune,commune,VN-38,2025-07-01,,\n`);
    expect(result).toEqual({
      ok: true,
      issues: [],
      rows: [
        {
          row: 2,
          id: 'X1',
          values: expect.objectContaining({ code: '15127', nameVi: 'Xã Cẩm Thủy', validTo: null, parentId: 'VN-38' }),
        },
      ],
    });
  });

  it('reads only the columns in the file, leaving the others out', () => {
    const result = orgUnitsFromCsv('ID,Name_VI,kind,level,note\nX1,Xã Một,commune,commune,\n');
    expect(result).toEqual({ ok: true, issues: [], rows: [{ row: 2, id: 'X1', values: { nameVi: 'Xã Một', kind: 'commune', level: 'commune', note: null } }] });
  });

  it('reports every problem with its row number', () => {
    const result = orgUnitsFromCsv(
      `${header}\nX1,,Tên,,planet,commune,,2025-02-30,,\nX1,,Tên 2,,commune,commune,,2025-07-01,2025-06-01,\nX3,,,,commune,commune,,,,\n`,
    );
    expect(result).toMatchObject({ ok: true, rows: [] });
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(['row 2.kind', 'row 2.valid_from', 'row 3.id', 'row 3.valid_to', 'row 4.name_vi']);
    expect(result.issues[2]!.message).toBe('Duplicate of row 2');
  });

  it('numbers rows as a spreadsheet does: blank rows count, a quoted line break does not', () => {
    const result = orgUnitsFromCsv('id,name_vi,kind,level,note\nA,Một,commune,commune,"dòng 1\ndòng 2"\n\nB,,commune,commune,\n');
    expect(result.issues).toEqual([expect.objectContaining({ path: 'row 4.name_vi' })]);
  });

  it('refuses unknown, missing and repeated columns', () => {
    expect(orgUnitsFromCsv('id,name,kind\nA,B,commune\n')).toEqual({
      ok: false,
      issues: [
        { path: 'header', message: 'Unknown column "name"' },
        { path: 'header', message: 'Missing column "name_vi"' },
        { path: 'header', message: 'Missing column "level"' },
      ],
    });
    expect(orgUnitsFromCsv('id,name_vi,kind,level,kind\n').issues).toEqual([{ path: 'header', message: 'Column "kind" appears twice' }]);
    expect(orgUnitsFromCsv('\n\n').ok).toBe(false);
  });

  it('round-trips through orgUnitsToCsv', () => {
    const unit = {
      id: 'A',
      code: null,
      nameVi: 'Hội "Nông dân", xã',
      nameEn: null,
      kind: 'mass_organisation' as const,
      level: 'commune' as const,
      parentId: null,
      validFrom: null,
      validTo: null,
      note: 'dòng 1\ndòng 2',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const back = orgUnitsFromCsv(orgUnitsToCsv([unit]));
    expect(back).toEqual({ ok: true, issues: [], rows: [expect.objectContaining({ values: expect.objectContaining({ nameVi: unit.nameVi, note: unit.note }) })] });
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'=x", "''=x"],
    ["''", "'''"],
    ["'quoted", "'quoted"],
    ['Xã = 1', 'Xã = 1'],
  ])('exports %j as %j, so no spreadsheet runs it as a formula, and reads it back', (value, cell) => {
    const unit = {
      id: 'A',
      code: null,
      nameVi: 'Tên',
      nameEn: null,
      kind: 'commune' as const,
      level: 'commune' as const,
      parentId: null,
      validFrom: null,
      validTo: null,
      note: value,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const csv = orgUnitsToCsv([unit]);
    expect(parseCsv(csv)[1]!.at(-1)).toBe(cell);
    expect(orgUnitsFromCsv(csv)).toMatchObject({ ok: true, rows: [{ values: { note: value } }] });
  });
});

describe('decodeUtf8File', () => {
  const enc = new TextEncoder();
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeUtf8File(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Xã\n')]))).toEqual({ ok: true, text: 'Xã\n' });
  });
  it.each([
    ['a Windows-1258 byte on line 2', [...enc.encode('a\r\nX'), 0xe3, ...enc.encode('\nc')], 2],
    ['a sequence cut short at the end', [...enc.encode('a\nb\nc'), 0xe1, 0xba], 3],
    ['an overlong encoding on line 1', [0xc0, 0xaf], 1],
  ])('names the line of %s', (_label, bytes, line) => {
    expect(decodeUtf8File(new Uint8Array(bytes))).toEqual({ ok: false, line });
  });
});
