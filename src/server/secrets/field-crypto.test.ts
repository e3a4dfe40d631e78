import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderErrorMessage } from '../../shared/i18n/error-messages';
import { createFieldCrypto, type FieldContext, FieldCryptoError, fieldContext, isSealed } from './field-crypto';
import { ephemeralKey } from './key-file';

const NAME = 'Nguyễn Thị Hồng Nhung';
const at = (id: string, field = 'denouncerName') => fieldContext('petition', id, field);
const keyA = ephemeralKey('encryption key');
const keyB = ephemeralKey('encryption key');
const crypto = createFieldCrypto({ current: keyA });

/** Flips one bit of the decoded body of a text envelope at `offset` bytes from its start (nonce ‖ ciphertext ‖ tag). */
function flipBit(sealed: string, offset: number): string {
  const [prefix, keyId, kind, body] = sealed.split('.');
  const bytes = Buffer.from(body!, 'base64url');
  bytes[offset] = bytes[offset]! ^ 0x01;
  return [prefix, keyId, kind, bytes.toString('base64url')].join('.');
}

function failure(fn: () => unknown): FieldCryptoError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FieldCryptoError);
    return error as FieldCryptoError;
  }
  throw new Error('expected a FieldCryptoError');
}

describe('field encryption (AES-256-GCM, bound to record and field)', () => {
  it.each([
    ['a Vietnamese name (NFC)', NAME],
    ['the same name decomposed (NFD), kept as typed', NAME.normalize('NFD')],
    ['an empty string', ''],
    ['a long address', 'Thôn Bàn Lai, xã Cẩm Thủy, tỉnh Thanh Hóa; '.repeat(200)],
  ])('round-trips %s', (_, value) => {
    const sealed = crypto.sealText(at('P-1'), value);
    expect(sealed).toMatch(new RegExp(`^ovf1\\.${keyA.fingerprint}\\.s\\.[A-Za-z0-9_-]+$`));
    expect(crypto.openText(at('P-1'), sealed).reveal()).toBe(value);
  });

  it('round-trips small JSON values, checked against their schema', () => {
    const Document = z.object({ kind: z.enum(['cccd', 'passport']), number: z.string(), issuedOn: z.string() });
    const doc = { kind: 'cccd' as const, number: '038190012345', issuedOn: '2021-04-12' };
    const sealed = crypto.sealJson(at('P-1', 'denouncerIdentityDocument'), doc);
    expect(crypto.openJson(at('P-1', 'denouncerIdentityDocument'), sealed, Document).reveal()).toEqual(doc);
    const wrongShape = crypto.sealJson(at('P-2', 'denouncerIdentityDocument'), { kind: 'licence', number: 12 });
    expect(() => crypto.openJson(at('P-2', 'denouncerIdentityDocument'), wrongShape, Document)).toThrow(/does not match its schema \(kind, number, issuedOn\)/);
    // A text value is not a JSON value, nor the other way round: the kind is authenticated.
    expect(failure(() => crypto.openJson(at('P-1'), crypto.sealText(at('P-1'), '"x"'), z.string())).reason).toBe('unauthentic');
    expect(failure(() => crypto.openText(at('P-1'), crypto.sealJson(at('P-1'), 'x'))).reason).toBe('unauthentic');
  });

  it('round-trips binary attachments in a binary envelope', () => {
    const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(70_000, 0xab)]);
    const sealed = crypto.sealBytes(at('A-1', 'handwriting'), scan);
    expect(sealed.subarray(0, 5).toString('latin1')).toBe('OVF1b');
    expect(sealed.length).toBe(scan.length + 5 + 16 + 12 + 16);
    expect(isSealed(sealed)).toBe(true);
    expect(crypto.openBytes(at('A-1', 'handwriting'), sealed).reveal().equals(scan)).toBe(true);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 100] = tampered[tampered.length - 100]! ^ 0x80;
    expect(failure(() => crypto.openBytes(at('A-1', 'handwriting'), tampered)).reason).toBe('unauthentic');
    expect(failure(() => crypto.openBytes(at('A-2', 'handwriting'), sealed)).reason).toBe('unauthentic');
    expect(failure(() => crypto.openBytes(at('A-1', 'handwriting'), Buffer.from('not sealed at all'))).reason).toBe('malformed');
  });

  it('uses a fresh nonce for every value: the same name sealed twice gives two ciphertexts', () => {
    const values = new Set(Array.from({ length: 50 }, () => crypto.sealText(at('P-1'), NAME)));
    expect(values.size).toBe(50);
    const nonces = new Set([...values].map((v) => Buffer.from(v.split('.')[3]!, 'base64url').subarray(0, 12).toString('hex')));
    expect(nonces.size).toBe(50);
  });

  it('refuses a ciphertext moved to another record or another field', () => {
    const sealed = crypto.sealText(at('P-1'), NAME);
    for (const context of [at('P-2'), at('P-1', 'denouncerAddress'), fieldContext('citizen', 'P-1', 'denouncerName'), at('P-10')]) {
      const error = failure(() => crypto.openText(context, sealed));
      expect(error).toMatchObject({ reason: 'unauthentic', code: 'PROTECTED_VALUE_UNREADABLE', context, keyId: keyA.fingerprint });
    }
  });

  it('refuses any tampering: a flipped bit in nonce, ciphertext or tag, a cut tag, another key id', () => {
    const sealed = crypto.sealText(at('P-1'), NAME);
    const size = Buffer.from(sealed.split('.')[3]!, 'base64url').length;
    for (const offset of [0, 11, 12, 20, size - 16, size - 1]) {
      expect(failure(() => crypto.openText(at('P-1'), flipBit(sealed, offset))).reason).toBe('unauthentic');
    }
    const [prefix, keyId, kind, body] = sealed.split('.');
    const cut = Buffer.from(body!, 'base64url').subarray(0, size - 4).toString('base64url');
    expect(failure(() => crypto.openText(at('P-1'), [prefix, keyId, kind, cut].join('.'))).reason).toBe('unauthentic');
    // Relabelling the key id does not help either: the key id is part of the authenticated data.
    const relabelled = [prefix, keyB.fingerprint, kind, body].join('.');
    expect(failure(() => createFieldCrypto({ current: keyA, previous: [keyB] }).openText(at('P-1'), relabelled)).reason).toBe('unauthentic');
    for (const junk of ['', NAME, 'ovf1.xyz.s.abc', `ovf1.${keyId}.s.`, `ovf2.${keyId}.s.${body}`, `ovf1.${keyId}.q.${body}`, `ovf1.${keyId}.s.${body}.x`]) {
      expect(failure(() => crypto.openText(at('P-1'), junk)).reason).toBe('malformed');
    }
  });

  it('refuses a value sealed with a key it does not hold, naming the key and never the value', () => {
    const sealed = createFieldCrypto({ current: keyB }).sealText(at('P-1'), NAME);
    const error = failure(() => crypto.openText(at('P-1'), sealed));
    expect(error).toMatchObject({ reason: 'unknown-key', code: 'PROTECTED_VALUE_KEY_UNKNOWN', keyId: keyB.fingerprint });
    for (const locale of ['vi', 'en'] as const) {
      const { title, detail } = renderErrorMessage(error.code, locale, error.params);
      expect(`${title} ${detail} ${error.message}`).not.toContain(NAME);
      expect(detail).toContain(keyB.fingerprint);
      expect(detail).toContain('petition:P-1:denouncerName');
    }
  });

  it('keeps older values readable after a rotation and re-seals them under the current key', () => {
    const before = createFieldCrypto({ current: keyA });
    const old = before.sealText(at('P-1'), NAME);
    const oldScan = before.sealBytes(at('A-1', 'handwriting'), Buffer.from('chữ viết tay'));
    const after = createFieldCrypto({ current: keyB, previous: [keyA] });
    expect(after.keyIds).toEqual([keyB.fingerprint, keyA.fingerprint]);
    expect(after.openText(at('P-1'), old).reveal()).toBe(NAME);
    expect(after.keyIdOf(old)).toBe(keyA.fingerprint);
    const fresh = after.reseal(at('P-1'), old);
    expect(after.keyIdOf(fresh)).toBe(keyB.fingerprint);
    expect(after.openText(at('P-1'), fresh).reveal()).toBe(NAME);
    expect(createFieldCrypto({ current: keyB }).openText(at('P-1'), fresh).reveal()).toBe(NAME);
    const freshScan = after.reseal(at('A-1', 'handwriting'), oldScan);
    expect(after.keyIdOf(freshScan)).toBe(keyB.fingerprint);
    expect(after.openBytes(at('A-1', 'handwriting'), freshScan).reveal().toString()).toBe('chữ viết tay');
    // A value moved before the rotation is not laundered by it.
    expect(failure(() => after.reseal(at('P-2'), old)).reason).toBe('unauthentic');
  });

  it('takes context names that read back unambiguously', () => {
    expect(fieldContext('petition', 'a:b', 'denouncerName')).toBe('petition:a:b:denouncerName');
    expect(() => fieldContext('petition', 'P-1', 'denouncer:name')).toThrow(/code names/);
    expect(() => fieldContext('peti:tion', 'P-1', 'name')).toThrow(/code names/);
    expect(() => fieldContext('petition', '', 'name')).toThrow(/empty/);
    expect(() => crypto.openText('petition:P-1:x' as FieldContext, 'nope')).toThrow(FieldCryptoError);
  });

  it('opens to a Protected value that never prints its plaintext', () => {
    const value = crypto.openText(at('P-1'), crypto.sealText(at('P-1'), NAME));
    expect(JSON.stringify({ value })).toBe('{"value":"[protected]"}');
    expect(inspect({ value })).not.toContain('Nguy');
    expect(`${value}`).toBe('[protected]');
    expect(String(value)).toBe('[protected]');
    expect(Object.keys(value)).toEqual([]);
    expect(value.reveal()).toBe(NAME);
  });
});
