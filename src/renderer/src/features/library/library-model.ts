import type { ErrorData } from '../../../../shared/result';

/** "content.sections.2.title" → ["sections", "2", "title"] (the contract's input wrapper dropped). */
export function errorPath(key: string): string[] {
  return key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '');
}

/** The field errors of a failed call, keyed by their path joined with dots. */
export function fieldErrors(error: ErrorData): Record<string, string> {
  return Object.fromEntries(Object.entries(error.fields).map(([key, message]) => [errorPath(key).join('.'), message]));
}

/** The first error at or under a path ("tags" matches "tags.3"). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path] !== undefined) return errors[path];
  const prefix = `${path}.`;
  const key = Object.keys(errors).find((k) => k.startsWith(prefix));
  return key === undefined ? undefined : errors[key];
}

/** The errors no field on screen shows (listed above the form so none goes unseen). */
export function otherErrors(errors: Record<string, string>, shown: (key: string) => boolean): [string, string][] {
  return Object.entries(errors).filter(([key]) => !shown(key));
}

/** Every tag of a list, most used first, then alphabetically (the tag filter's choices). */
export function allTags(lists: { tags: string[] }[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of lists) for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([tag]) => tag);
}

/** An entry matches the tag filter when it has every chosen tag. */
export function hasTags(entry: { tags: string[] }, chosen: string[]): boolean {
  return chosen.every((tag) => entry.tags.includes(tag));
}

/** Where the library is: "#/library/sections/12" → { tab: 'sections', id: 12 }; "new" = a new entry. */
export type LibraryTab = 'solutions' | 'sections';
export interface LibraryLocation {
  tab: LibraryTab;
  selected: number | 'new' | null;
}

export function parseLibraryDetail(detail: string): LibraryLocation {
  const [tabPart, idPart] = detail.split('/');
  const tab: LibraryTab = tabPart === 'sections' ? 'sections' : 'solutions';
  if (idPart === 'new') return { tab, selected: 'new' };
  const id = Number(idPart);
  return { tab, selected: Number.isInteger(id) && id > 0 ? id : null };
}

export function libraryDetail(location: LibraryLocation): string {
  return location.selected === null ? location.tab : `${location.tab}/${location.selected}`;
}
