import JSZip from 'jszip';

/**
 * Puts pre-written table rows into a packed .docx: the row of word/document.xml that holds
 * `marker` is replaced by `rowsXml`; every other part stays as docx packed it. (docx's object model
 * costs ~1 ms per table row; a 1,000-line quote's rows are written as XML instead — ooxml.ts.)
 */

const DOCUMENT_PART = 'word/document.xml';

/** Replaces the whole `<w:tr>` holding `marker` with `rowsXml`. */
export function replaceMarkerRow(xml: string, marker: string, rowsXml: string): string {
  const at = xml.indexOf(marker);
  if (at === -1 || xml.includes(marker, at + marker.length)) {
    throw new Error('The line table marker must occur exactly once in the document');
  }
  const start = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
  const close = xml.indexOf('</w:tr>', at);
  if (start === -1 || close === -1) throw new Error('The line table marker is not inside a table row');
  return xml.slice(0, start) + rowsXml + xml.slice(close + '</w:tr>'.length);
}

export async function spliceRows(docx: Buffer, marker: string, rowsXml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file(DOCUMENT_PART);
  if (!part) throw new Error(`${DOCUMENT_PART} missing from the package`);
  zip.file(DOCUMENT_PART, replaceMarkerRow(await part.async('string'), marker, rowsXml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
