import type { TFunction } from 'i18next';
import type { MissingItem } from '../../../shared/opportunities/gates';

/** A missing gate item as a sentence in the caller's language ("报价尚未审批（当前：草稿）"). */
export function missingMessage(item: Pick<MissingItem, 'key' | 'params'>, t: TFunction): string {
  const params: Record<string, string | number> = { ...item.params };
  if (item.key === 'approveQuote') params.stateLabel = t(`quotes.states.${String(item.params.state)}`);
  if (item.key === 'approveContract') params.stateLabel = t(`contracts.states.${String(item.params.state)}`);
  if (item.key === 'condition') params.conditionLabel = t(`opportunities.conditions.${String(item.params.condition)}`);
  return t(`opportunities.missing.${item.key}`, params);
}
