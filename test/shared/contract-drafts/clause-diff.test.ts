import { describe, expect, it } from 'vitest';
import { reviewClause, wordDiff } from '../../../src/shared/contract-drafts/clause-diff';
import type { ContractClause } from '../../../src/shared/contract-drafts/types';
import { libraryVersions, sampleLibrary } from '../../fixtures/contract-document';

const library = sampleLibrary();
const versions = libraryVersions(library);
const disputes = library.find((c) => c.key === 'disputes');

function fromLibrary(key: string, wording?: string): ContractClause {
  const clause = library.find((c) => c.key === key);
  const chosen = clause?.wordings.find((w) => w.key === wording) ?? clause?.wordings[0];
  if (!clause || !chosen) throw new Error(key);
  return {
    id: key,
    origin: 'standard',
    clauseId: clause.id,
    clauseVersion: clause.version,
    wording: chosen.key,
    category: clause.category,
    mandatory: clause.mandatory,
    heading: chosen.heading,
    body: chosen.body,
  };
}

describe('clause review', () => {
  it('calls an untouched clause standard, whichever wording was chosen', () => {
    expect(reviewClause(fromLibrary('disputes', 'court'), versions)).toEqual({ status: 'standard', diff: [] });
    expect(reviewClause(fromLibrary('disputes', 'arbitration'), versions).status).toBe('standard');
  });

  it('does not count blank lines or spaces at line ends as edits', () => {
    const clause = fromLibrary('price');
    expect(reviewClause({ ...clause, body: `\n${clause.body.replace(/\n/g, '  \n\n')}\n` }, versions).status).toBe(
      'standard',
    );
  });

  it('marks an edit and shows only the words that changed, in Chinese', () => {
    const clause = fromLibrary('disputes', 'arbitration');
    const edited = { ...clause, body: clause.body.replace('终局的', '初步的') };
    const review = reviewClause(edited, versions);
    expect(review.status).toBe('edited');
    const changes = review.diff.filter((p) => p.op !== 'equal');
    expect(changes).toEqual([
      { op: 'delete', text: '终局' },
      { op: 'insert', text: '初步' },
    ]);
    expect(
      review.diff
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(`争议解决\n${clause.body}`);
  });

  it('compares with the wording the clause came from, not the default', () => {
    const court = fromLibrary('disputes', 'court');
    const arbitration = disputes?.wordings.find((w) => w.key === 'arbitration');
    const swapped = { ...court, body: arbitration?.body ?? '' };
    expect(reviewClause(swapped, versions).status).toBe('edited');
  });

  it('marks a clause typed in by hand as added, and a heading change as an edit', () => {
    expect(reviewClause({ ...fromLibrary('scope'), origin: 'added', clauseId: null }, versions).status).toBe('added');
    const inserted = reviewClause({ ...fromLibrary('scope'), heading: '合同标的及范围' }, versions).diff.filter(
      (p) => p.op !== 'equal',
    );
    expect(inserted.map((p) => [p.op, p.text.trim()])).toEqual([['insert', '及范围']]);
  });

  it('treats a clause whose library version is missing as edited (never silently standard)', () => {
    expect(reviewClause({ ...fromLibrary('scope'), clauseVersion: 9 }, versions).status).toBe('edited');
  });

  it('diffs English by word', () => {
    expect(wordDiff('The licence is perpetual.', 'The licence is annual.')).toEqual([
      { op: 'equal', text: 'The licence is ' },
      { op: 'delete', text: 'perpetual' },
      { op: 'insert', text: 'annual' },
      { op: 'equal', text: '.' },
    ]);
  });
});
