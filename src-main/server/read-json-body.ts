import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

/**
 * The largest API request body: a 50 MB import file (IMPORT_FILE_MAX_BYTES) plus headroom for JSON escaping
 * of quotes and newlines. The WebSocket message limit is the same.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Reads and parses a JSON body; an empty body is `{}` so input-less channels can be called without one. */
export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new HttpError(415, 'Content-Type must be application/json');
  }
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  if (size === 0) return {};
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'Request body is not valid UTF-8');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `Request body is not valid JSON: ${(error as Error).message}`);
  }
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, `Request body exceeds the limit of ${maxBytes} bytes`);
}
