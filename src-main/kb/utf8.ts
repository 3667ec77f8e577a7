import { textEncoding } from '../shared/text-encoding.ts';
import { ImportProblem } from './import-problem.ts';

/**
 * Byte offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1 when all of `bytes` is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      // The second byte's range is narrower after E0 (overlong), ED (surrogates), F0 (overlong), F4 (> U+10FFFF).
      const low = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += length;
  }
  return -1;
}

/** Strict UTF-8 → text, without a leading BOM (see decodeText for UTF-16 too). Invalid bytes are an ImportProblem naming their line. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    throw new ImportProblem(line, `the file is not valid UTF-8 (byte ${offset}); save it as UTF-8 and try again`).withCode('import.not-utf8', {
      byte: offset,
    });
  }
}

/** Offset of the first byte of `bytes` (after its 2-byte BOM) that does not start well-formed UTF-16, or -1. */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  let i = 2;
  while (i + 1 < bytes.length) {
    const code = unit(i);
    if (code >= 0xdc00 && code <= 0xdfff) return i; // a low surrogate without a high one
    if (code >= 0xd800 && code <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 4;
    } else i += 2;
  }
  return i < bytes.length ? i : -1; // an odd byte at the end
}

/**
 * The text of an import or eval file, without a BOM: UTF-16 when the file starts with its byte order mark, else
 * strict UTF-8 (textEncoding). Bad bytes are an ImportProblem naming their line.
 */
export function decodeText(bytes: Uint8Array): string {
  const encoding = textEncoding(bytes);
  if (encoding === 'utf-8') return decodeUtf8(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(2, firstInvalidUtf16(bytes, encoding === 'utf-16le'));
    const text = new TextDecoder(encoding).decode(bytes.subarray(0, offset - (offset % 2)));
    const line = text.split('\n').length;
    throw new ImportProblem(line, `the file is UTF-16 text with a bad byte (byte ${offset}); save it as UTF-8 and try again`).withCode(
      'import.not-utf16',
      { byte: offset },
    );
  }
}
