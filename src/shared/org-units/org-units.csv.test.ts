import { describe, expect, it } from 'vitest';
import { orgUnitsFromCsv, orgUnitsToCsv, parseCsv } from './org-units.csv';

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
      units: [expect.objectContaining({ id: 'X1', code: '15127', nameVi: 'Xã Cẩm Thủy', validTo: null, parentId: 'VN-38' })],
    });
  });

  it('reports every problem with its row number', () => {
    const result = orgUnitsFromCsv(
      `${header}\nX1,,Tên,,planet,commune,,2025-02-30,,\nX1,,Tên 2,,commune,commune,,2025-07-01,2025-06-01,\nX3,,,,commune,commune,,,,\n`,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['row 2.kind', 'row 2.validFrom', 'row 3.validTo', 'row 4.nameVi']));
  });

  it('refuses unknown and missing columns', () => {
    const result = orgUnitsFromCsv('id,name,kind\nA,B,commune\n');
    expect(result.ok).toBe(false);
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
    expect(back).toEqual({ ok: true, units: [expect.objectContaining({ nameVi: unit.nameVi, note: unit.note })] });
  });
});
