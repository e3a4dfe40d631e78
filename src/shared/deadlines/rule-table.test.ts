import { describe, expect, it } from 'vitest';
import { RULE_IDS, RuleSchema, type RuleSet } from './deadlines.schemas';
import { findRuleVersion, listRuleVersions, RULE_TABLE } from './rule-table';

type Row = readonly [id: string, ruleSet: RuleSet, count: number, unit: string, startEvent: string, source: string];

// rules.md § J, one row per rule and rule set, with the legal source each must name.
const TABLE_J: readonly Row[] = [
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
];

describe('rule table (rules A, J)', () => {
  it('covers every rule id under both rule sets, and nothing else', () => {
    expect(RULE_TABLE).toHaveLength(RULE_IDS.length * 2);
    expect(new Set(TABLE_J.map(([id]) => id))).toEqual(new Set(RULE_IDS));
  });

  it.each(TABLE_J)('%s (%s rules): %i %s days from %s — %s', (id, ruleSet, count, unit, startEvent, source) => {
    const rule = RULE_TABLE.find((r) => r.id === id && r.ruleSet === ruleSet)!;
    expect(rule).toMatchObject({ count, unit, startEvent });
    expect(rule.source.en).toContain(source);
    expect(rule.source.vi.length).toBeGreaterThan(5);
    expect(rule.title.vi.length * rule.title.en.length).toBeGreaterThan(0);
    expect(RuleSchema.parse(rule)).toEqual(rule);
  });

  it.each(RULE_IDS)('%s: the 2021 version ends on 30 June 2026 and the 2026 version starts on 1 July', (id) => {
    const [v2021, v2026] = listRuleVersions(id);
    expect(v2021).toMatchObject({ ruleSet: '2021', validTo: '2026-06-30' });
    expect(v2026).toMatchObject({ ruleSet: '2026', validFrom: '2026-07-01', validTo: null });
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
    expect(rule.pauseSource?.en).toContain('Decree 155/2026/NĐ-CP, Art. 28b');
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
    expect(findRuleVersion('denunciation.resolution', '2018-12-31')).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
  });
});
