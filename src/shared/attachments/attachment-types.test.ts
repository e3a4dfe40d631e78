import { describe, expect, it } from 'vitest';
import { SAMPLE_FILES, zipOf } from './attachment-samples.test-support';
import { contentDispositionFor, fileNameFromContentDisposition, sniffAttachmentType } from './attachment-types';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sniffing an attachment’s kind from its bytes', () => {
  it.each(Object.entries(SAMPLE_FILES))('recognises %s', (type, content) => {
    expect(sniffAttachmentType(content)).toBe(type);
  });

  it.each([
    ['empty', bytes()],
    ['an executable (MZ)', bytes(0x4d, 0x5a, 0x90, 0x00, 0x03)],
    ['an ELF binary', bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01)],
    ['a GIF', utf8('GIF89a\x01\x00\x01\x00')],
    ['text with NUL', utf8('abc\u0000def')],
    ['text with an escape sequence', utf8('abc\u001b[2Jdef')],
    ['Latin-1, not UTF-8', bytes(0x43, 0x61, 0x66, 0xe9)],
    ['a plain ZIP', zipOf([['a.txt', 'x']])],
    ['a ZIP with word/ but no content types', zipOf([['word/document.xml', '<w/>']])],
    ['a truncated ZIP', SAMPLE_FILES.docx.subarray(0, 60)],
    ['an OpenDocument spreadsheet', zipOf([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<x/>']])],
  ])('refuses %s', (_, content) => {
    expect(sniffAttachmentType(content)).toBeNull();
  });

  it('does not trust a name or a declared type: an HTML page is text, a script with PDF name is still text', () => {
    expect(sniffAttachmentType(utf8('<script>alert(1)</script>'))).toBe('txt');
  });
});

describe('file names in Content-Disposition', () => {
  it.each([
    [`attachment; filename*=UTF-8''%C4%90%C6%A1n%20khi%E1%BA%BFu%20n%E1%BA%A1i.pdf`, 'Đơn khiếu nại.pdf'],
    ['attachment; filename="scan 01.pdf"', 'scan 01.pdf'],
    ['attachment; filename="a \\"b\\".pdf"', 'a "b".pdf'],
    ['attachment; filename=scan.png', 'scan.png'],
    [`attachment; filename="fallback.pdf"; filename*=utf-8''%C4%91.pdf`, 'đ.pdf'],
    [`attachment; filename*=UTF-8''%E0%A4%A`, null],
    ['attachment', null],
  ])('reads %s', (header, name) => {
    expect(fileNameFromContentDisposition(header)).toBe(name);
  });

  it('writes a header that reads back to the same Vietnamese name, with an ASCII fallback', () => {
    const header = contentDispositionFor('Bút tích người tố cáo (bản 2).jpg');
    expect(header).toContain('filename="But tich nguoi to cao (ban 2).jpg"');
    expect(fileNameFromContentDisposition(header)).toBe('Bút tích người tố cáo (bản 2).jpg');
    expect(fileNameFromContentDisposition(contentDispositionFor('Đơn "gấp".pdf'))).toBe('Đơn "gấp".pdf');
  });
});
