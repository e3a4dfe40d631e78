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
