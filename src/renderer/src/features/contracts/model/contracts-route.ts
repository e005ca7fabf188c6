/**
 * Where the 合同 page is, kept in the URL hash after "#/contracts/":
 *   ""                  the contract list
 *   "library"           the clause library; "library/12" with clause 12 open, "library/new"
 *   "templates"         the contract templates; "templates/3" template 3 open in the editor
 *   "7"                 contract 7 (latest revision); "7/2" its revision 2, read-only
 */
export type ContractsLocation =
  | { view: 'list' }
  | { view: 'library'; selected: number | 'new' | null }
  | { view: 'templates'; selected: number | null }
  | { view: 'editor'; id: number; revision: number | null };

const positive = (text: string | undefined) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
};

export function parseContractsDetail(detail: string): ContractsLocation {
  const [first = '', second] = detail.split('/');
  if (first === 'library') return { view: 'library', selected: second === 'new' ? 'new' : positive(second) };
  if (first === 'templates') return { view: 'templates', selected: positive(second) };
  const id = positive(first);
  if (id !== null) return { view: 'editor', id, revision: positive(second) };
  return { view: 'list' };
}

export function contractsDetail(location: ContractsLocation): string {
  switch (location.view) {
    case 'list':
      return '';
    case 'library':
      return location.selected === null ? 'library' : `library/${location.selected}`;
    case 'templates':
      return location.selected === null ? 'templates' : `templates/${location.selected}`;
    case 'editor':
      return location.revision === null ? String(location.id) : `${location.id}/${location.revision}`;
  }
}
