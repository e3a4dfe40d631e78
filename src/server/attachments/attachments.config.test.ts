import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('attachment limits in the configuration', () => {
  it('defaults to 20 MB and every accepted kind', () => {
    expect(loadConfig({}).attachments).toEqual({ maxBytes: 20 * 1024 * 1024, allowedTypes: ['pdf', 'jpeg', 'png', 'docx', 'xlsx', 'odt', 'txt'] });
  });

  it('reads ATTACHMENT_MAX_BYTES and a subset of kinds', () => {
    expect(loadConfig({ ATTACHMENT_MAX_BYTES: '5242880', ATTACHMENT_TYPES: ' PDF, jpeg,pdf ' }).attachments).toEqual({ maxBytes: 5242880, allowedTypes: ['pdf', 'jpeg'] });
  });

  it.each([
    [{ ATTACHMENT_TYPES: 'pdf,exe' }, 'ATTACHMENT_TYPES'],
    [{ ATTACHMENT_TYPES: ',' }, 'ATTACHMENT_TYPES'],
    [{ ATTACHMENT_MAX_BYTES: '200000000' }, 'ATTACHMENT_MAX_BYTES'],
    [{ ATTACHMENT_MAX_BYTES: 'ten' }, 'ATTACHMENT_MAX_BYTES'],
  ])('refuses %j with a readable message', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
