import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from './audit.labels';

function serverSources(dir = 'src/server'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? serverSources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every action and entity the server writes to the audit log has words in both languages (no code on screen). */
describe('audit labels', () => {
  const code = serverSources().map((f) => readFileSync(f, 'utf8')).join('\n');
  const actions = new Set([...code.matchAll(/action: (?:[^'\n]*\? )?'([a-z-]+\.[a-z-]+)'(?: : '([a-z-]+\.[a-z-]+)')?/g)].flatMap((m) => [m[1]!, m[2]].filter(Boolean) as string[]));
  const entities = new Set([...code.matchAll(/entityType: (?:[^'\n]*\? )?'([a-z_-]+)'(?: : '([a-z_-]+)')?/g)].flatMap((m) => [m[1]!, m[2]].filter(Boolean) as string[]));

  it('finds the actions the services record', () => {
    expect(actions.size).toBeGreaterThanOrEqual(15);
    expect(actions).toContain('user.unlock');
  });

  it.each(['vi', 'en'] as const)('names every recorded action and entity in %s', (locale) => {
    expect([...actions].filter((a) => !AUDIT_ACTION_LABELS[locale][a])).toEqual([]);
    expect([...entities].filter((e) => !AUDIT_ENTITY_LABELS[locale][e])).toEqual([]);
  });
});
