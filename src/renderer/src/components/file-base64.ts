/**
 * Bytes per chunk: a multiple of 3, so each chunk encodes to base64 on its own without padding,
 * and small enough for any engine's argument limit.
 */
const CHUNK = 3 * 8192;

/** Base64 of a file's bytes, built chunk by chunk (a 50 MB file must not become one giant spread). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + CHUNK))));
  }
  return parts.join('');
}
