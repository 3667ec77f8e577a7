// Which text encoding an import or eval file is in, read the same way by the server (kb/utf8.ts decodeText) and
// by the import dialog, which decodes the file before sending it.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * UTF-16 when the file starts with its byte order mark (Excel's and Notepad's "Unicode" save, FF FE; or FE FF),
 * else UTF-8. Neither mark can start valid UTF-8, so no UTF-8 file is read differently.
 */
export function textEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
