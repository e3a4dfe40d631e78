import { describe, expect, it } from 'vitest';
import { RULE_IDS, RuleSchema, type RuleSet } from './deadlines.schemas';
import { findRuleVersion, listRuleVersions, RULE_TABLE, ruleSetOn } from './rule-table';

type Row = readonly [id: string, ruleSet: RuleSet, count: number, unit: string, startEvent: string, source: string];

// rules.md § J and the other limits of sections D–F, one row per rule and rule set, with the legal source each must name.
const TABLE: readonly Row[] = [
  ['petition.handling', '2021', 10, 'working', 'receipt', 'Circular 05/2021/TT-TTCP'],
  ['petition.handling', '2026', 10, 'working', 'receipt', 'Circular 05/2021/TT-TTCP'],
  ['reception.refusal-notice', '2021', 3, 'working', 'refusal-grounds', 'Law on Citizen Reception 2013, Art. 9'],
  ['reception.refusal-notice', '2026', 3, 'working', 'refusal-grounds', 'Decree 154/2026/NĐ-CP, Art. 4(3)'],
  ['complaint.filing', '2021', 90, 'calendar', 'learned-of-act', 'Law on Complaints 2011, Art. 9'],
  ['complaint.filing', '2026', 90, 'calendar', 'learned-of-act', 'Art. 9'],
  ['complaint.acceptance', '2021', 10, 'working', 'receipt', 'Circular 07/2013/TT-TTCP, Art. 5'],
  ['complaint.acceptance', '2026', 7, 'working', 'receipt', 'Decree 155/2026/NĐ-CP, Art. 10'],
  ['complaint.resolution', '2021', 30, 'calendar', 'acceptance', 'Law on Complaints 2011, Art. 28'],
  ['complaint.resolution', '2026', 30, 'calendar', 'acceptance', 'Art. 28'],
  ['complaint.second-filing', '2021', 30, 'calendar', 'decision-received', 'Law on Complaints 2011, Art. 33'],
  ['complaint.second-filing', '2026', 30, 'calendar', 'decision-received', 'Art. 33'],
  ['complaint.send-decision', '2021', 3, 'working', 'decision', 'Law on Complaints 2011, Art. 32'],
  ['complaint.send-decision', '2026', 3, 'working', 'decision', 'Art. 32'],
  ['complaint.publish', '2021', 15, 'calendar', 'decision', 'Decree 124/2020/NĐ-CP'],
  ['complaint.publish', '2026', 15, 'calendar', 'decision', 'Decree 124/2020/NĐ-CP'],
  ['complaint.enforcement', '2021', 5, 'working', 'effect', 'Decree 124/2020/NĐ-CP, Art. 31'],
  ['complaint.enforcement', '2026', 5, 'working', 'effect', 'Art. 31'],
  ['denunciation.initial-handling', '2021', 7, 'working', 'receipt', 'Law on Denunciations 2018, Art. 24(1)'],
  ['denunciation.initial-handling', '2026', 7, 'working', 'receipt', 'Art. 24(1)'],
  ['denunciation.transfer', '2021', 5, 'working', 'receipt', 'Law on Denunciations 2018, Art. 24(2)'],
  ['denunciation.transfer', '2026', 5, 'working', 'receipt', 'Art. 24(2)'],
  ['denunciation.notify', '2021', 5, 'working', 'acceptance', 'Law on Denunciations 2018, Art. 29'],
  ['denunciation.notify', '2026', 5, 'working', 'acceptance', 'Art. 29'],
  ['denunciation.resolution', '2021', 30, 'calendar', 'acceptance', 'Law on Denunciations 2018'],
  ['denunciation.resolution', '2026', 30, 'calendar', 'acceptance', 'Law 136/2025/QH15'],
  // D5: dialogue notice at least 5 days before the dialogue; 2021 basis not verified in research.md.
  ['complaint.dialogue-notice', '2021', 5, 'calendar', 'dialogue', 'Law on Complaints 2011, Art. 30; Decree 124/2020/NĐ-CP, Art. 28'],
  ['complaint.dialogue-notice', '2026', 5, 'calendar', 'dialogue', 'Decree 124/2020/NĐ-CP, Art. 28(1) (amended by Decree 155/2026/NĐ-CP)'],
  // research "Rules an engineer must implement" #7: suspension/continuation decisions sent within 3 working days.
  ['complaint.suspension-notice', '2026', 3, 'working', 'suspension-or-continuation', 'Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)'],
  // E4: the superior requests a report, the handler reports, each within 5 working days.
  ['denunciation.escalation-request', '2021', 5, 'working', 'escalation-received', 'Law on Denunciations 2018, Art. 38'],
  ['denunciation.escalation-request', '2026', 5, 'working', 'escalation-received', 'Law on Denunciations 2018, Art. 38'],
  ['denunciation.escalation-report', '2021', 5, 'working', 'report-request-received', 'Law on Denunciations 2018, Art. 38'],
  ['denunciation.escalation-report', '2026', 5, 'working', 'report-request-received', 'Law on Denunciations 2018, Art. 38'],
  // E3: suspension and termination decisions of a denunciation are sent within 5 working days (Art. 34(4)).
  ['denunciation.suspension-notice', '2021', 5, 'working', 'suspension-or-termination', 'Law on Denunciations 2018, Art. 34(4)'],
  ['denunciation.suspension-notice', '2026', 5, 'working', 'suspension-or-termination', 'Law on Denunciations 2018, Art. 34(4)'],
  // E4: a further denunciation after the decision is reviewed by the superior within 20 days (Art. 37).
  ['denunciation.further-review', '2021', 20, 'calendar', 'further-denunciation', 'Law on Denunciations 2018, Art. 37'],
  ['denunciation.further-review', '2026', 20, 'calendar', 'further-denunciation', 'Law on Denunciations 2018, Art. 37'],
  // F2: online reception, 2026 rules only; schedule notice at least 5 working days before the session.
  ['reception.online-notice', '2026', 5, 'working', 'online-session', 'Decree 154/2026/NĐ-CP, Art. 23'],
];

