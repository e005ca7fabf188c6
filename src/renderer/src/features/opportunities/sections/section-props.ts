import type { OpportunityDetail, OpportunityRecord } from '../../../../../shared/api/opportunities';

/** What every section of the opportunity page gets: the record as edited and how to change it. */
export interface SectionProps {
  detail: OpportunityDetail;
  record: OpportunityRecord;
  edit(change: (record: OpportunityRecord) => OpportunityRecord): void;
  /** The server's messages by field path ("record.people.0.name"). */
  errors: Record<string, string>;
}

/** A nullable number field's value from a NumberInput ('' = unknown). */
export const numberOrNull = (value: string | number): number | null =>
  value === '' || value === null
    ? null
    : typeof value === 'number'
      ? value
      : Number.isFinite(Number(value))
        ? Number(value)
        : null;
