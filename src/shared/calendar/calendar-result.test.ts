import { describe, expect, it } from 'vitest';
import { APP_ERROR_CODES, type AppErrorCode } from '../errors';
import { CALENDAR_ERROR_CODES, fail, succeed } from './calendar-result';

describe('calendar result codes', () => {
  it('are all AppError codes, so services can rethrow them unchanged', () => {
    const codes: readonly AppErrorCode[] = CALENDAR_ERROR_CODES;
    for (const code of codes) expect(APP_ERROR_CODES).toContain(code);
  });

  it('builds success and failure values', () => {
    expect(succeed(1)).toEqual({ ok: true, value: 1 });
    const message = { vi: 'Không tìm thấy quy định', en: 'Unknown rule' };
    expect(fail('UNKNOWN_RULE', message)).toEqual({ ok: false, code: 'UNKNOWN_RULE', message });
    expect(fail('INVALID_DATE', { vi: 'x', en: 'x' }, { date: 'y' })).toMatchObject({ details: { date: 'y' } });
  });
});
