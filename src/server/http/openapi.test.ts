import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';

const COMMITTED = 'docs/openapi.json';

/**
 * The generated OpenAPI document must match the committed copy, so every API change shows up in review.
 * After an intended change: `UPDATE_OPENAPI=1 npx vitest run src/server/http/openapi.test.ts` and commit the file.
 */
describe('OpenAPI document', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
  });
  afterAll(async () => ctx.close());

  it('matches docs/openapi.json', async () => {
    const generated = `${JSON.stringify((await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json(), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI) writeFileSync(COMMITTED, generated);
    expect(generated).toBe(readFileSync(COMMITTED, 'utf8'));
  });
});
