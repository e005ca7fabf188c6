import { useCallback, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { PriceItem } from '../../../../../shared/api/prices';
import { lineFromItem, newLocalId, unitPriceInMode } from '../../../../../shared/quotes/catalogue-line';
import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import { useMethod } from '../../../api/queries';
import type { ItemPickerHandle } from '../grid/ItemPicker';
import type { LineGridHandle } from '../grid/LineGrid';
import { addLines, addSection, orderedLines } from '../model/content-ops';
import type { EditFix } from './use-quote-draft';

interface LineAddingOptions {
  detail: QuoteDetail;
  content: QuoteContent;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
  gridRef: RefObject<LineGridHandle | null>;
}

/** The custom line modal: a new line (line null) or one being changed; a new session resets the form. */
export interface CustomLineDialog {
  opened: boolean;
  session: number;
  line: QuoteLine | null;
}

export interface LineAdding {
  pickerRef: RefObject<ItemPickerHandle | null>;
  /** The current price list version's label, shown in the picker. */
  currentVersionLabel: string;
  /** An item's unit price in the quote's VAT mode. */
  priceOf(item: PriceItem): number;
  /** The section new lines go to: the one chosen, else the last. */
  currentSectionId: string;
  onCurrentSection(sectionId: string): void;
  /** Adds a catalogue item to the current section and puts the keyboard on its quantity. */
  addItem(item: PriceItem): void;
  customLine: CustomLineDialog;
  newCustomLine(): void;
  onEditCustom(line: QuoteLine): void;
  closeCustomLine(): void;
  saveCustomLine(line: QuoteLine): void;
  /** Adds a numbered new section and makes it current. */
  newSection(): void;
}

/** Adding lines: from the catalogue, as custom lines, and new sections to put them in. */
export function useLineAdding({ detail, content, edit, gridRef }: LineAddingOptions): LineAdding {
  const { t } = useTranslation();
  const versions = useMethod('prices.versions', {});
  const pickerRef = useRef<ItemPickerHandle>(null);

  const [chosenSection, setChosenSection] = useState<string | null>(null);
  const sections = content.sections;
  const currentSectionId = sections.find((s) => s.id === chosenSection)?.id ?? sections[sections.length - 1]?.id ?? '';
  const onCurrentSection = useCallback((sectionId: string) => setChosenSection(sectionId), []);

  const [customLine, setCustomLine] = useState<CustomLineDialog>({ opened: false, session: 0, line: null });
  const onEditCustom = useCallback(
    (line: QuoteLine) => setCustomLine((s) => ({ opened: true, session: s.session + 1, line })),
    [],
  );
  const newCustomLine = () => setCustomLine((s) => ({ opened: true, session: s.session + 1, line: null }));
  const closeCustomLine = () => setCustomLine((s) => ({ ...s, opened: false }));

  const versionLabel = (versionId: number) => versions.data?.find((v) => v.id === versionId)?.label ?? '';
  const priceOf = (item: PriceItem) =>
    unitPriceInMode(item.priceFen, item.vatRateBp, detail.priceListVatMode, content.vatMode);

  const addItem = (item: PriceItem) => {
    const id = newLocalId('l');
    const line = lineFromItem(item, {
      id,
      sectionId: currentSectionId,
      versionLabel: versionLabel(item.versionId),
      listVatMode: detail.priceListVatMode,
      quoteVatMode: content.vatMode,
    });
    edit((c) => addLines(c, [line]));
    gridRef.current?.editQuantity(id, () => pickerRef.current?.focus());
  };

  const saveCustomLine = (line: QuoteLine) => {
    const exists = content.lines.some((l) => l.id === line.id);
    if (exists) {
      edit(
        (c) => ({
          ...c,
          lines: orderedLines({ sections: c.sections, lines: c.lines.map((l) => (l.id === line.id ? line : l)) }),
        }),
        { lines: ['name', 'unit', 'unitPrice', 'vat', 'quantity'].map((field) => ({ id: line.id, field })) },
      );
    } else {
      edit((c) => addLines(c, [line]));
    }
    setCustomLine((s) => ({ ...s, opened: false }));
    requestAnimationFrame(() => gridRef.current?.focusLine(line.id));
  };

  const newSection = () => {
    let created = '';
    edit((c) => {
      const result = addSection(c, t('quoteUi.grid.newSectionTitle', { n: c.sections.length + 1 }));
      created = result.sectionId;
      return result.content;
    });
    if (created) setChosenSection(created);
  };

  return {
    pickerRef,
    currentVersionLabel: versions.data?.find((v) => v.isCurrent)?.label ?? '',
    priceOf,
    currentSectionId,
    onCurrentSection,
    addItem,
    customLine,
    newCustomLine,
    onEditCustom,
    closeCustomLine,
    saveCustomLine,
    newSection,
  };
}
