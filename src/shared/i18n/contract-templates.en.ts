import type { contractTemplateErrorsZhCN, contractTemplatesUiZhCN, exportFolderZhCN } from './contract-templates.zh-CN';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const contractTemplatesUiEn: Strings<typeof contractTemplatesUiZhCN> = {
  usedBy: '{{n}} contract(s) drafted from it',
  unused: 'Not used yet',
  edit: 'Edit',
  copy: 'Copy',
  delete: 'Delete',
  deleteTitle: 'Delete the template?',
  deleteConfirm: 'Delete the template “{{name}}”? Contracts already drafted are not affected.',
  deleteInUse: '{{n}} contract(s) were drafted from it: it cannot be deleted',
  deleted: 'Template “{{name}}” deleted',
  copied: 'Copied as “{{name}}”',
  copyNote: 'Copied from clause {{key}} version {{version}} (template “{{template}}”)',
  editor: {
    title: 'Edit template',
    back: 'Back to the templates',
    name: 'Template name',
    description: 'Description',
    usedBy:
      '{{n}} contract(s) were drafted from this template. A contract copies the clause text and version when it is drafted, so editing the template does not change them; only contracts drafted later follow it.',
    unused: 'No contract has been drafted from this template yet. Changes apply to contracts drafted later.',
    clauses: 'Clauses ({{n}})',
    clausesHint:
      'Drag or use ↑ ↓ to change the order; the parties and the signatures are not numbered. Clause text is kept in the clause library.',
    list: 'Template clauses',
    add: 'Add clause',
    save: 'Save template',
    saved: 'Template “{{name}}” saved',
    saveFailed: 'The template was not saved',
    unsaved: 'Unsaved changes',
    discardTitle: 'Discard the changes?',
    discard: 'The template has unsaved changes; they are lost if you go back.',
    moveUp: 'Move “{{title}}” up',
    moveDown: 'Move “{{title}}” down',
    remove: 'Remove “{{title}}” from the template',
    removeConfirm: 'Remove “{{title}}” from the template? The clause stays in the clause library.',
    removeAction: 'Remove',
    wording: 'Wording',
    copyClause: 'Copy as a new clause',
    newClause: 'New clause (created on save)',
    mandatory: 'Mandatory',
  },
  add: {
    title: 'Add clause',
    clause: 'Clause from the library',
    none: 'Every library clause of this language is in the template already.',
    position: 'Position',
    beforeSignatures: 'Before the signatures',
    atEnd: 'At the end',
    after: 'After “{{clause}}”',
    confirm: 'Add',
  },
  copyClause: {
    title: 'Copy as a new clause',
    hint: 'Creates a new library clause (version 1) with every wording of “{{heading}}” and puts it in this row of the template instead. It is created when the template is saved; the original clause and the contracts using it do not change.',
    key: 'New clause key',
    heading: 'New clause heading',
    headingSuffix: ' (copy)',
    confirm: 'Copy',
    keyTaken: 'The clause key {{key}} exists already; choose another',
  },
};

export const exportFolderEn: Strings<typeof exportFolderZhCN> = {
  toFolder: 'Save into a folder',
  folder: 'Folder',
  folderHint: 'A folder on this computer, created if missing; the next contract export starts there.',
  choose: 'Choose…',
  noFolder: 'Choose a folder first',
};

export const contractTemplateErrorsEn: Strings<typeof contractTemplateErrorsZhCN> = {
  contractTemplates: {
    notFound: 'No contract template {{id}}',
    nameRequired: 'The template needs a name',
    nameTaken: 'A template named “{{name}}” exists already; choose another name',
    noClause: 'A template needs at least one clause',
    tooManyClauses: 'A template has at most 100 clauses',
    unknownClause: 'Row {{row}}: the clause library has no such clause (id {{id}}), or it is in another language',
    duplicateClause: 'Row {{row}}: “{{heading}}” is already in row {{first}}',
    unknownWording: 'Row {{row}}: “{{heading}}” has no wording {{wording}} (choices: {{choices}})',
    copyKeyTaken: 'Row {{row}}: the clause key {{key}} exists already; choose another',
    notSaved: 'The template was not saved: {{problems}}',
    inUse:
      'The template “{{name}}” was used for {{n}} contract(s) and cannot be deleted (they keep the clauses they were drafted with)',
    lastOfKind: '“{{name}}” is the only {{kind}} template and cannot be deleted',
    unknownClauseKey: 'The clause library has no clause {{key}} (available: {{keys}})',
  },
};
