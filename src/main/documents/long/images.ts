import { imagePixelSize } from '../quote/docx/image-size';
import { CONTENT, IMAGE_MAX_HEIGHT } from './geometry';

/**
 * Images of rich text (PNG or JPEG data URLs) and the size both renderers draw them at: their
 * pixel size at 96 dpi, scaled down (never up) to the text width and at most 45 % of the text
 * height, proportions kept.
 */

export interface PlacedImage {
  mime: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
  /** Drawn size in points. */
  width: number;
  height: number;
  /** Size in pixels (96 dpi), for Word. */
  pixelWidth: number;
  pixelHeight: number;
}

const DATA_URL = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/;

/** Points per pixel at 96 dpi. */
const PT_PER_PX = 0.75;

/** Size within (maxWidth × maxHeight) points, or null for an image that cannot be read. */
export function placeImage(
  mime: 'image/png' | 'image/jpeg',
  bytes: Uint8Array,
  maxWidth: number = CONTENT.width,
  maxHeight: number = IMAGE_MAX_HEIGHT,
): PlacedImage | null {
  const size = imagePixelSize(mime, bytes);
  if (!size) return null;
  const natural = { width: size.width * PT_PER_PX, height: size.height * PT_PER_PX };
  const scale = Math.min(1, maxWidth / natural.width, maxHeight / natural.height);
  const width = natural.width * scale;
  const height = natural.height * scale;
  return {
    mime,
    bytes,
    width,
    height,
    pixelWidth: Math.max(1, Math.round(width / PT_PER_PX)),
    pixelHeight: Math.max(1, Math.round(height / PT_PER_PX)),
  };
}

/** A rich-text image's data URL, decoded and sized; null when it is not a PNG or JPEG we can read. */
export function placeDataUrl(src: string): PlacedImage | null {
  const match = DATA_URL.exec(src);
  if (!match?.[1] || !match[2]) return null;
  const mime = match[1] as 'image/png' | 'image/jpeg';
  return placeImage(mime, new Uint8Array(Buffer.from(match[2], 'base64')));
}
