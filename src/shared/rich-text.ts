import { z } from 'zod';

/**
 * Rich text as structured content (the JSON of the Tiptap/ProseMirror editor), never HTML
 * strings: library sections, proposal sections and demo-script notes are stored, merged and
 * rendered (.docx, .pdf) from this tree. Only the node and mark types below exist; anything else
 * is refused at the boundary.
 *
 *   doc → block*
 *   block = paragraph | heading(level 1–3) | bulletList | orderedList | table | image
 *   listItem → paragraph+ (and nested lists)
 *   table → tableRow+ → (tableHeader | tableCell)+ → paragraph+
 *   inline = text (marks: bold, italic) | hardBreak
 * Merge fields are written in text as {{customer.name}} (see merge-fields.ts).
 */

export type Mark = { type: 'bold' } | { type: 'italic' };
export type TextNode = { type: 'text'; text: string; marks?: Mark[] };
export type HardBreak = { type: 'hardBreak' };
export type Inline = TextNode | HardBreak;
export type Paragraph = { type: 'paragraph'; content?: Inline[] };
export type Heading = { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: Inline[] };
export type ListItem = { type: 'listItem'; content: (Paragraph | BulletList | OrderedList)[] };
export type BulletList = { type: 'bulletList'; content: ListItem[] };
export type OrderedList = { type: 'orderedList'; attrs?: { start?: number }; content: ListItem[] };
export type TableCell = { type: 'tableCell' | 'tableHeader'; content: Paragraph[] };
export type TableRow = { type: 'tableRow'; content: TableCell[] };
export type Table = { type: 'table'; content: TableRow[] };
/** An image embedded as a data URL (PNG or JPEG), with an optional caption in `alt`. */
export type Image = { type: 'image'; attrs: { src: string; alt?: string | null; title?: string | null } };
export type Block = Paragraph | Heading | BulletList | OrderedList | Table | Image;
export type RichDoc = { type: 'doc'; content: Block[] };

const MarkSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
]);
const TextSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(MarkSchema).optional(),
});
const InlineSchema = z.union([TextSchema, z.object({ type: z.literal('hardBreak') })]);
const ParagraphSchema = z.object({ type: z.literal('paragraph'), content: z.array(InlineSchema).optional() });
const HeadingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
  content: z.array(InlineSchema).optional(),
});
const ImageSchema = z.object({
  type: z.literal('image'),
  attrs: z.object({
    src: z.string().regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'err.rich.image'),
    alt: z.string().nullish(),
    title: z.string().nullish(),
  }),
});
const CellSchema = z.object({ type: z.enum(['tableCell', 'tableHeader']), content: z.array(ParagraphSchema) });
const TableSchema = z.object({
  type: z.literal('table'),
  content: z.array(z.object({ type: z.literal('tableRow'), content: z.array(CellSchema).min(1) })).min(1),
});
type ListSchemaType = z.ZodType<BulletList | OrderedList>;
const ListItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(z.union([ParagraphSchema, ListSchema])).min(1) }),
) as z.ZodType<ListItem>;
const ListSchema: ListSchemaType = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('bulletList'), content: z.array(ListItemSchema) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().optional() }).optional(),
      content: z.array(ListItemSchema),
    }),
  ]),
) as ListSchemaType;

export const RichDocSchema: z.ZodType<RichDoc> = z.object({
  type: z.literal('doc'),
  content: z.array(z.union([ParagraphSchema, HeadingSchema, ListSchema, TableSchema, ImageSchema])),
}) as z.ZodType<RichDoc>;

export const EMPTY_DOC: RichDoc = { type: 'doc', content: [] };

/** Builders for code that writes rich text (demo data, generators, tests). */
export const rich = {
  doc: (...content: Block[]): RichDoc => ({ type: 'doc', content }),
  p: (...parts: (string | TextNode)[]): Paragraph => ({
    type: 'paragraph',
    content: parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? { type: 'text', text: p } : p)),
  }),
  h: (level: 1 | 2 | 3, text: string): Heading => ({
    type: 'heading',
    attrs: { level },
    content: [{ type: 'text', text }],
  }),
  b: (text: string): TextNode => ({ type: 'text', text, marks: [{ type: 'bold' }] }),
  i: (text: string): TextNode => ({ type: 'text', text, marks: [{ type: 'italic' }] }),
  ul: (...items: string[]): BulletList => ({
    type: 'bulletList',
    content: items.map((text) => ({ type: 'listItem', content: [rich.p(text)] })),
  }),
  ol: (...items: string[]): OrderedList => ({
    type: 'orderedList',
    content: items.map((text) => ({ type: 'listItem', content: [rich.p(text)] })),
  }),
  table: (header: string[], ...rows: string[][]): Table => ({
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((text) => ({ type: 'tableHeader', content: [rich.p(text)] })) },
      ...rows.map((row) => ({
        type: 'tableRow' as const,
        content: row.map((text) => ({ type: 'tableCell' as const, content: [rich.p(text)] })),
      })),
    ],
  }),
  image: (src: string, alt = ''): Image => ({ type: 'image', attrs: { src, alt } }),
};

/** All text of a node, blocks separated by newlines (search, previews, tests). */
export function plainText(node: RichDoc | Block | ListItem | TableRow | TableCell | Inline): string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'hardBreak':
      return '\n';
    case 'image':
      return node.attrs.alt ?? '';
    case 'paragraph':
    case 'heading':
      return (node.content ?? []).map(plainText).join('');
    case 'doc':
    case 'bulletList':
    case 'orderedList':
    case 'listItem':
    case 'table':
    case 'tableRow':
    case 'tableCell':
    case 'tableHeader':
      return (node.content as (Block | ListItem | TableRow | TableCell)[]).map(plainText).join('\n');
  }
}
