import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CalendarYearInputSchema } from '../../shared/calendar/calendar.schemas';
import { DeadlineComputeRequestSchema } from '../../shared/deadlines/deadlines.schemas';
import { OrgUnitCreateSchema } from '../../shared/org-units/org-units.schemas';
import { ApiTokenCreateSchema, UserCreateSchema, UserUpdateSchema } from '../../shared/users/users.schemas';
import { RESOURCES } from '../i18n/catalogues';
import { createZodRules, fieldErrors } from './zod-rules';

const t: Record<'vi' | 'en', TFunction> = {} as never;

beforeAll(async () => {
  for (const lng of ['vi', 'en'] as const) {
    const instance = i18next.createInstance();
    await instance.init({ resources: RESOURCES, lng, interpolation: { escapeValue: false } });
    t[lng] = instance.t;
  }
});

const user = { username: 'nv.an', displayName: 'Nguyễn Văn An', password: 'a-long-enough-secret', locale: 'vi', grants: [] };

describe('fieldErrors: the shared schema’s verdict on one field, in the user’s language', () => {
  it.each([
    ['vi', 'empty', '', 'Vui lòng nhập họ và tên'],
    ['en', 'empty', '', 'Full name is required'],
    ['vi', 'blank', '   ', 'Vui lòng nhập họ và tên'],
    ['vi', '201 characters', 'x'.repeat(201), 'Tối đa 200 ký tự'],
    ['en', '201 characters', 'x'.repeat(201), 'At most 200 characters'],
  ] as const)('%s: display name %s → %s', (lang, _what, displayName, message) => {
    const label = lang === 'vi' ? 'Họ và tên' : 'Full name';
    expect(fieldErrors(UserCreateSchema, { ...user, displayName }, 'displayName', displayName, label, {}, t[lang], lang)).toEqual([message]);
  });

  it('a valid value gives no message, and another field’s issue is not this field’s', () => {
    expect(fieldErrors(UserCreateSchema, user, 'displayName', user.displayName, 'Họ và tên', {}, t.vi, 'vi')).toEqual([]);
    const bad = { ...user, username: 'X' };
    expect(fieldErrors(UserCreateSchema, bad, 'displayName', user.displayName, 'Họ và tên', {}, t.vi, 'vi')).toEqual([]);
  });

  it('a refused pattern reads as the field’s own description, or a generic one', () => {
    const bad = { ...user, username: 'a b' };
    expect(fieldErrors(UserCreateSchema, bad, 'username', 'a b', 'Tên đăng nhập', { pattern: '3–40 ký tự' }, t.vi, 'vi')).toEqual(['3–40 ký tự']);
    expect(fieldErrors(UserCreateSchema, bad, 'username', 'a b', 'Username', {}, t.en, 'en')).toEqual(['Not in the expected format']);
  });

  it('a refinement across fields lands on the field it names (a unit’s period ends before it starts)', () => {
    const unit = { nameVi: 'Xã A', kind: 'commune', level: 'commune', validFrom: '2025-07-01', validTo: '2025-06-30' };
    const custom = 'Ngày hết hiệu lực phải sau ngày bắt đầu';
    expect(fieldErrors(OrgUnitCreateSchema, unit, 'validTo', 'x', 'Đến', { custom }, t.vi, 'vi')).toEqual([custom]);
    expect(fieldErrors(OrgUnitCreateSchema, unit, 'validFrom', 'x', 'Từ', { custom }, t.vi, 'vi')).toEqual([]);
  });

  it('numbers and enums: bounds, whole numbers, a choice left empty', () => {
    expect(fieldErrors(ApiTokenCreateSchema, { name: 'x', expiresInDays: 4000 }, 'expiresInDays', 4000, 'Hiệu lực', {}, t.vi, 'vi')).toEqual([
      'Không được lớn hơn 3650',
    ]);
    expect(fieldErrors(ApiTokenCreateSchema, { name: 'x', expiresInDays: 1.5 }, 'expiresInDays', 1.5, 'Days', {}, t.en, 'en')).toEqual([
      'Please enter a whole number',
    ]);
    expect(fieldErrors(DeadlineComputeRequestSchema, { start: '2026-07-01' }, 'rule', undefined, 'Loại thời hạn', { choose: true }, t.vi, 'vi')).toEqual([
      'Vui lòng chọn loại thời hạn',
    ]);
  });

  it('a row of a list is addressed by its full path', () => {
    const year = { sourceNote: 'QĐ 1/2027', daysOff: [{ date: '2027-01-01', kind: 'holiday', name: { vi: 'Tết Dương lịch', en: '' } }], workingSaturdays: [] };
    expect(fieldErrors(CalendarYearInputSchema, year, ['daysOff', 0, 'name', 'en'], '', 'Tên tiếng Anh', {}, t.vi, 'vi')).toEqual(['Vui lòng nhập tên tiếng Anh']);
    expect(fieldErrors(CalendarYearInputSchema, year, ['daysOff', 0, 'name', 'vi'], 'Tết', 'Tên tiếng Việt', {}, t.vi, 'vi')).toEqual([]);
  });
});

describe('createZodRules', () => {
  const rules = (schema: Parameters<typeof createZodRules>[0]) => createZodRules(schema, (v: unknown) => v, t.vi, 'vi');

  it('marks a field required exactly when the schema needs it', () => {
    const required = (schema: Parameters<typeof createZodRules>[0], name: string) => rules(schema).isRequired(name);
    expect(required(UserCreateSchema, 'username')).toBe(true);
    expect(required(UserCreateSchema, 'displayName')).toBe(true);
    expect(required(OrgUnitCreateSchema, 'nameVi')).toBe(true);
    expect(required(OrgUnitCreateSchema, 'kind')).toBe(true);
    expect(required(OrgUnitCreateSchema, 'nameEn')).toBe(false);
    expect(required(OrgUnitCreateSchema, 'parentId')).toBe(false);
    expect(required(ApiTokenCreateSchema, 'expiresInDays')).toBe(false);
    expect(required(UserUpdateSchema, 'displayName')).toBe(false);
  });

  it('reads text limits from the schema, through optional, nullable, default and transforming wrappers', () => {
    expect(rules(UserCreateSchema).maxLength('displayName')).toBe(200);
    expect(rules(UserCreateSchema).maxLength('password')).toBe(200);
    expect(rules(OrgUnitCreateSchema).maxLength('code')).toBe(40);
    expect(rules(OrgUnitCreateSchema).maxLength('nameEn')).toBe(300);
    expect(rules(OrgUnitCreateSchema).maxLength('note')).toBe(2000);
    expect(rules(OrgUnitCreateSchema).maxLength('id')).toBeUndefined();
    expect(rules(ApiTokenCreateSchema).maxLength('name')).toBe(100);
    expect(rules(CalendarYearInputSchema).maxLength('sourceNote')).toBe(500);
    expect(rules(CalendarYearInputSchema).maxLength(['daysOff', 3, 'name', 'vi'])).toBeUndefined();
  });

  it('reads number bounds from the schema', () => {
    expect(rules(ApiTokenCreateSchema).numberRange('expiresInDays')).toEqual({ min: 1, max: 3650 });
    expect(rules(ApiTokenCreateSchema).numberRange('name')).toEqual({});
  });
});
