import { readFileSync, writeFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { generateApiTypes } from '../../../scripts/api-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';

const COMMITTED = 'docs/openapi.json';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };
type Document = { paths: Record<string, Record<string, Operation>> };

/**
 * The generated OpenAPI document must match the committed copy, so every API change shows up in review; it must be
 * valid for a standard validator and for a client generator, and the typed client generated from it is committed too.
 * After an intended change: `UPDATE_OPENAPI=1 npx vitest run src/server/http/openapi.test.ts` and commit both files.
 */
describe('OpenAPI document', () => {
  let ctx: TestContext;
  let document: Document;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
    document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(async () => ctx.close());

  it('matches docs/openapi.json', async () => {
    const generated = `${JSON.stringify(document, null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI) writeFileSync(COMMITTED, generated);
    expect(generated).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('is a valid OpenAPI document (swagger-parser resolves every $ref)', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('lists the problem+json error responses of every API route', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const { name, op } of operations) {
      const problems = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      const statuses = problems.map(([status]) => Number(status));
      expect(statuses, name).toEqual(expect.arrayContaining([401, 500]));
      for (const [status, response] of problems) {
        expect(response.content?.['application/problem+json']?.schema?.$ref, `${name} ${status}`).toBe('#/components/schemas/Problem');
      }
    }
    const statusesOf = (path: string, method: string) => Object.keys(document.paths[path]![method]!.responses).map(Number);
    expect(statusesOf('/api/v1/org-units/{id}', 'patch')).toEqual(expect.arrayContaining([400, 401, 403, 404, 409, 422, 500]));
    expect(statusesOf('/api/v1/auth/login', 'post')).toEqual(expect.arrayContaining([400, 401, 429, 500]));
    expect(statusesOf('/api/v1/auth/login', 'post')).not.toContain(403);
  });

  it('generates a typed client with openapi-typescript, every path and the problem type in it', async () => {
    const generated = await generateApiTypes(document);
    expect(generated).toContain('"/api/v1/org-units/{id}"');
    expect(generated).toContain('"/api/v1/petitions/{id}/identity"');
    expect(generated).toMatch(/Problem: \{/);
  });
});
