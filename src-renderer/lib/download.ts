const MIME_TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  jsonl: 'application/x-ndjson;charset=utf-8',
};

/** Offers `content` as a file download (the browser's or Electron's save flow). */
export function saveTextFile(fileName: string, content: string): void {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const blob = new Blob([content], { type: MIME_TYPES[extension] ?? 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
