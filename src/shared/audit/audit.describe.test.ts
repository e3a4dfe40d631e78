import { describe, expect, it } from 'vitest';
import { csvCell } from './audit.csv';
import { auditActorLabel, auditChanges, auditSubjectLabel, formatAuditInstant, vnDayStart } from './audit.describe';
import type { AuditEntry, AuditRefs } from './audit.schemas';

const refs: AuditRefs = {
  units: { 'VN-38': { nameVi: 'Tỉnh Thanh Hóa', nameEn: 'Thanh Hoa Province' }, 'VN-38-390': { nameVi: 'Huyện Cẩm Thủy', nameEn: null } },
  users: { u1: { displayName: 'Hoàng Thị Mai', username: 'qt.mai' } },
};
const entry = (e: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: '2026-11-25T20:05:00.000Z',
  actorId: 'u1',
  actorName: 'qt.mai',
  action: 'org-unit.update',
  entityType: 'org-unit',
  entityId: 'VN-38-390',
  unitId: 'VN-38-390',
  before: null,
  after: null,
  hash: 'h',
  ...e,
});

describe('audit entries in words', () => {
  it.each([
    ['2026-11-25T20:05:00.000Z', 'vi', '26/11/2026 03:05:00'],
    ['2026-11-25T20:05:00.000Z', 'en', '26 Nov 2026 03:05:00'],
    ['2026-12-31T17:00:00.000Z', 'vi', '01/01/2027 00:00:00'],
  ] as const)('shows %s as Viet Nam time (%s)', (iso, locale, text) => {
    expect(formatAuditInstant(iso, locale)).toBe(text);
  });

  it('starts a Vietnamese day at 17:00 UTC the day before', () => {
    expect(vnDayStart('2026-11-26')).toBe('2026-11-25T17:00:00.000Z');
  });

  it('lists only the changed fields, named and valued in the reader’s language', () => {
    const e = entry({
      before: { id: 'VN-38-390', nameVi: 'Huyện Cẩm Thủy', kind: 'district', parentId: 'VN-38', validTo: null, updatedAt: '2026-01-01T00:00:00Z' },
      after: { id: 'VN-38-390', nameVi: 'Huyện Cẩm Thủy', kind: 'district', parentId: 'VN-38-999', validTo: '2025-06-30', updatedAt: '2026-11-25T20:05:00Z' },
    });
    expect(auditChanges(e, refs, 'vi')).toEqual([
      { field: 'parentId', label: 'Đơn vị cấp trên', before: 'Tỉnh Thanh Hóa', after: 'Đơn vị ngoài phạm vi của bạn' },
      { field: 'validTo', label: 'Hiệu lực đến', before: '(trống)', after: '30/06/2025' },
    ]);
    expect(auditChanges(e, refs, 'en')[0]).toMatchObject({ label: 'Parent unit', before: 'Thanh Hoa Province', after: 'A unit outside your scope' });
  });

  it('writes roles, booleans and grants as words, and hides UUIDs', () => {
    const e = entry({
      action: 'user.create',
      entityType: 'user',
      entityId: 'u2',
      after: { id: '8f2c1a9e-0000-4000-8000-000000000000', username: 'nv.lan', isActive: true, grants: [{ role: 'reception_officer', unitId: 'VN-38-390' }] },
    });
    expect(auditChanges(e, refs, 'vi').map((c) => `${c.label}: ${c.after}`)).toEqual([
      'Tên đăng nhập: nv.lan',
      'Đang hoạt động: Có',
      'Vai trò: Cán bộ tiếp công dân — Huyện Cẩm Thủy',
    ]);
    expect(auditSubjectLabel(e, refs, 'vi')).toBe('nv.lan');
  });

  it('names the system actor in the reader’s language', () => {
    expect(auditActorLabel({ actorId: null, actorName: 'system' }, refs, 'vi')).toBe('Hệ thống');
    expect(auditActorLabel({ actorId: null, actorName: 'system' }, refs, 'en')).toBe('System');
    expect(auditActorLabel({ actorId: 'u1', actorName: 'qt.mai' }, refs, 'vi')).toBe('Hoàng Thị Mai (qt.mai)');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['Xã Cẩm Thủy', 'Xã Cẩm Thủy'],
  ])('writes the CSV cell %s as %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
