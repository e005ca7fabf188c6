import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { ContractDocument } from '../../../shared/contract-drafts/document';
import { COLOR, FONT, SIZE } from './docx-style';

/**
 * What repeats on every page: the header note and contract number (right, over a thin rule) and
 * the footer's "第 X 页 共 Y 页", its numbers Word PAGE / NUMPAGES fields.
 */

const STYLE = { size: SIZE.small, color: COLOR.muted, font: FONT };

export function contractHeader(doc: ContractDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 3 } },
        children: [new TextRun({ ...STYLE, text: `${doc.labels.headerNote}\u2003${doc.number}` })],
      }),
    ],
  });
}

/** labels.pageOf's words around two fields: "第 " PAGE " 页 共 " NUMPAGES " 页". */
export function pageOfRuns(template: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const part of template.split(/(\{\{?pages?\}\}?)/)) {
    const field = /^\{\{?(pages?)\}\}?$/.exec(part)?.[1];
    if (field === 'page') runs.push(new TextRun({ ...STYLE, children: [PageNumber.CURRENT] }));
    else if (field === 'pages') runs.push(new TextRun({ ...STYLE, children: [PageNumber.TOTAL_PAGES] }));
    else if (part !== '') runs.push(new TextRun({ ...STYLE, text: part }));
  }
  return runs;
}

export function contractFooter(doc: ContractDocument): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageOfRuns(doc.labels.pageOf) })],
  });
}
