import { ImageRun, Paragraph, type FileChild } from 'docx';
import type { Image } from '../../../shared/rich-text';
import { gap, textRun } from './docx-runs';
import { STYLE } from './docx-styles';
import { TYPE } from './geometry';
import { placeDataUrl } from './images';

/** An image scaled to the text width, kept with its caption (the alt text). */
export function imageBlock(block: Image): FileChild[] {
  const placed = placeDataUrl(block.attrs.src);
  if (!placed) return [];
  const alt = (block.attrs.alt ?? '').trim();
  const picture = new Paragraph({
    style: STYLE.image,
    keepNext: alt !== '',
    children: [
      new ImageRun({
        type: placed.mime === 'image/png' ? 'png' : 'jpg',
        data: placed.bytes,
        transformation: { width: placed.pixelWidth, height: placed.pixelHeight },
        altText: { name: alt || 'image', description: alt, title: alt },
      }),
    ],
  });
  const caption = alt
    ? [new Paragraph({ style: STYLE.imageCaption, children: [textRun(alt)] })]
    : [gap(TYPE.imageCaption.after)];
  return [picture, ...caption];
}
