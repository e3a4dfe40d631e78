import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rules that keep authorisation in one place and features apart must actually fire. */
describe('architecture lint rules', () => {
  const eslint = new ESLint();
  const messagesFor = async (path: string, code: string) =>
    (await eslint.lintText(code, { filePath: path }))[0]!.messages.map((m) => m.ruleId);

  it('forbids role comparisons outside src/server/auth', async () => {
    const code = "export const f = (g: { role: string }) => g.role === 'administrator';\n";
    expect(await messagesFor('src/server/org-units/x.service.ts', code)).toContain('no-restricted-syntax');
    expect(await messagesFor('src/web/users/X.tsx', code)).toContain('no-restricted-syntax');
    expect(await messagesFor('src/server/auth/x.ts', code)).not.toContain('no-restricted-syntax');
  });

  it("forbids importing another feature's repository, from the server and the CLI", async () => {
    const code = "import { findUserById } from '../users/users.repository';\nexport const f = findUserById;\n";
    expect(await messagesFor('src/server/org-units/x.service.ts', code)).toContain('no-restricted-imports');
    const cli = "import { findUserById } from '../server/users/users.repository';\nexport const f = findUserById;\n";
    expect(await messagesFor('src/cli/x.commands.ts', cli)).toContain('no-restricted-imports');
    const own = "import { findUserById } from './users.repository';\nexport const f = findUserById;\n";
    expect(await messagesFor('src/server/users/x.service.ts', own)).not.toContain('no-restricted-imports');
  });
});

/** auth (who may do what), http (the web plumbing) and users (accounts, sign-in) depend on each other one way only. */
describe('feature folders without import loops', () => {
  it('auth → nothing of http or users; http → auth (types) only; users → auth and http', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const folders = ['auth', 'http', 'users'] as const;
    const edges = new Set<string>();
    for (const from of folders) {
      for (const file of readdirSync(join('src/server', from)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
        const code = readFileSync(join('src/server', from, file), 'utf8');
        for (const [, target] of code.matchAll(/from '\.\.\/([a-z-]+)\//g)) {
          if ((folders as readonly string[]).includes(target!) && target !== from) edges.add(`${from}→${target}`);
        }
      }
    }
    expect([...edges].sort()).toEqual(['http→auth', 'users→auth', 'users→http']);
  });
});
