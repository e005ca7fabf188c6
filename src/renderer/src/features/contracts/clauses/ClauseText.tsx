import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { articleBlocks, bodyLines } from '../../../../../shared/contract-drafts/clause-text';
import { CONTRACT_MERGE_FIELDS } from '../../../../../shared/contract-drafts/merge';
import type { DiffPart } from '../../../../../shared/contract-drafts/clause-diff';
import type { Locale } from '../../../../../shared/locale';
import { MERGE_FIELD } from '../../../../../shared/proposals/merge-fields';
import classes from './clauses.module.css';

const KNOWN = new Set<string>(CONTRACT_MERGE_FIELDS);

/** Text with its {{fields}} marked (and named on hover); a field that will not resolve in red. */
export function FieldText({ text, problems }: { text: string; problems?: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MERGE_FIELD)) {
    const index = match.index;
    const field = match[1] ?? '';
    if (index > last) parts.push(text.slice(last, index));
    const known = KNOWN.has(field);
    parts.push(
      <span
        key={index}
        className={classes.field}
        data-problem={!known || problems?.has(field) ? true : undefined}
        title={known ? t(`contracts.fields.${field}`) : t('contractUi.clause.unknownField')}
        data-testid="merge-field"
      >
        {match[0]}
      </span>,
    );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

/**
 * A clause body as it will print: sub-clauses numbered 5.1, 5.2 …, items （1）（2）…, and the
 * schedule and milestone tables as placeholders. Unnumbered clauses (parties, signatures) show
 * their lines as paragraphs.
 */
export function ClauseText({
  body,
  articleIndex,
  lang,
  problems,
}: {
  body: string;
  articleIndex: number | undefined;
  lang: Locale;
  problems?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const blocks =
    articleIndex === undefined
      ? bodyLines(body).map((line) =>
          line.kind === 'table'
            ? ({ kind: 'table', table: line.table } as const)
            : ({ kind: 'paragraph', level: 0, number: '', text: line.text } as const),
        )
      : articleBlocks(body, articleIndex, lang);
  return (
    <div className={classes.body} data-testid="clause-text">
      {blocks.map((block, index) =>
        block.kind === 'table' ? (
          <div key={index} className={classes.table}>
            {t(`contractUi.clause.tables.${block.table}`)}
          </div>
        ) : (
          <div key={index} className={classes.line} data-level={block.level}>
            {block.number && <span className={classes.number}>{block.number}</span>}
            <span>
              <FieldText text={block.text} problems={problems} />
            </span>
          </div>
        ),
      )}
    </div>
  );
}

/** The word diff against the standard wording: deleted text struck through in red, inserted text underlined in green. */
export function DiffText({ diff }: { diff: readonly DiffPart[] }) {
  return (
    <div className={classes.diff} data-testid="clause-diff">
      {diff.map((part, index) => (
        <Fragment key={index}>
          {part.op === 'equal' ? (
            part.text
          ) : part.op === 'delete' ? (
            <del className={classes.deleted} data-testid="diff-delete">
              {part.text}
            </del>
          ) : (
            <ins className={classes.inserted} data-testid="diff-insert">
              {part.text}
            </ins>
          )}
        </Fragment>
      ))}
    </div>
  );
}