/** Rules that exist only from 1 July 2026 (Law 136/2025/QH15; Decrees 154, 155/2026). */
const ONLY_2026 = ['reception.online-notice', 'complaint.suspension-notice'];

describe('rule table (rules A, J)', () => {
  it('covers every rule id under the 2026 rules and every 2021 rule under the 2021 rules, and nothing else', () => {
    expect(RULE_TABLE).toHaveLength(RULE_IDS.length * 2 - ONLY_2026.length);
    expect(new Set(TABLE.map(([id]) => id))).toEqual(new Set(RULE_IDS));
    expect(TABLE).toHaveLength(RULE_TABLE.length);
    expect(RULE_TABLE.filter((r) => r.ruleSet === '2026').map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    const only2021 = new Set(RULE_TABLE.filter((r) => r.ruleSet === '2021').map((r) => r.id));
    expect(RULE_IDS.filter((id) => !only2021.has(id))).toEqual(ONLY_2026);
  });

  it.each(TABLE)('%s (%s rules): %i %s days from %s — %s', (id, ruleSet, count, unit, startEvent, source) => {
    const rule = RULE_TABLE.find((r) => r.id === id && r.ruleSet === ruleSet)!;
    expect(rule).toMatchObject({ count, unit, startEvent });
    expect(rule.source.en).toContain(source);
    expect(rule.source.vi.length).toBeGreaterThan(5);
    expect(rule.title.vi.length * rule.title.en.length).toBeGreaterThan(0);
    expect(RuleSchema.parse(rule)).toEqual(rule);
  });

  it.each(RULE_IDS)('%s: the 2021 version ends on 30 June 2026 and the 2026 version starts on 1 July', (id) => {
    const versions = listRuleVersions(id);
    const v2026 = versions.at(-1);
    expect(v2026).toMatchObject({ ruleSet: '2026', validFrom: '2026-07-01', validTo: null });
    if (ONLY_2026.includes(id)) expect(versions).toHaveLength(1);
    else expect(versions[0]).toMatchObject({ ruleSet: '2021', validTo: '2026-06-30' });
  });

  it('counts only the dialogue and online-reception notices backwards from their event', () => {
    const before = RULE_TABLE.filter((r) => r.direction === 'before').map((r) => `${r.id}@${r.ruleSet}`);
    expect(before).toEqual(['complaint.dialogue-notice@2021', 'complaint.dialogue-notice@2026', 'reception.online-notice@2026']);
  });

  it('marks the 2021 dialogue-notice basis as not verified (research.md confirms only Decree 155/2026, Art. 28)', () => {
    const [v2021] = listRuleVersions('complaint.dialogue-notice');
    expect(v2021!.source.vi).toContain('chưa xác minh');
    expect(v2021!.source.en).toContain('not verified');
  });

  it('keeps the resolution variants of Law on Complaints 2011, Arts. 28 and 37', () => {
    const rule = RULE_TABLE.find((r) => r.id === 'complaint.resolution' && r.ruleSet === '2026')!;
    const counts = Object.fromEntries(rule.variants.map((v) => [[...v.when].sort().join('+'), v.count]));
    expect(counts).toEqual({
      complex: 45,
      remote: 45,
      'complex+remote': 60,
      secondTime: 45,
      'complex+secondTime': 60,
      'remote+secondTime': 60,
      'complex+remote+secondTime': 70,
    });
    expect(rule.pausable).toBe(true);
    expect(rule.pauseSource?.en).toContain('Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)');
    expect(RULE_TABLE.find((r) => r.id === 'complaint.resolution' && r.ruleSet === '2021')!.pausable).toBe(false);
  });

  it('allows two 30-day extensions of a denunciation (Law on Denunciations 2018, Art. 30; Decree 31/2019, Art. 3)', () => {
    for (const rule of listRuleVersions('denunciation.resolution')) {
      expect(rule.extension).toMatchObject({ daysPerExtension: 30, maxExtensions: 2 });
    }
  });

  it('selects the version by the date of the starting event (rules A1)', () => {
    expect(findRuleVersion('complaint.acceptance', '2026-06-30')).toMatchObject({ ok: true, value: { ruleSet: '2021', count: 10 } });
    expect(findRuleVersion('complaint.acceptance', '2026-07-01')).toMatchObject({ ok: true, value: { ruleSet: '2026', count: 7 } });
    expect(findRuleVersion('complaint.appeal', '2026-07-01')).toMatchObject({ ok: false, code: 'UNKNOWN_RULE' });
    expect(findRuleVersion('denunciation.resolution', '2018-12-31')).toMatchObject({
      ok: false,
      code: 'DATE_OUT_OF_RANGE',
      message: {
        vi: 'Quy định "Giải quyết tố cáo" chưa có hiệu lực vào ngày 31/12/2018: quy định này áp dụng từ ngày 01/01/2019 ' +
          '(Luật Tố cáo 2018, Điều 30)',
        en: expect.stringContaining('applies from 1 Jan 2019 (Law on Denunciations 2018, Art. 30)'),
      },
      details: { reason: 'NOT_YET_IN_FORCE' },
    });
    expect(ruleSetOn('2026-06-30')).toBe('2021');
    expect(ruleSetOn('2026-07-01')).toBe('2026');
  });

  it('has no 2021 version of online reception (Decree 154/2026, Art. 23): the lookup says why', () => {
    expect(findRuleVersion('reception.online-notice', '2026-07-01')).toMatchObject({ ok: true, value: { ruleSet: '2026' } });
    const result = findRuleVersion('reception.online-notice', '2026-06-30');
    expect(result).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE', details: { reason: 'NOT_IN_RULE_SET', ruleSet: '2021' } });
    expect(result.ok || result.message.en).toBe(
      '"Online reception: notify the session schedule" is not part of the 2021 rules in force on 30 Jun 2026: ' +
        'it exists from 1 Jul 2026 (Decree 154/2026/NĐ-CP, Art. 23)',
    );
    expect(result.ok || result.message.vi).toBe(
      'Quy định "Tiếp công dân trực tuyến: thông báo lịch tiếp" không thuộc bộ quy định 2021 áp dụng vào ngày 30/06/2026: ' +
        'quy định này chỉ có từ ngày 01/07/2026 (Nghị định 154/2026/NĐ-CP, Điều 23)',
    );
  });
});

type Citation = readonly [id: string, ruleSet: RuleSet, where: 'source' | 'pauseSource' | 'extension' | 'secondTime', has: string, hasNot: string | null];

// The legal review of issue 7 (rules.md A1, B5, D5, E3): which article each citation must (and must not) name.
const CITATIONS: readonly Citation[] = [
  ['denunciation.resolution', '2021', 'pauseSource', 'Law on Denunciations 2018, Art. 34', 'Art. 31'],
  ['denunciation.resolution', '2026', 'pauseSource', 'Law on Denunciations 2018, Art. 34', 'Art. 31'],
  ['complaint.resolution', '2026', 'pauseSource', 'Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)', null],
  ['complaint.suspension-notice', '2026', 'source', 'Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)', null],
  ['denunciation.resolution', '2026', 'extension', 'Decree 31/2019/NĐ-CP, Art. 3', 'Decree 156/2026'],
  ['complaint.enforcement', '2026', 'source', 'Decree 124/2020/NĐ-CP, Art. 31', 'Decree 155/2026'],
  ['complaint.send-decision', '2021', 'secondTime', 'Law on Complaints 2011, Art. 41(1)', 'Circular 07/2013'],
  ['complaint.send-decision', '2026', 'secondTime', 'Art. 41(1)', 'Circular 07/2013'],
  ['complaint.publish', '2021', 'source', 'Law on Complaints 2011, Art. 41(2)–(3)', null],
  ['complaint.publish', '2026', 'source', 'Art. 41(2)–(3)', null],
];

describe('citations (rules.md A1, B5, D5, E3)', () => {
  it.each(CITATIONS)('%s (%s rules), %s: names %s', (id, ruleSet, where, has, hasNot) => {
    const rule = RULE_TABLE.find((r) => r.id === id && r.ruleSet === ruleSet)!;
    const cited =
      where === 'source' ? rule.source
      : where === 'pauseSource' ? rule.pauseSource!
      : where === 'extension' ? rule.extension!.source
      : rule.variants.find((v) => v.when.join() === 'secondTime')!.source!;
    expect(cited.en).toContain(has);
    if (hasNot) expect(cited.en).not.toContain(hasNot);
    expect(cited.vi).not.toBe(cited.en);
  });

  it('keeps the doubt about publishing first-time decisions in the rule data (rules.md D5)', () => {
    for (const rule of listRuleVersions('complaint.publish')) {
      expect(rule.source.vi).toContain('chưa xác minh');
      expect(rule.source.en).toContain('not verified');
    }
  });

  it('names the transitional rule for complaints accepted before 1 July 2026 (Decree 155/2026, Art. 22(1))', () => {
    const rule = RULE_TABLE.find((r) => r.id === 'complaint.resolution' && r.ruleSet === '2026')!;
    expect(rule.pauseTransition?.en).toContain('Decree 155/2026/NĐ-CP, Art. 22(1)');
    expect(rule.pauseTransition?.vi).toContain('Nghị định 155/2026/NĐ-CP, Điều 22 khoản 1');
  });
});
