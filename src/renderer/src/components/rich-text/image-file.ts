/** The largest image a document may embed. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

export type ImageProblem = 'type' | 'size' | 'unreadable';

/** A PNG or JPEG file as a data URL, or why it cannot go into a document. */
export async function readImage(file: File): Promise<{ ok: true; src: string } | { ok: false; problem: ImageProblem }> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return { ok: false, problem: 'type' };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, problem: 'size' };
  try {
    const src = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('empty')));
      reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
      reader.readAsDataURL(file);
    });
    return /^data:image\/(png|jpeg);base64,/.test(src) ? { ok: true, src } : { ok: false, problem: 'unreadable' };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
