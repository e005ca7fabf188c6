import { PageFlow, type PageBox } from '../pdf/layout';
import { CONTENT } from './geometry';

export const BOX: PageBox = {
  left: CONTENT.left,
  right: CONTENT.right,
  top: CONTENT.top,
  continuationTop: CONTENT.top,
  bottom: CONTENT.bottom,
};

/** The flow down the pages, counting them; drawing nothing in a virtual layout. */
export class LongFlow extends PageFlow {
  constructor(
    doc: PDFKit.PDFDocument,
    readonly virtual: boolean,
    /** Physical number (from 1) of the current page. */
    public page: number,
    private readonly beforeNewPage: () => void,
  ) {
    super(doc, BOX);
  }

  /**
   * The space after the last paragraph, still open: the space before the next one is the larger
   * of the two, not their sum, as Word and LibreOffice set paragraphs.
   */
  private openAfter = 0;

  override newPage(): void {
    this.beforeNewPage();
    this.page += 1;
    this.openAfter = 0;
    if (this.virtual) this.y = this.box.continuationTop;
    else super.newPage();
  }

  override advance(height: number): void {
    super.advance(height);
    this.openAfter = 0;
  }

  /** The space after a paragraph (merged with the space before the next one). */
  spaceAfter(height: number): void {
    super.advance(height);
    this.openAfter = height;
  }

  /** The space before a paragraph: what the space after the one above leaves to add; none atop a page. */
  spaceBefore(height: number): void {
    if (!this.atTop) this.advance(Math.max(0, height - this.openAfter));
  }

  /** Nothing placed on this page yet. */
  get atTop(): boolean {
    return this.y <= this.box.continuationTop + 0.01;
  }
}
