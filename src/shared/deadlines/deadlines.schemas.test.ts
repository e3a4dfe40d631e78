import { describe, expect, it } from 'vitest';
import { DeadlineComputeRequestSchema, RuleOverridesSchema } from './deadlines.schemas';

describe('deadline schemas', () => {
  it('accepts a complete request', () => {
    const request = {
      rule: 'denunciation.resolution',
      start: '2026-07-01',
      events: [{ type: 'extended', date: '2026-07-20', days: 30 }],
      options: { complex: false, extensions: 1 },
    };
    expect(DeadlineComputeRequestSchema.parse(request)).toEqual(request);
  });

  it.each([
    ['an unknown rule', { rule: 'complaint.appeal', start: '2026-07-01' }],
    ['a non-existent date', { rule: 'petition.handling', start: '2026-02-29' }],
    ['a negative extension count', { rule: 'denunciation.resolution', start: '2026-07-01', options: { extensions: -1 } }],
    ['an unknown event', { rule: 'complaint.resolution', start: '2026-07-01', events: [{ type: 'paused', date: '2026-07-02' }] }],
  ])('rejects %s', (_label, request) => {
    expect(DeadlineComputeRequestSchema.safeParse(request).success).toBe(false);
  });

  it('validates rule overrides', () => {
    expect(RuleOverridesSchema.safeParse({ 'complaint.resolution': { unit: 'working' } }).success).toBe(true);
    expect(RuleOverridesSchema.safeParse({ 'complaint.resolution': { unit: 'hours' } }).success).toBe(false);
    expect(RuleOverridesSchema.safeParse({ 'complaint.appeal': { count: 3 } }).success).toBe(false);
  });
});
