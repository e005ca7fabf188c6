import { Grid, Stack } from '@mantine/core';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import type { FieldErrors } from '../model/field-errors';
import type { LivePricing } from '../model/live-pricing';
import { HistoryPanel } from '../panels/HistoryPanel';
import { MarginPanel } from '../panels/MarginPanel';
import { MilestonesEditor } from '../panels/MilestonesEditor';
import { TermsEditor } from '../panels/TermsEditor';
import { TotalsPanel } from '../panels/TotalsPanel';
import type { EditFix } from './use-quote-draft';

interface QuotePanelsProps {
  detail: QuoteDetail;
  content: QuoteContent;
  live: LivePricing;
  editable: boolean;
  errors: FieldErrors;
  /** The margin rule from the quote settings; null = none (or not loaded yet). */
  minMarginBp: number | null;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
}

/** Below the lines: milestones, terms and history on the left; totals and margin on the right. */
export function QuotePanels({ detail, content, live, editable, errors, minMarginBp, edit }: QuotePanelsProps) {
  return (
    <Grid gap="md" align="flex-start">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <MilestonesEditor
            milestones={content.milestones}
            priced={live.priced}
            editable={editable}
            errors={errors.other}
            onChange={(milestones, fixed) => edit((c) => ({ ...c, milestones }), { other: fixed ?? 'milestones' })}
          />
          <TermsEditor
            terms={content.terms}
            notes={content.notes}
            editable={editable}
            errors={errors.other}
            onChange={(kind, value) => edit((c) => ({ ...c, [kind]: value }), { other: kind })}
          />
          <HistoryPanel events={detail.events} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <TotalsPanel
            priced={live.priced}
            discount={content.discount}
            vatMode={content.vatMode}
            editable={editable}
            problems={live.problems}
            serverError={errors.other.discount}
            onDiscount={(discount) => edit((c) => ({ ...c, discount }), { other: 'discount' })}
          />
          <MarginPanel priced={live.priced} minMarginBp={minMarginBp} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
