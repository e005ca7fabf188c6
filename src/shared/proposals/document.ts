import type { Locale } from '../locale';
import type { Block } from '../rich-text';

/**
 * A long document (方案书 proposal or 演示脚本 demo script) ready to render: merge fields already
 * filled, every figure already formatted. The .docx and .pdf renderers read only this, so they
 * cannot disagree. Chapters are numbered 1, 2, …; headings inside a chapter's rich text become
 * 1.1 (levels 1–2) and 1.1.1 (level 3).
 */

export interface DataTableColumn {
  title: string;
  align?: 'left' | 'center' | 'right';
  /** Relative width (default 1). */
  width?: number;
}

/** A table the app builds (deviation table, budget, plan, value sums, demo steps). */
export interface DataTable {
  type: 'dataTable';
  caption?: string;
  columns: DataTableColumn[];
  rows: string[][];
  /** Summary rows drawn bold (e.g. 合计). */
  footer?: string[][];
}

/** A short "label: value" list (cover details, key figures). */
export interface KeyValues {
  type: 'keyValues';
  items: { label: string; value: string }[];
}

/** A highlighted box (a note, a warning, the 大写 total, a hook for the next meeting). */
export interface Callout {
  type: 'callout';
  tone: 'info' | 'warning';
  text: string;
}

export type DocumentBlock = Block | DataTable | KeyValues | Callout;

export interface DocumentChapter {
  /** Stable id (the proposal section it came from), used for bookmarks/anchors. */
  id: string;
  title: string;
  blocks: DocumentBlock[];
}

export interface LongDocument {
  kind: 'proposal' | 'demoScript';
  locale: Locale;
  /** Document title on the cover and in metadata: "华东贸易集团 ERP 项目解决方案建议书". */
  title: string;
  subtitle: string;
  /** Cover lines under the title: customer, company, date, version… */
  cover: { label: string; value: string }[];
  company: {
    name: string;
    address: string;
    phone: string;
    website: string;
    logo: { mime: 'image/png' | 'image/jpeg'; bytes: Uint8Array } | null;
  };
  /** Running header text on every page after the cover. */
  headerText: string;
  /** Include a table of contents after the cover. */
  tableOfContents: boolean;
  chapters: DocumentChapter[];
  /** Words the renderers print themselves. */
  labels: {
    contents: string;
    /** "第 1 页 共 3 页" / "Page 1 of 3" */
    pageOf: (page: number, total: number) => string;
  };
}
