/**
 * PDF bookmarks (the outline readers show beside the pages) and the named destinations they and
 * internal links go to. pdfkit's outline items point at the top of the page they were added on;
 * here each one goes to a named destination set at the heading itself, so a reader lands on the
 * heading, and a table of contents can link to the same name (`doc.goTo(…, name)`).
 */

interface OutlineInternals {
  options?: Record<string, unknown>;
  outlineData?: Record<string, unknown>;
  addItem(title: string, options?: Record<string, unknown>): OutlineInternals;
}

/** Marks `name` as a destination at height `y` (from the top) of the current page. */
export function addDestination(doc: PDFKit.PDFDocument, name: string, y: number): void {
  doc.addNamedDestination(name, 'XYZ', 0, y, null);
}

export class Bookmarks {
  /** The open items, outermost first: a new item goes under the last one of a lower level. */
  private readonly open: { level: number; item: OutlineInternals }[] = [];
  private readonly root: OutlineInternals;

  constructor(doc: PDFKit.PDFDocument) {
    this.root = doc.outline as unknown as OutlineInternals;
    // The root lists its items as open (pdfkit writes /Count for expanded items only).
    if (this.root.options) this.root.options = { ...this.root.options, expanded: true };
  }

  /**
   * Adds a bookmark at `level` (1 = top) to the named destination `destination`, made on the
   * current page beforehand (addDestination). Items of level 1 are shown open.
   */
  add(level: number, title: string, destination: string): void {
    while ((this.open.at(-1)?.level ?? 0) >= level) this.open.pop();
    const parent = this.open.at(-1)?.item ?? this.root;
    const item = parent.addItem(title, { expanded: level === 1 });
    if (item.outlineData) item.outlineData.Dest = new String(destination);
    this.open.push({ level, item });
  }
}
