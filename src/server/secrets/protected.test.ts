import { Writable } from 'node:stream';
import { format, inspect } from 'node:util';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { isProtected, protect, Protected } from './protected';

const NAME = 'Trần Văn Đức';

describe('Protected values cannot be printed by accident', () => {
  const denouncer = { id: 'P-1', name: protect(NAME), scan: protect(Buffer.from(NAME)) };

  it('serialises to "[protected]" in JSON, util.inspect, format and string conversion', () => {
    expect(JSON.stringify(denouncer)).toBe('{"id":"P-1","name":"[protected]","scan":"[protected]"}');
    for (const text of [inspect(denouncer, { depth: 10, showHidden: true }), format('%o %O %s %j', denouncer, denouncer, denouncer.name, denouncer), `${denouncer.name}`, String(denouncer.name), 'x' + denouncer.name]) {
      expect(text).toContain('[protected]');
      expect(text).not.toContain('Trần');
      expect(text).not.toContain('Tr\\u1ea7n');
    }
    expect(Object.entries(denouncer.name)).toEqual([]);
    expect({ ...denouncer.name }).toEqual({});
  });

  it('stays out of the server log (pino through Fastify) and of error messages', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const app = Fastify({ logger: { level: 'info', stream } });
    app.log.info({ denouncer }, 'petition received');
    app.log.error({ err: new Error(`cannot file ${denouncer.name}`) }, `refused ${denouncer.name}`);
    await app.close();
    const log = lines.join('');
    expect(log).toContain('petition received');
    expect(log).toContain('[protected]');
    expect(log).not.toContain('Trần');
    expect(log).not.toContain('\\u');
  });

  it('gives the value back only through reveal(), and keeps it protected through map()', () => {
    expect(denouncer.name.reveal()).toBe(NAME);
    const upper = denouncer.name.map((n) => n.toUpperCase());
    expect(upper).toBeInstanceOf(Protected);
    expect(JSON.stringify(upper)).toBe('"[protected]"');
    expect(upper.reveal()).toBe(NAME.toUpperCase());
    expect(protect(denouncer.name)).toBe(denouncer.name);
    expect(isProtected(denouncer.name)).toBe(true);
    expect(isProtected(NAME)).toBe(false);
    expect(Object.isFrozen(denouncer.name)).toBe(true);
  });
});
