import { describe, expect, it } from 'vitest';
import { CONTROL_CHARACTERS_MESSAGE, OptionalTextSchema, StringSchema, TextSchema } from './common.schemas';

describe('StringSchema: no control characters at the edge', () => {
  it.each(['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0080', '\u009f'])(
    'refuses %j in one-line and multi-line text',
    (c) => {
      expect(StringSchema().safeParse(`a${c}b`).success).toBe(false);
      expect(StringSchema({ multiline: true }).safeParse(`a${c}b`).success).toBe(false);
      expect(TextSchema(50).safeParse(`${c}tên`).success).toBe(false);
    },
  );

  it('allows line breaks and tabs only in multi-line fields', () => {
    for (const c of ['\n', '\r', '\t']) {
      expect(StringSchema().safeParse(`a${c}b`).error?.issues[0]?.message).toBe(CONTROL_CHARACTERS_MESSAGE);
      expect(OptionalTextSchema(100).safeParse(`a${c}b`).success).toBe(false);
      expect(OptionalTextSchema(100, { multiline: true }).parse(`dòng 1${c}dòng 2`)).toBe(`dòng 1${c}dòng 2`);
    }
  });

  it('keeps ordinary Vietnamese text, symbols and emoji', () => {
    expect(TextSchema(100).parse('  Xã Cẩm Thủy – “Đoàn” № 5 ✓ 🇻🇳  ')).toBe('Xã Cẩm Thủy – “Đoàn” № 5 ✓ 🇻🇳');
    expect(StringSchema().safeParse('\u00a0non-breaking space').success).toBe(true);
  });
});
