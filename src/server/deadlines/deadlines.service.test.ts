import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../shared/calendar/work-calendar';
import { computeClocks } from '../../shared/deadlines/matter-clocks.rules';
import { computeDeadline, type ComputeDeadlineInput } from '../../shared/deadlines/clock.rules';
import { AppError } from '../../shared/errors';
import { renderErrorMessage } from '../../shared/i18n/error-messages';
import { toAppError } from './deadlines.service';

const calendar = createWorkCalendar();

/** The problem detail a user would read for a computeDeadline failure. */
function explain(input: Omit<ComputeDeadlineInput, 'calendar'>) {
  const result = computeDeadline({ calendar, ...input });
  if (result.ok) throw new Error('expected a failure');
  const error = toAppError(result);
  return {
    code: error.code,
    vi: renderErrorMessage(error.code, 'vi', error.params).detail,
    en: renderErrorMessage(error.code, 'en', error.params).detail,
  };
}

describe('toAppError: every engine failure in the user’s language', () => {
  it.each([
    [
      { rule: 'complaint.acceptance', start: '2026-02-30' },
      'INVALID_DATE',
      'Ngày 2026-02-30 không hợp lệ (phải là ngày có thật, viết theo dạng YYYY-MM-DD).',
      'Not a valid YYYY-MM-DD date: 2026-02-30.',
    ],
    [
      { rule: 'complaint.acceptance', start: '1999-01-01' },
      'DATE_OUT_OF_RANGE',
      'Quy định "Thụ lý giải quyết khiếu nại" chưa có hiệu lực vào ngày 01/01/1999: quy định này áp dụng từ ngày 01/07/2012 ' +
        '(Luật Khiếu nại 2011, Điều 27, 36; Thông tư 07/2013/TT-TTCP, Điều 5 (sửa đổi bởi Thông tư 02/2016/TT-TTCP)).',
      'No version of "Accept a complaint" is in force on 1 Jan 1999: it applies from 1 Jul 2012 ' +
        '(Law on Complaints 2011, Arts. 27, 36; Circular 07/2013/TT-TTCP, Art. 5 (amended by Circular 02/2016/TT-TTCP)).',
    ],
    [
      { rule: 'complaint.suspension-notice', start: '2026-06-30' },
      'DATE_OUT_OF_RANGE',
      expect.stringMatching(/^Quy định "Gửi quyết định tạm đình chỉ.*không thuộc bộ quy định 2021.*chỉ có từ ngày 01\/07\/2026 \(Nghị định 124\/2020\/NĐ-CP, Điều 28b/),
      expect.stringMatching(/is not part of the 2021 rules in force on 30 Jun 2026: it exists from 1 Jul 2026 \(Decree 124\/2020\/NĐ-CP, Art\. 28b/),
    ],
    [
      { rule: 'complaint.teleport', start: '2026-07-01' },
      'UNKNOWN_RULE',
      'Không tìm thấy quy định thời hạn "complaint.teleport".',
      'There is no deadline rule "complaint.teleport".',
    ],
    [
      { rule: 'denunciation.resolution', start: '2026-07-01', options: { extensions: 3 } },
      'INVALID_OPTION',
      'Quy định "Giải quyết tố cáo" chỉ cho phép gia hạn tối đa 2 lần.',
      '"Resolve a denunciation" allows at most 2 extensions.',
    ],
    [
      { rule: 'complaint.resolution', start: '2026-07-01', events: [{ type: 'suspended', date: '2026-07-06' }] },
      'EVENTS_OUT_OF_ORDER',
      'Việc giải quyết đang tạm đình chỉ từ ngày 06/07/2026 và chưa có quyết định tiếp tục giải quyết, nên chưa xác định được hạn cuối.',
      'The clock is suspended since 6 Jul 2026 without a continuation: the due date is not yet known.',
    ],
  ] as const)('%o → %s', (input, code, vi, en) => {
    expect(explain(input as Omit<ComputeDeadlineInput, 'calendar'>)).toEqual({ code, vi, en });
  });

  it('names matter events in Vietnamese when a matter’s events are out of order', () => {
    const result = computeClocks(
      { matterType: 'complaint', events: [{ type: 'received', date: '2026-07-01' }, { type: 'received', date: '2026-07-02' }] },
      { today: '2026-07-10', calendar },
    );
    if (result.ok) throw new Error('expected a failure');
    const error = toAppError(result);
    expect(renderErrorMessage(error.code, 'vi', error.params).detail).toBe('Sự kiện "nhận đơn" được ghi nhận hai lần.');
    expect(renderErrorMessage(error.code, 'en', error.params).detail).toBe('The "received" event is recorded twice.');
    expect(error.params).toMatchObject({ value: '2026-07-02' });
  });

  it('keeps the general text for the same codes when no explanation comes with them', () => {
    const error = new AppError('DATE_OUT_OF_RANGE', { value: '2101' });
    expect(renderErrorMessage(error.code, 'vi', error.params).detail).toBe('Ngày 2101 nằm ngoài phạm vi hỗ trợ.');
    expect(renderErrorMessage(error.code, 'en', error.params).detail).toBe('The date 2101 is outside the supported range.');
  });
});
