import { describe, expect, it } from 'vitest';
import {
  checkEligibility, checkRepresentation, checkTransferOnce, classifyAnonymousDenunciation, contentSimilarity, isGroup, isRepeat,
  representativesAllowed, splitIntoMatters, suggestDirection,
} from './classification.rules';
import { MatterDraftSchema, type EligibilityFacts } from './petitions.schemas';

const eligible: EligibilityFacts = {
  inVietnameseOrTranslated: true, dated: true, hasNameAndAddress: true, signedOrFingerprinted: true, hasContentElements: true,
  legible: true, sentToSeveralBodies: false, improperContent: false,
};
const draft = (contentClass: string, summary: string, extra: object = {}) =>
  MatterDraftSchema.parse({ contentClass, field: 'land-housing', summary, withinCompetence: true, competence: 'administrative', ...extra });

describe('eligibility with the five reason codes (rules C2; Circular 05/2021 Art. 6(2))', () => {
  it.each([
    ['eligible', {}, { withinCompetence: true, guidedBefore: false }, null],
    ['(1) undated', { dated: false }, { withinCompetence: true, guidedBefore: false }, ['missing-elements']],
    ['(1) a foreign language without a translation', { inVietnameseOrTranslated: false }, { withinCompetence: true, guidedBefore: false }, ['missing-elements']],
    ['(2) sent to several bodies, we are not the competent one', { sentToSeveralBodies: true }, { withinCompetence: false, guidedBefore: false }, ['sent-to-several-bodies']],
    ['(2) does not apply to the competent recipient', { sentToSeveralBodies: true }, { withinCompetence: true, guidedBefore: false }, null],
    ['(3) already guided once', {}, { withinCompetence: false, guidedBefore: true }, ['already-guided']],
    ['(4) improper content', { improperContent: true }, { withinCompetence: true, guidedBefore: false }, ['improper-content']],
    ['(5) illegible, and unsigned: every reason, in code order', { legible: false, signedOrFingerprinted: false }, { withinCompetence: true, guidedBefore: false }, ['missing-elements', 'illegible']],
  ] as const)('%s', (_label, facts, context, reasons) => {
    const result = checkEligibility({ ...eligible, ...facts }, context);
    if (reasons === null) return expect(result.ok).toBe(true);
    expect(result).toMatchObject({ ok: false, code: 'PETITION_NOT_ELIGIBLE', details: { reasons } });
    if (!result.ok) expect(result.message.en).toContain('Circular 05/2021/TT-TTCP, Art. 6');
  });
});

describe('one matter per content (rules C1)', () => {
  it('splits a mixed petition into one received matter per content, each with its clocks started', () => {
    const result = splitIntoMatters(
      [draft('complaint', 'Khiếu nại quyết định thu hồi đất', { learnedOfActOn: '2025-02-01' }), draft('denunciation', 'Tố cáo cán bộ địa chính nhận tiền')],
      '2025-03-03',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((m) => [m.contentClass, m.status, m.events.map((e) => e.type)])).toEqual([
      ['complaint', 'received', ['learned-of-act', 'received']],
      ['denunciation', 'received', ['received']],
    ]);
  });
  it('a second-time complaint starts in round 2', () => {
    const result = splitIntoMatters([draft('complaint', 'Khiếu nại lần hai', { firstTimeMatterId: 'm-1' })], '2025-03-03');
    expect(result.ok && result.value[0]!.round).toBe(2);
  });
  it('refuses the same content twice (accents and case ignored)', () => {
    const result = splitIntoMatters([draft('proposal', 'Sửa đường thôn Đông'), draft('proposal', 'sua duong thon dong')], '2025-03-03');
    expect(result).toMatchObject({ ok: false, code: 'PETITION_INVALID', details: { reason: 'DUPLICATE_CONTENT', index: 1, earlier: 0 } });
  });
});

