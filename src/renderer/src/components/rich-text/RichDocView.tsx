import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { MERGE_FIELD, MERGE_FIELD_NAMES } from '../../../../shared/proposals/merge-fields';
import type { Block, Inline, ListItem, RichDoc } from '../../../../shared/rich-text';
import classes from './RichText.module.css';

const KNOWN = new Set<string>(MERGE_FIELD_NAMES);

/** Text with its `{{fields}}` shown as fields (unknown ones in red), as in the editor. */
export function MergeText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MERGE_FIELD)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    const known = KNOWN.has(match[1] ?? '');
    parts.push(
      <span key={index} className={known ? 'merge-field' : 'merge-field merge-field-unknown'}>
        {match[0]}
      </span>,
    );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

function inline(node: Inline, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  let out: ReactNode = <MergeText text={node.text} />;
  for (const mark of node.marks ?? []) out = mark.type === 'bold' ? <strong>{out}</strong> : <em>{out}</em>;
  return <span key={key}>{out}</span>;
}

function item(node: ListItem, key: number): ReactNode {
  return <li key={key}>{node.content.map(block)}</li>;
}

function block(node: Block, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{(node.content ?? []).map(inline)}</p>;
    case 'heading': {
      const content = (node.content ?? []).map(inline);
      if (node.attrs.level === 1) return <h1 key={key}>{content}</h1>;
      if (node.attrs.level === 2) return <h2 key={key}>{content}</h2>;
      return <h3 key={key}>{content}</h3>;
    }
    case 'bulletList':
      return <ul key={key}>{node.content.map(item)}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={node.attrs?.start}>
          {node.content.map(item)}
        </ol>
      );
    case 'table':
      return (
        <table key={key}>
          <tbody>
            {node.content.map((row, r) => (
              <tr key={r}>
                {row.content.map((cell, c) =>
                  cell.type === 'tableHeader' ? (
                    <th key={c}>{cell.content.map(block)}</th>
                  ) : (
                    <td key={c}>{cell.content.map(block)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'image':
      return <img key={key} src={node.attrs.src} alt={node.attrs.alt ?? ''} />;
  }
}

/** A RichDoc read-only, with the editor's typography (library previews). */
export function RichDocView({ doc, empty, testId }: { doc: RichDoc; empty?: string; testId?: string }) {
  if (doc.content.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic" data-testid={testId}>
        {empty}
      </Text>
    );
  }
  return (
    <div className={classes.doc} data-testid={testId}>
      {doc.content.map(block)}
    </div>
  );
}
