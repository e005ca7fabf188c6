import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import { newLocalId } from '../../../../../shared/quotes/catalogue-line';

/**
 * Pure edits of a quote's content, as the editor makes them. Lines are kept in display order:
 * grouped by section in section order, so what is saved is what is on screen.
 */

/** The lines in display order (by section, then as listed); lines of unknown sections last. */
export function orderedLines(content: Pick<QuoteContent, 'sections' | 'lines'>): QuoteLine[] {
  const bySection = new Map<string, QuoteLine[]>(content.sections.map((s) => [s.id, []]));
  const orphans: QuoteLine[] = [];
  for (const line of content.lines) {
    const list = bySection.get(line.sectionId);
    if (list) list.push(line);
    else orphans.push(line);
  }
  return [...content.sections.flatMap((s) => bySection.get(s.id) ?? []), ...orphans];
}

function withLines(content: QuoteContent, lines: QuoteLine[]): QuoteContent {
  return { ...content, lines: orderedLines({ sections: content.sections, lines }) };
}

/** Adds lines at the end of a section (or right after `afterLineId` when given). */
export function addLines(content: QuoteContent, lines: QuoteLine[], afterLineId?: string): QuoteContent {
  const current = orderedLines(content);
  const at = afterLineId === undefined ? -1 : current.findIndex((l) => l.id === afterLineId);
  if (at === -1) return withLines(content, [...current, ...lines]);
  return withLines(content, [...current.slice(0, at + 1), ...lines, ...current.slice(at + 1)]);
}

export function updateLine(content: QuoteContent, id: string, patch: Partial<QuoteLine>): QuoteContent {
  let changed = false;
  const lines = content.lines.map((line) => {
    if (line.id !== id) return line;
    changed = true;
    return { ...line, ...patch };
  });
  return changed ? { ...content, lines } : content;
}

export interface RemovedLine {
  line: QuoteLine;
  /** Index in display order before removal. */
  index: number;
}

export function removeLine(content: QuoteContent, id: string): { content: QuoteContent; removed: RemovedLine | null } {
  const current = orderedLines(content);
  const index = current.findIndex((l) => l.id === id);
  const line = current[index];
  if (!line) return { content, removed: null };
  return { content: { ...content, lines: current.filter((l) => l.id !== id) }, removed: { line, index } };
}

/** Puts a removed line back where it was (its section must still exist, else the first section). */
export function restoreLine(content: QuoteContent, removed: RemovedLine): QuoteContent {
  const sectionExists = content.sections.some((s) => s.id === removed.line.sectionId);
  const line = sectionExists ? removed.line : { ...removed.line, sectionId: content.sections[0]?.id ?? '' };
  const current = orderedLines(content);
  const lines = [...current.slice(0, removed.index), line, ...current.slice(removed.index)];
  return withLines(content, lines);
}

export type DropTarget =
  { kind: 'before' | 'after'; lineId: string } | { kind: 'sectionStart' | 'sectionEnd'; sectionId: string };

/** Moves a line to a drop target (possibly into another section). */
export function moveLine(content: QuoteContent, id: string, target: DropTarget): QuoteContent {
  const current = orderedLines(content);
  const moving = current.find((l) => l.id === id);
  if (!moving) return content;
  if ('lineId' in target && target.lineId === id) return content;
  const rest = current.filter((l) => l.id !== id);
  let index: number;
  let sectionId: string;
  if ('lineId' in target) {
    const at = rest.findIndex((l) => l.id === target.lineId);
    const anchor = rest[at];
    if (!anchor) return content;
    index = target.kind === 'before' ? at : at + 1;
    sectionId = anchor.sectionId;
  } else {
    sectionId = target.sectionId;
    const inSection = rest.map((l, i) => (l.sectionId === sectionId ? i : -1)).filter((i) => i !== -1);
    const first = inSection[0];
    const last = inSection[inSection.length - 1];
    if (first !== undefined && last !== undefined) {
      index = target.kind === 'sectionStart' ? first : last + 1;
    } else {
      // An empty section: after every line of the sections before it.
      const order = content.sections.map((s) => s.id);
      const position = order.indexOf(sectionId);
      index = rest.filter((l) => order.indexOf(l.sectionId) < position).length;
    }
  }
  const moved = { ...moving, sectionId };
  const lines = [...rest.slice(0, index), moved, ...rest.slice(index)];
  const next = withLines(content, lines);
  const same = next.lines.every((l, i) => l === current[i]);
  return same ? content : next;
}

/**
 * Moves a line one place up or down in display order; at the edge of its section it moves into
 * the neighbouring section (to its end going up, to its start going down).
 */
export function moveLineBy(content: QuoteContent, id: string, delta: -1 | 1): QuoteContent {
  const current = orderedLines(content);
  const index = current.findIndex((l) => l.id === id);
  const line = current[index];
  if (!line) return content;
  const sectionIndex = content.sections.findIndex((s) => s.id === line.sectionId);
  const neighbour = current[index + delta];
  if (neighbour && neighbour.sectionId === line.sectionId) {
    return moveLine(content, id, { kind: delta < 0 ? 'before' : 'after', lineId: neighbour.id });
  }
  const nextSection = content.sections[sectionIndex + delta];
  if (!nextSection) return content;
  return moveLine(content, id, { kind: delta < 0 ? 'sectionEnd' : 'sectionStart', sectionId: nextSection.id });
}

export function addSection(content: QuoteContent, title: string): { content: QuoteContent; sectionId: string } {
  const sectionId = newLocalId('s');
  return { content: { ...content, sections: [...content.sections, { id: sectionId, title }] }, sectionId };
}

export function renameSection(content: QuoteContent, id: string, title: string): QuoteContent {
  return { ...content, sections: content.sections.map((s) => (s.id === id ? { ...s, title } : s)) };
}

/** Removes a section and its lines; the last section stays (a quote needs one). */
export function removeSection(content: QuoteContent, id: string): QuoteContent {
  if (content.sections.length <= 1) return content;
  return {
    ...content,
    sections: content.sections.filter((s) => s.id !== id),
    lines: content.lines.filter((l) => l.sectionId !== id),
  };
}

export function moveSection(content: QuoteContent, id: string, delta: -1 | 1): QuoteContent {
  const index = content.sections.findIndex((s) => s.id === id);
  const to = index + delta;
  const moving = content.sections[index];
  const other = content.sections[to];
  if (!moving || !other) return content;
  const sections = [...content.sections];
  sections[index] = other;
  sections[to] = moving;
  return withLines({ ...content, sections }, content.lines);
}

/**
 * Quantities pasted into the 数量 column: the first goes to `startLineId`, the rest to the
 * lines below it in display order (null leaves a line as it is). Returns the lines filled.
 */
export function pasteQuantities(
  content: QuoteContent,
  startLineId: string,
  quantities: (string | null)[],
): { content: QuoteContent; filled: string[] } {
  const current = orderedLines(content);
  const start = current.findIndex((l) => l.id === startLineId);
  if (start === -1) return { content, filled: [] };
  const targets = current.slice(start, start + quantities.length);
  const byId = new Map<string, string>();
  targets.forEach((line, i) => {
    const quantity = quantities[i];
    if (quantity !== null && quantity !== undefined) byId.set(line.id, quantity);
  });
  const lines = current.map((line) => {
    const quantity = byId.get(line.id);
    return quantity === undefined ? line : { ...line, quantity };
  });
  return { content: { ...content, lines }, filled: [...byId.keys()] };
}