describe('direction by competence (rules C4, C5) and transfer once', () => {
  it.each([
    ['within competence: accept', 'complaint', true, false, false, 'accept'],
    ['a complaint outside competence: guide', 'complaint', false, false, false, 'guide'],
    ['a denunciation outside competence: transfer (Art. 24(2))', 'denunciation', false, false, false, 'transfer'],
    ['a reflection outside competence: transfer', 'reflection', false, false, false, 'transfer'],
    ['an overdue subordinate: urge (Circular 05/2021 Art. 14(2))', 'denunciation', false, true, true, 'urge'],
  ] as const)('%s', (_label, contentClass, withinCompetence, subordinateCompetent, subordinateOverdue, direction) => {
    expect(suggestDirection({ contentClass, withinCompetence, subordinateCompetent, subordinateOverdue }).direction).toBe(direction);
  });
  it.each([
    ['denunciation, first transfer', 'denunciation', 0, true],
    ['denunciation, transferred before', 'denunciation', 1, false],
    ['a proposal may be transferred again', 'proposal', 1, true],
  ] as const)('%s', (_label, contentClass, earlier, allowed) => {
    expect(checkTransferOnce(contentClass, earlier).ok).toBe(allowed);
  });
});

describe('anonymous denunciations (rules C3; Law on Denunciations 2018, Art. 25)', () => {
  it.each([
    ['violator named, evidence, verifiable: inspect', true, true, true, 'inspect'],
    ['no evidence: file', true, false, true, 'file'],
    ['violator not named: file', false, true, true, 'file'],
  ] as const)('%s', (_label, violatorNamed, hasEvidence, verifiable, direction) => {
    const result = classifyAnonymousDenunciation({ violatorNamed, hasEvidence, verifiable });
    expect(result.direction).toBe(direction);
    expect(result.source.en).toContain('Art. 25');
  });
});

describe('repeats: same petitioner(s), content and target (rules C6)', () => {
  const earlier = { petitioners: ['c-1', 'c-2'], targetUnitId: 'u-1', contentClass: 'complaint' as const, summary: 'Khiếu nại việc thu hồi đất nông nghiệp của gia đình tại thôn Đông' };
  it.each([
    ['same people, reworded and without accents', { summary: 'khieu nai thu hoi dat nong nghiep gia dinh thon dong' }, true],
    ['word order ignored', { summary: 'thôn Đông: gia đình khiếu nại thu hồi đất nông nghiệp tại' }, true],
    ['one of the signers again', { petitioners: ['c-2', 'c-9'] }, true],
    ['other people', { petitioners: ['c-3'] }, false],
    ['another body', { targetUnitId: 'u-2' }, false],
    ['another class', { contentClass: 'denunciation' as const }, false],
    ['another content', { summary: 'Đề nghị sửa chữa đường giao thông liên xã' }, false],
  ] as const)('%s', (_label, change, repeat) => {
    expect(isRepeat(earlier, { ...earlier, ...change })).toBe(repeat);
  });
  it('measures similarity on folded words', () => {
    expect(contentSimilarity('Đường làng', 'duong lang')).toBe(1);
    expect(contentSimilarity('', 'x')).toBe(0);
  });
});

describe('groups and representatives (rules C7, F1; Law on Citizen Reception 2013, Art. 29)', () => {
  it.each([
    [1, false, { min: 0, max: 1 }],
    [4, false, { min: 0, max: 4 }],
    [5, true, { min: 1, max: 2 }],
    [10, true, { min: 1, max: 2 }],
    [11, true, { min: 1, max: 5 }],
  ] as const)('%i people: group %s, representatives %o', (people, group, allowed) => {
    expect(isGroup(people)).toBe(group);
    expect(representativesAllowed(people)).toEqual(allowed);
  });
  it.each([
    ['6 people, 2 representatives, appointed', 6, 2, true, null],
    ['6 people, 3 representatives', 6, 3, true, 'REPRESENTATIVES_OUT_OF_RANGE'],
    ['20 people, 5 representatives', 20, 5, true, null],
    ['20 people, 6 representatives', 20, 6, true, 'REPRESENTATIVES_OUT_OF_RANGE'],
    ['7 people, none appointed', 7, 0, false, 'REPRESENTATIVES_OUT_OF_RANGE'],
    ['7 people, no written appointment', 7, 1, false, 'APPOINTMENT_MISSING'],
    ['3 people need no appointment', 3, 0, false, null],
  ] as const)('%s', (_label, people, representatives, hasAppointment, reason) => {
    const result = checkRepresentation({ people, representatives, hasAppointment });
    if (reason === null) return expect(result.ok).toBe(true);
    expect(result).toMatchObject({ ok: false, details: { reason } });
    if (!result.ok) expect(result.source.en).toBe('Law on Citizen Reception 2013, Art. 29');
  });
});
