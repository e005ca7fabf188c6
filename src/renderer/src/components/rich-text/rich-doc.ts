import type {
  Block,
  BulletList,
  Heading,
  Image,
  Inline,
  ListItem,
  Mark,
  OrderedList,
  Paragraph,
  RichDoc,
  Table,
  TableCell,
  TableRow,
} from '../../../../shared/rich-text';

/**
 * The editor's JSON (Tiptap/ProseMirror) turned into the RichDoc subset the server accepts
 * (src/shared/rich-text.ts): only paragraph, heading 1–3, bullet/ordered lists, table, PNG/JPEG
 * image, bold, italic and hardBreak; no empty text nodes, no editor-only attributes. Whatever the
 * editor or a paste produced that the schema has no place for becomes plain paragraphs, so a save
 * never fails on the document's shape.
 */

export interface EditorJson {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: EditorJson[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const IMAGE_SRC = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

function marksOf(node: EditorJson): Mark[] | undefined {
  const marks = (node.marks ?? [])
    .map((m) => m.type)
    .filter((type): type is Mark['type'] => type === 'bold' || type === 'italic')
    .filter((type, index, all) => all.indexOf(type) === index)
    .map((type) => ({ type }));
  return marks.length > 0 ? marks : undefined;
}

function inlines(nodes: EditorJson[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      out.push({ type: 'hardBreak' });
    } else if (node.type === 'text') {
      if (!node.text) continue;
      const marks = marksOf(node);
      out.push(marks ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
    } else if (node.content) {
      // An inline wrapper the schema does not know: keep its text.
      out.push(...inlines(node.content));
    }
  }
  return out;
}

function paragraph(content: Inline[]): Paragraph {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** Any node as paragraphs of its text (a heading inside a list item, a paste from elsewhere). */
function flatten(node: EditorJson): Paragraph[] {
  if (node.type === 'text' || node.type === 'hardBreak') return [paragraph(inlines([node]))];
  if (node.type === 'paragraph' || node.type === 'heading') return [paragraph(inlines(node.content))];
  return (node.content ?? []).flatMap(flatten);
}

function listItem(node: EditorJson): ListItem {
  const content: ListItem['content'] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'bulletList' || child.type === 'orderedList') {
      const list = listOf(child);
      if (list) content.push(list);
    } else {
      content.push(...flatten(child));
    }
  }
  // The schema needs a paragraph first in every item.
  if (content.length === 0 || content[0]?.type !== 'paragraph') content.unshift(paragraph([]));
  return { type: 'listItem', content };
}

function listOf(node: EditorJson): BulletList | OrderedList | null {
  const items = (node.content ?? []).filter((c) => c.type === 'listItem').map(listItem);
  if (items.length === 0) return null;
  if (node.type === 'bulletList') return { type: 'bulletList', content: items };
  const start = node.attrs?.start;
  return typeof start === 'number' && Number.isInteger(start) && start !== 1
    ? { type: 'orderedList', attrs: { start }, content: items }
    : { type: 'orderedList', content: items };
}

function cell(node: EditorJson): TableCell {
  const content = (node.content ?? []).flatMap(flatten);
  return {
    type: node.type === 'tableHeader' ? 'tableHeader' : 'tableCell',
    content: content.length > 0 ? content : [paragraph([])],
  };
}

function table(node: EditorJson): Table | null {
  const rows: TableRow[] = (node.content ?? [])
    .filter((row) => row.type === 'tableRow')
    .map((row) => ({
      type: 'tableRow' as const,
      content: (row.content ?? []).filter((c) => c.type === 'tableCell' || c.type === 'tableHeader').map(cell),
    }))
    .filter((row) => row.content.length > 0);
  return rows.length > 0 ? { type: 'table', content: rows } : null;
}

function image(node: EditorJson): Image | null {
  const src = node.attrs?.src;
  if (typeof src !== 'string' || !IMAGE_SRC.test(src)) return null;
  const alt = node.attrs?.alt;
  const title = node.attrs?.title;
  return {
    type: 'image',
    attrs: {
      src,
      ...(typeof alt === 'string' && alt !== '' ? { alt } : {}),
      ...(typeof title === 'string' && title !== '' ? { title } : {}),
    },
  };
}

function blocks(node: EditorJson): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inlines(node.content))];
    case 'heading': {
      const raw = Number(node.attrs?.level);
      const level = (raw === 1 || raw === 2 || raw === 3 ? raw : 3) as Heading['attrs']['level'];
      const content = inlines(node.content);
      return [
        content.length > 0 ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } },
      ];
    }
    case 'bulletList':
    case 'orderedList': {
      const list = listOf(node);
      return list ? [list] : [];
    }
    case 'table': {
      const result = table(node);
      return result ? [result] : [];
    }
    case 'image': {
      const result = image(node);
      return result ? [result] : [];
    }
    default:
      return flatten(node);
  }
}

/** The editor's document as a RichDoc the server accepts. */
export function toRichDoc(json: EditorJson): RichDoc {
  const content = (json.content ?? []).flatMap(blocks);
  // The editor keeps an empty paragraph at the end to type into (and holds one when nothing is
  // typed): that prints nothing, so it is not saved.
  while (content.length > 0) {
    const last = content[content.length - 1];
    if (last?.type !== 'paragraph' || (last.content ?? []).length > 0) break;
    content.pop();
  }
  return { type: 'doc', content };
}
