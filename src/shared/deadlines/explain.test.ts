import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { computeDeadline } from './clock.rules';
import { formatExplanation } from './explain';

const calendar = createWorkCalendar();

function explain(input: Parameters<typeof computeDeadline>[0]) {
  const result = computeDeadline(input);
  if (!result.ok) throw new Error(result.message);
  return result.value.explanation;
}

describe('formatExplanation', () => {
  // Accepted Thu 15/1/2026 + 30 days = Sat 14/2, inside the Tết break → Mon 23/2 (Civil Code 2015, Art. 148(5)).
  const tet = explain({ rule: 'complaint.resolution', start: '2026-01-15', calendar });

  it('renders Vietnamese with dd/mm/yyyy dates, the legal basis and the end-of-period shift', () => {
    expect(formatExplanation(tet, 'vi')).toEqual([
      'Giải quyết khiếu nại (complaint.resolution, bộ quy định 2021)',
      'Căn cứ: Luật Khiếu nại 2011, Điều 28',
      'Thời hạn: 30 ngày',
      'Sự kiện bắt đầu: ngày thụ lý 15/01/2026; không tính ngày xảy ra sự kiện, bắt đầu tính từ 16/01/2026 (Bộ luật Dân sự 2015, Điều 147).',
      'Tính 16/01/2026 – 14/02/2026: 30 ngày',
      'Ngày cuối cùng (Thứ Bảy, 14/02/2026) không phải ngày làm việc (nghỉ cuối tuần, Tết Nguyên đán); thời hạn kết thúc vào ngày làm việc tiếp theo, 23/02/2026 (Bộ luật Dân sự 2015, Điều 148 khoản 5).',
      'Hạn cuối: Thứ Hai, 23/02/2026',
    ]);
  });

  it('renders English with skipped holidays, make-up Saturdays, pauses and extensions', () => {
    const lines = formatExplanation(
      explain({
        rule: 'denunciation.resolution',
        start: '2026-08-01',
        options: { extensions: 1 },
        events: [
          { type: 'suspended', date: '2026-08-10' },
          { type: 'continued', date: '2026-08-20' },
        ],
        calendar,
      }),
      'en',
    );
    expect(lines).toContain('Limit: 60 days = 30 + 30');
    expect(lines).toContain('Skipped 2026-08-11 – 2026-08-20 (10 days): suspension');
    expect(lines.some((l) => l.startsWith('Suspended on 2026-08-10, continued on 2026-08-20'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Extended by 30 days (Law on Denunciations 2018'))).toBe(true);
    expect(lines.at(-1)).toBe('Due: Monday, 2026-10-12');

    const working = formatExplanation(explain({ rule: 'petition.handling', start: '2026-01-09', calendar }), 'en');
    expect(working).toContain('Counted 2026-01-10: 1 day (Make-up working day for 2026-01-02)');
    const skipped = formatExplanation(explain({ rule: 'petition.handling', start: '2026-02-11', calendar }), 'en');
    expect(skipped).toContain('Skipped 2026-02-16 – 2026-02-20 (5 days): Lunar New Year (Tết)');
  });

  it('names the rule options in both languages', () => {
    const complex = explain({ rule: 'complaint.resolution', start: '2026-07-01', options: { secondTime: true, complex: true }, calendar });
    expect(formatExplanation(complex, 'en')[2]).toBe('Limit: 60 days (complex case, second-time resolution)');
    expect(formatExplanation(complex, 'vi')[1]).toBe('Căn cứ: Luật Khiếu nại 2011 (sửa đổi bởi Luật 136/2025/QH15), Điều 37');
  });
});
