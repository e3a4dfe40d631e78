import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { computeDeadline } from './clock.rules';
import { formatDerivedWarning, formatExplanation } from './explain';

const calendar = createWorkCalendar();

function explain(input: Parameters<typeof computeDeadline>[0]) {
  const result = computeDeadline(input);
  if (!result.ok) throw new Error(result.message.en);
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
    expect(lines).toContain('Skipped 11 Aug 2026 – 20 Aug 2026 (10 days): suspension');
    expect(lines.some((l) => l.startsWith('Suspended on 10 Aug 2026, continued on 20 Aug 2026'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Extended by 30 days (Law on Denunciations 2018'))).toBe(true);
    expect(lines.at(-1)).toBe('Due: Monday, 12 Oct 2026');

    const working = formatExplanation(explain({ rule: 'petition.handling', start: '2026-01-09', calendar }), 'en');
    expect(working).toContain('Counted 10 Jan 2026: 1 day (Make-up working day for 2 Jan 2026)');
    const skipped = formatExplanation(explain({ rule: 'petition.handling', start: '2026-02-11', calendar }), 'en');
    expect(skipped).toContain('Skipped 16 Feb 2026 – 20 Feb 2026 (5 days): Lunar New Year (Tết)');
  });

  it('names the rule options in both languages', () => {
    const complex = explain({ rule: 'complaint.resolution', start: '2026-07-01', options: { secondTime: true, complex: true }, calendar });
    expect(formatExplanation(complex, 'en')[2]).toBe('Limit: 60 days (complex matter, second-time resolution)');
    expect(formatExplanation(complex, 'vi')[1]).toBe('Căn cứ: Luật Khiếu nại 2011 (sửa đổi bởi Luật 136/2025/QH15), Điều 37');
  });

  // complaint.dialogue-notice (rules D5; 2021 basis not verified): dialogue Wed 25/2/2026; 5 days back from Tue 24 end
  // on Fri 20, in the Tết break 16–20/2 (and before it the weekend 14–15) → the notice must go out by Fri 13/2.
  const dialogue = explain({ rule: 'complaint.dialogue-notice', start: '2026-02-25', calendar });

  it('renders a limit counted before its event in Vietnamese: latest day to send, moved back to a working day', () => {
    expect(formatExplanation(dialogue, 'vi')).toEqual([
      'Gửi thông báo tổ chức đối thoại (complaint.dialogue-notice, bộ quy định 2021)',
      'Căn cứ: Luật Khiếu nại 2011, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28 (chưa xác minh điều khoản và mức 05 ngày)',
      'Thời hạn: ít nhất 5 ngày trước ngày đối thoại',
      'Sự kiện: ngày đối thoại 25/02/2026; không tính ngày xảy ra sự kiện, đếm ngược bắt đầu từ 24/02/2026 (Bộ luật Dân sự 2015, Điều 147, áp dụng theo chiều ngược).',
      'Tính 20/02/2026 – 24/02/2026: 5 ngày',
      'Ngày cuối cùng tính ngược (Thứ Sáu, 20/02/2026) không phải ngày làm việc (Tết Nguyên đán, nghỉ cuối tuần); thông báo phải được gửi vào ngày làm việc nên hạn lùi về ngày làm việc liền trước, 13/02/2026 (theo hướng an toàn, tương tự Bộ luật Dân sự 2015, Điều 148 khoản 5).',
      'Hạn gửi chậm nhất: Thứ Sáu, 13/02/2026',
    ]);
  });

  it('renders the same in English', () => {
    expect(formatExplanation(dialogue, 'en')).toEqual([
      'Send the notice of a dialogue (complaint.dialogue-notice, 2021 rules)',
      'Legal basis: Law on Complaints 2011, Art. 30; Decree 124/2020/NĐ-CP, Art. 28 (articles and the 5-day limit not verified)',
      'Limit: at least 5 days before the dialogue',
      'Event: the dialogue on 25 Feb 2026; that day is not counted, counting back starts on 24 Feb 2026 (Civil Code 2015, Art. 147, applied backwards).',
      'Counted 20 Feb 2026 – 24 Feb 2026: 5 days',
      'The last day counted back (Friday, 20 Feb 2026) is not a working day (Lunar New Year (Tết), weekend); the notice must be sent on a working day, so the limit moves back to the previous working day, 13 Feb 2026 (the safe direction, mirroring Civil Code 2015, Art. 148(5)).',
      'Send no later than: Friday, 13 Feb 2026',
    ]);
  });

  it('lists the working days of an online-reception notice in counting order, from the day before the session', () => {
    // reception.online-notice (Decree 154/2026, Art. 23): session Fri 4/9/2026, 5 working days back → Tue 25/8.
    const lines = formatExplanation(explain({ rule: 'reception.online-notice', start: '2026-09-04', calendar }), 'en');
    expect(lines.slice(2)).toEqual([
      'Limit: at least 5 working days before the online reception session',
      'Event: the online reception session on 4 Sep 2026; that day is not counted, counting back starts on 3 Sep 2026 (Civil Code 2015, Art. 147, applied backwards).',
      'Counted 3 Sep 2026: 1 day',
      'Skipped 1 Sep 2026 – 2 Sep 2026 (2 days): National Day',
      'Skipped 31 Aug 2026 (1 day): Swapped day off (National Day)',
      'Skipped 29 Aug 2026 – 30 Aug 2026 (2 days): weekend',
      'Counted 25 Aug 2026 – 28 Aug 2026: 4 days',
      'Send no later than: Tuesday, 25 Aug 2026',
    ]);
  });

  describe('a period in a year without an official holiday schedule', () => {
    // Accepted Mon 14/12/2026 + 30 days = Wed 13/1/2027: the days off of 2027 are derived, none is published yet.
    const crossing = explain({ rule: 'complaint.resolution', start: '2026-12-14', calendar });
    const WARNING = {
      vi: 'Lưu ý: chưa có lịch nghỉ chính thức năm 2027; các ngày nghỉ lễ, nghỉ bù của năm này được suy ra theo Bộ luật Lao động 2019 (Điều 111 khoản 3, Điều 112) và có thể khác lịch Chính phủ công bố sau này.',
      en: 'Note: no official holiday schedule is known for 2027; its days off are derived from the Labour Code 2019 (Arts. 111(3), 112) and may differ from the schedule the Government publishes.',
    };

    it('names the years whose days off are derived', () => {
      expect(crossing.derivedYears).toEqual([2027]);
      expect(explain({ rule: 'complaint.resolution', start: '2026-07-01', calendar }).derivedYears).toEqual([]);
    });

    it.each(['vi', 'en'] as const)('warns in %s, just before the due date', (lang) => {
      const lines = formatExplanation(crossing, lang);
      expect(lines.at(-2)).toBe(WARNING[lang]);
      expect(formatDerivedWarning(crossing, lang)).toBe(WARNING[lang]);
    });

    it('says nothing when every year has its official schedule, or an administrator entered one', () => {
      const official = explain({ rule: 'complaint.resolution', start: '2026-07-01', calendar });
      expect(formatDerivedWarning(official, 'vi')).toBeNull();
      expect(formatExplanation(official, 'vi').some((l) => l.startsWith('Lưu ý: chưa có lịch nghỉ chính thức'))).toBe(false);
      const custom = createWorkCalendar({ overrides: [{ ...calendar.yearSchedule(2027), source: 'custom', sourceNote: 'QĐ 1/2027' }] });
      expect(explain({ rule: 'complaint.resolution', start: '2026-12-14', calendar: custom }).derivedYears).toEqual([]);
    });

    it('names several years in one line', () => {
      const long = explain({ rule: 'complaint.filing', start: '2027-12-20', calendar });
      expect(long.derivedYears).toEqual([2027, 2028]);
      expect(formatDerivedWarning(long, 'en')).toContain('for 2027 and 2028; their days off are derived');
      expect(formatDerivedWarning(long, 'vi')).toContain('năm 2027, 2028; các ngày nghỉ lễ, nghỉ bù của các năm này');
    });
  });
});
