import type { DemoModuleInput } from './types';

/** How a chain step is told: modules the seed's main chain names get their own wording. */
export type ChainTextKind =
  'sales' | 'inventory' | 'barcode' | 'purchasing' | 'receivables' | 'payables' | 'ledger' | 'generic';

interface ChainPlace {
  rank: number;
  kind: ChainTextKind;
}

/**
 * Where a module sits on the demo's business chain, keyed by the middle segment of its item code
 * (ERP-SD-001 → SD). The chain starts from the sales order (seed: 以销售订单为起点) and follows
 * the goods and the money: sales → inventory → purchasing → receivables → payables → ledger.
 * A manufacturer's planning and production (MRP, PM, QM) come between the order and the stock,
 * because the order drives them; modules off the main chain (cost, assets, reports, CRM, BI,
 * mobile) follow the ledger.
 */
const PLACES: Readonly<Record<string, ChainPlace>> = {
  SD: { rank: 10, kind: 'sales' },
  JXC: { rank: 12, kind: 'generic' },
  DRP: { rank: 14, kind: 'generic' },
  MRP: { rank: 20, kind: 'generic' },
  PM: { rank: 22, kind: 'generic' },
  QM: { rank: 24, kind: 'generic' },
  IV: { rank: 30, kind: 'inventory' },
  WMS: { rank: 32, kind: 'barcode' },
  PU: { rank: 40, kind: 'purchasing' },
  AR: { rank: 50, kind: 'receivables' },
  AP: { rank: 60, kind: 'payables' },
  GL: { rank: 70, kind: 'ledger' },
  CO: { rank: 80, kind: 'generic' },
  FA: { rank: 82, kind: 'generic' },
  RP: { rank: 84, kind: 'generic' },
  BI: { rank: 86, kind: 'generic' },
  CRM: { rank: 88, kind: 'generic' },
  MOB: { rank: 90, kind: 'generic' },
};
const UNKNOWN: ChainPlace = { rank: 100, kind: 'generic' };

/** Item codes from other price lists: recognise the main-chain modules by their Chinese name. */
const NAME_HINTS: readonly [RegExp, string][] = [
  [/销售/, 'SD'],
  [/条码|WMS/i, 'WMS'],
  [/库存|仓库/, 'IV'],
  [/采购/, 'PU'],
  [/应收/, 'AR'],
  [/应付/, 'AP'],
  [/总账|总帐/, 'GL'],
];

export function chainPlace(module: Pick<DemoModuleInput, 'itemCode' | 'name'>): ChainPlace {
  for (const segment of module.itemCode.toUpperCase().split(/[-_.\s]+/)) {
    const place = PLACES[segment];
    if (place) return place;
  }
  for (const [pattern, key] of NAME_HINTS) {
    if (pattern.test(module.name)) return PLACES[key] ?? UNKNOWN;
  }
  return UNKNOWN;
}

/** The modules in chain order; modules at the same place keep their input order. */
export function sortAlongChain<M extends Pick<DemoModuleInput, 'itemCode' | 'name'>>(modules: readonly M[]): M[] {
  return modules
    .map((module, index) => ({ module, index, rank: chainPlace(module).rank }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.module);
}
