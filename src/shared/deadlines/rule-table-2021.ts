/**
 * The 2021 rules as data: Laws 42/2013, 02/2011, 25/2018; Decrees 64/2014, 124/2020, 31/2019; Circulars 04/2021,
 * 05/2021 (rules A1). `validFrom` is the day the rule's own law entered into force.
 */
import { cite, LAW_COMPLAINTS, LAW_DENUNCIATIONS, src, type RuleRow } from './rule-rows';

export const RULES_2021: readonly RuleRow[] = [
  {
    id: 'petition.handling',
    validFrom: '2014-07-01',
    title: src('Xử lý đơn (phân loại, quyết định hướng xử lý)', 'Handle a received petition (classify and decide)'),
    source: src(
      'Thông tư 05/2021/TT-TTCP (mức 10 ngày làm việc thường áp dụng; chưa xác minh điều khoản)',
      'Circular 05/2021/TT-TTCP (commonly applied 10 working days; article not verified)',
    ),
    startEvent: 'receipt', direction: 'after', unit: 'working', count: 10, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'reception.refusal-notice',
    validFrom: '2014-07-01',
    title: src('Thông báo từ chối tiếp công dân', 'Written notice refusing reception'),
    source: src(
      'Luật Tiếp công dân 2013, Điều 9; Thông tư 04/2021/TT-TTCP (Mẫu 01/TCD)',
      'Law on Citizen Reception 2013, Art. 9; Circular 04/2021/TT-TTCP (form 01/TCD)',
    ),
    startEvent: 'refusal-grounds', direction: 'after', unit: 'working', count: 3, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.filing',
    validFrom: '2012-07-01',
    title: src('Thời hiệu khiếu nại', 'Complaint filing limit'),
    source: cite(LAW_COMPLAINTS, 'Điều 9', 'Art. 9'),
    startEvent: 'learned-of-act', direction: 'after', unit: 'calendar', count: 90, variants: [], extension: null,
    pausable: true,
    pauseSource: src(
      'Luật Khiếu nại 2011, Điều 9 (thời gian có trở ngại khách quan không tính vào thời hiệu)',
      'Law on Complaints 2011, Art. 9 (time lost to objective obstacles is not counted)',
    ),
  },
  {
    id: 'complaint.acceptance',
    validFrom: '2012-07-01',
    title: src('Thụ lý giải quyết khiếu nại', 'Accept a complaint'),
    source: src(
      'Luật Khiếu nại 2011, Điều 27, 36; Thông tư 07/2013/TT-TTCP, Điều 5 (sửa đổi bởi Thông tư 02/2016/TT-TTCP)',
      'Law on Complaints 2011, Arts. 27, 36; Circular 07/2013/TT-TTCP, Art. 5 (amended by Circular 02/2016/TT-TTCP)',
    ),
    startEvent: 'receipt', direction: 'after', unit: 'working', count: 10, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.resolution',
    validFrom: '2012-07-01',
    title: src('Giải quyết khiếu nại', 'Resolve a complaint'),
    source: cite(LAW_COMPLAINTS, 'Điều 28', 'Art. 28'),
    startEvent: 'acceptance', direction: 'after', unit: 'calendar', count: 30,
    variants: [
      { when: ['complex'], count: 45 },
      { when: ['remote'], count: 45 },
      { when: ['complex', 'remote'], count: 60 },
      { when: ['secondTime'], count: 45, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37') },
      { when: ['secondTime', 'complex'], count: 60, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37') },
      { when: ['secondTime', 'remote'], count: 60, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37') },
      { when: ['secondTime', 'complex', 'remote'], count: 70, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37') },
    ],
    extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.dialogue-notice',
    validFrom: '2012-07-01',
    title: src('Gửi thông báo tổ chức đối thoại', 'Send the notice of a dialogue'),
    source: src(
      'Luật Khiếu nại 2011, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28 (chưa xác minh điều khoản và mức 05 ngày)',
      'Law on Complaints 2011, Art. 30; Decree 124/2020/NĐ-CP, Art. 28 (articles and the 5-day limit not verified)',
    ),
    startEvent: 'dialogue', direction: 'before', unit: 'calendar', count: 5, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.second-filing',
    validFrom: '2012-07-01',
    title: src('Thời hạn khiếu nại lần hai', 'Window for a second complaint'),
    source: cite(LAW_COMPLAINTS, 'Điều 33 khoản 1', 'Art. 33(1)'),
    startEvent: 'decision-received', direction: 'after', unit: 'calendar', count: 30,
    variants: [{ when: ['remote'], count: 45 }],
    extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.send-decision',
    validFrom: '2012-07-01',
    title: src('Gửi quyết định giải quyết khiếu nại', 'Send the complaint decision'),
    source: cite(LAW_COMPLAINTS, 'Điều 32', 'Art. 32'),
    startEvent: 'decision', direction: 'after', unit: 'working', count: 3,
    variants: [
      { when: ['secondTime'], count: 7, unit: 'calendar', source: cite(LAW_COMPLAINTS, 'Điều 41 khoản 1', 'Art. 41(1)') },
    ],
    extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.publish',
    validFrom: '2012-07-01',
    title: src('Công khai quyết định giải quyết khiếu nại', 'Publish the complaint decision'),
    // rules.md D5: Art. 41(2)–(3) puts publication on the second-time resolver; computeClocks applies it to
    // second-time decisions only until Decree 124/2020 is verified for first-time ones.
    source: src(
      'Luật Khiếu nại 2011, Điều 41 khoản 2–3 (người giải quyết khiếu nại lần hai công khai quyết định); Nghị định 124/2020/NĐ-CP ' +
        '(mức 15 ngày; chưa xác minh điều khoản và việc áp dụng cho quyết định lần đầu)',
      'Law on Complaints 2011, Art. 41(2)–(3) (the second-time resolver publishes the decision); Decree 124/2020/NĐ-CP ' +
        '(the 15-day limit; article and application to first-time decisions not verified)',
    ),
    startEvent: 'decision', direction: 'after', unit: 'calendar', count: 15, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.enforcement',
    validFrom: '2012-07-01',
    title: src('Chỉ đạo thi hành quyết định giải quyết khiếu nại có hiệu lực', 'Direct enforcement of the effective decision'),
    source: src('Nghị định 124/2020/NĐ-CP, Điều 31', 'Decree 124/2020/NĐ-CP, Art. 31'),
    startEvent: 'effect', direction: 'after', unit: 'working', count: 5, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.initial-handling',
    validFrom: '2019-01-01',
    title: src('Tiếp nhận, xử lý ban đầu tố cáo', 'Initial handling of a denunciation (register, classify, verify identity)'),
    source: cite(LAW_DENUNCIATIONS, 'Điều 24 khoản 1', 'Art. 24(1)'),
    startEvent: 'receipt', direction: 'after', unit: 'working', count: 7,
    variants: [{ when: ['withReason'], count: 10 }],
    extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.transfer',
    validFrom: '2019-01-01',
    title: src('Chuyển tố cáo không thuộc thẩm quyền', 'Transfer a denunciation outside competence'),
    source: src(
      'Luật Tố cáo 2018, Điều 24 khoản 2; Thông tư 05/2021/TT-TTCP, Điều 14',
      'Law on Denunciations 2018, Art. 24(2); Circular 05/2021/TT-TTCP, Art. 14',
    ),
    startEvent: 'receipt', direction: 'after', unit: 'working', count: 5, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.notify',
    validFrom: '2019-01-01',
    title: src('Thông báo việc thụ lý tố cáo', 'Notify the parties of acceptance'),
    source: cite(LAW_DENUNCIATIONS, 'Điều 29', 'Art. 29'),
    startEvent: 'acceptance', direction: 'after', unit: 'working', count: 5, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.resolution',
    validFrom: '2019-01-01',
    title: src('Giải quyết tố cáo', 'Resolve a denunciation'),
    source: cite(LAW_DENUNCIATIONS, 'Điều 30', 'Art. 30'),
    startEvent: 'acceptance', direction: 'after', unit: 'calendar', count: 30, variants: [],
    extension: {
      daysPerExtension: 30,
      maxExtensions: 2,
      source: src('Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3', 'Law on Denunciations 2018, Art. 30; Decree 31/2019/NĐ-CP, Art. 3'),
    },
    pausable: true,
    pauseSource: src('Luật Tố cáo 2018, Điều 34 (tạm đình chỉ giải quyết tố cáo)', 'Law on Denunciations 2018, Art. 34 (suspension)'),
  },
  {
    id: 'denunciation.suspension-notice',
    validFrom: '2019-01-01',
    title: src('Gửi quyết định tạm đình chỉ, đình chỉ giải quyết tố cáo', 'Send a suspension or termination decision'),
    source: cite(LAW_DENUNCIATIONS, 'Điều 34 khoản 4', 'Art. 34(4)'),
    startEvent: 'suspension-or-termination', direction: 'after', unit: 'working', count: 5, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.escalation-request',
    validFrom: '2019-01-01',
    title: src(
      'Cấp trên yêu cầu báo cáo khi tố cáo quá hạn không được giải quyết',
      'Superior requests a report on an overdue denunciation',
    ),
    source: cite(LAW_DENUNCIATIONS, 'Điều 38', 'Art. 38'),
    startEvent: 'escalation-received', direction: 'after', unit: 'working', count: 5, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.escalation-report',
    validFrom: '2019-01-01',
    title: src('Báo cáo cấp trên về tố cáo quá hạn', 'Report to the superior on the overdue denunciation'),
    source: cite(LAW_DENUNCIATIONS, 'Điều 38', 'Art. 38'),
    startEvent: 'report-request-received', direction: 'after', unit: 'working', count: 5, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.further-review',
    validFrom: '2019-01-01',
    title: src('Xem xét tố cáo tiếp sau khi đã có kết luận', 'Review a further denunciation after the decision'),
    source: src(
      'Luật Tố cáo 2018, Điều 37 (mức 20 ngày chưa được đối chiếu với văn bản)',
      'Law on Denunciations 2018, Art. 37 (the 20-day limit not verified against the text)',
    ),
    startEvent: 'further-denunciation', direction: 'after', unit: 'calendar', count: 20, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
];
