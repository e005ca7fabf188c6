import type { packageErrorsZhCN, packagesZhCN } from './packages.zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const packagesEn: Shape<typeof packagesZhCN> = {
  conflicts: {
    nameDiffers:
      'A customer with the same unified social credit code exists as “{{existing}}” (the package says “{{name}}”): the deal joins that customer',
    taxIdDiffers:
      'A customer named “{{name}}” exists with a different unified social credit code: imported as a new customer',
    solution: 'The library has no solution {{code}}: the proposal / demo script is no longer linked to it',
    modules: 'Some solution modules are not in this library: they are no longer selected',
    librarySection: 'The library has no section “{{title}}”: that chapter of the proposal is not imported',
  },
  ui: {
    export: 'Export package',
    exported: 'Exported {{fileName}}',
    exportFailed: 'Could not export the package',
    import: 'Import package',
    importTitle: 'Import an opportunity package (.presales)',
    importIntro:
      'Choose a .presales file a colleague exported. The preview shows what comes in; the import then writes it all in one transaction, and nothing at all when the file has a problem.',
    choose: 'Choose a .presales file',
    previewing: 'Checking the file…',
    from: 'Exported by {{by}} on {{at}} with version {{version}}',
    customerNew: 'New customer: {{name}}',
    customerTaxId: 'Joins the existing customer (same credit code): {{name}}',
    customerName: 'Joins the existing customer (same name): {{name}}',
    counts:
      'Timeline {{timeline}} · quotes {{quotes}} ({{quoteRevisions}} revisions) · proposals {{proposals}} · demo scripts {{demoScripts}} · contracts {{contracts}}',
    renumbered: '{{kind}} {{number}} is taken here: imported as {{newNumber}} (the original kept as a reference)',
    quote: 'Quote',
    contract: 'Contract',
    missingItems: 'Not in this database’s price lists (not created):',
    conflicts: 'Please note:',
    confirm: 'Import',
    imported: 'Imported opportunity #{{id}}',
    open: 'Open the opportunity',
  },
};

export const packageErrorsEn: Shape<typeof packageErrorsZhCN> = {
  packages: {
    tooLarge: 'The file is too large: a package is at most {{max}}',
    notZip: 'This is not a valid package: the file does not read as a zip (damaged, or not fully downloaded)',
    tooManyEntries: 'The package has {{count}} entries, more than the {{max}} allowed: refused',
    unsafePath: 'The package holds an unsafe path “{{path}}” (absolute or with ..): refused',
    bomb: 'Entry “{{path}}” unpacks far beyond its compressed size, like a zip bomb: refused',
    corruptEntry: 'Entry “{{path}}” cannot be unpacked (damaged, or its size is wrong): refused',
    noManifest: 'The package has no manifest.json: not an opportunity package',
    badManifest: 'manifest.json does not match the format ({{problem}}): refused',
    wrongFormat: 'Not an opportunity package (manifest.json’s format is not presales-opportunity)',
    newerVersion:
      'This package has format version {{version}}; this app reads version {{supported}}: update the app first',
    checksum: 'The checksum of “{{path}}” differs from the manifest: the file was changed after export, refused',
    unlisted: 'Entry “{{path}}” is not in the manifest: refused',
    missingEntry: '“{{path}}”, listed in the manifest, is missing: refused',
    badData: 'The opportunity data does not match the format ({{problem}}): refused',
    duplicate: 'This package was already imported on {{at}} (opportunity #{{id}}): not imported again',
    missingTemplate: 'Contract {{number}} uses the template “{{key}}”, which this database lacks: refused',
  },
};
