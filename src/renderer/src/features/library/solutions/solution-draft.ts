import type { Solution } from '../../../../../shared/api/library';

/** A solution as the editor holds it while it is being changed (keys keep React rows stable). */
export interface FeatureDraft {
  key: string;
  name: string;
  description: string;
}
export interface ModuleDraft {
  key: string;
  id?: number;
  name: string;
  itemCode: string;
  description: string;
  features: FeatureDraft[];
}
export interface Draft {
  code: string;
  name: string;
  industry: string;
  summary: string;
  tags: string[];
  modules: ModuleDraft[];
}

let keySeq = 0;
export const newKey = () => `n${(keySeq += 1)}`;

export function toDraft(solution: Solution | null): Draft {
  if (!solution) return { code: '', name: '', industry: '', summary: '', tags: [], modules: [] };
  return {
    code: solution.code,
    name: solution.name,
    industry: solution.industry,
    summary: solution.summary,
    tags: solution.tags,
    modules: solution.modules.map((m) => ({
      key: `m${m.id}`,
      id: m.id,
      name: m.name,
      itemCode: m.itemCode,
      description: m.description,
      features: m.features.map((f) => ({ key: newKey(), ...f })),
    })),
  };
}

/** What library.saveSolution receives for a draft (the code upper-cased and trimmed). */
export function toSaveInput(draft: Draft, id: number | undefined) {
  return {
    ...(id !== undefined ? { id } : {}),
    code: draft.code.trim().toUpperCase(),
    name: draft.name,
    industry: draft.industry,
    summary: draft.summary,
    tags: draft.tags,
    modules: draft.modules.map((m) => ({
      ...(m.id !== undefined ? { id: m.id } : {}),
      name: m.name,
      itemCode: m.itemCode,
      description: m.description,
      features: m.features.map((f) => ({ name: f.name, description: f.description })),
    })),
  };
}

/** The list with one entry moved from one place to another (unchanged when `to` is outside it). */
export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
