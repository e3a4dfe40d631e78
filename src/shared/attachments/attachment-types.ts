/**
 * The kinds of file an attachment may be, recognised by their content (magic bytes), never by the name or the type a
 * client declares. Pure, so the web app can check a file before sending it and the server decides the same way.
 */
export const ATTACHMENT_TYPES = ['pdf', 'jpeg', 'png', 'docx', 'xlsx', 'odt', 'txt'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const MEDIA_TYPE_OF: Record<AttachmentType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain; charset=utf-8',
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ODT_MIMETYPE = ascii('mimetypeapplication/vnd.oasis.opendocument.text');

/**
 * What a file is, from its bytes; `null` when it is none of the allowed kinds. PDF, JPEG and PNG by their signatures;
 * DOCX, XLSX and ODT are ZIP packages told apart by their entries (ODT by its leading uncompressed `mimetype` entry,
 * as the OpenDocument standard requires); TXT is valid UTF-8 without control characters other than tab, line breaks
 * and form feed.
 */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZipPackage(bytes);
  return isPlainText(bytes) ? 'txt' : null;
}

function sniffZipPackage(bytes: Uint8Array): AttachmentType | null {
  // An OpenDocument file starts with a stored entry named `mimetype` holding its media type (local header: 30 bytes).
  if (startsWith(bytes, ODT_MIMETYPE, 30)) return 'odt';
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  return null;
}

/** Entry names from a ZIP file's central directory; `null` when it cannot be read. */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end of the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/.test(text);
}

/**
 * Reads the file name from a `Content-Disposition` header (RFC 6266): `filename*=UTF-8''…` (percent-encoded, for
 * Vietnamese names) wins over `filename="…"`. `null` when there is none or it cannot be decoded.
 */
export function fileNameFromContentDisposition(header: string): string | null {
  const extended = /filename\*\s*=\s*utf-8'[^']*'([^;\s]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!);
    } catch {
      return null;
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, '$1');
  const bare = /filename\s*=\s*([^;\s"]+)/i.exec(header);
  return bare ? bare[1]! : null;
}

/** A `Content-Disposition` header for sending a file back under its name (ASCII fallback plus the UTF-8 name). */
export function contentDispositionFor(fileName: string): string {
  const fallback = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
