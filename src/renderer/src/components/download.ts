/** A generated file as the contract hands it back (FileOutput). */
export interface DownloadableFile {
  fileName: string;
  dataBase64: string;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function mimeOf(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

function base64ToBytes(dataBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Saves a generated file the way a browser download does (Electron shows its save dialog or
 * writes to Downloads): a Blob behind a temporary <a download>.
 */
export function downloadFile({ fileName, dataBase64 }: DownloadableFile): void {
  const blob = new Blob([base64ToBytes(dataBase64)], { type: mimeOf(fileName) });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start reading the blob before it goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
