/** The opportunity package (.presales): import preview, conflicts and the screens (under `packages.*`). */
export const packagesZhCN = {
  conflicts: {
    nameDiffers: '统一社会信用代码相同的客户已存在，名称为“{{existing}}”（包里是“{{name}}”）：将归入已有客户',
    taxIdDiffers: '已有同名客户“{{name}}”，但统一社会信用代码不同：将作为新客户导入',
    solution: '方案库里没有解决方案 {{code}}：方案书/演示脚本导入后不再关联它',
    modules: '部分解决方案模块在本方案库中找不到：导入后不再选中',
    librarySection: '方案库里没有章节“{{title}}”：方案书中的这一章不会导入',
  },
  ui: {
    export: '导出商机包',
    exported: '已导出 {{fileName}}',
    exportFailed: '导出商机包失败',
    import: '导入商机包',
    importTitle: '导入商机包（.presales）',
    importIntro:
      '选择同事导出的 .presales 文件。先预览会导入什么，确认后在一个事务里一次导入；文件有问题时什么都不会写入。',
    choose: '选择 .presales 文件',
    previewing: '正在检查文件…',
    from: '{{by}} 于 {{at}} 用 {{version}} 版导出',
    customerNew: '新客户：{{name}}',
    customerTaxId: '归入已有客户（统一社会信用代码相同）：{{name}}',
    customerName: '归入已有客户（名称相同）：{{name}}',
    counts:
      '时间线 {{timeline}} 条 · 报价 {{quotes}} 份（{{quoteRevisions}} 个版本）· 方案书 {{proposals}} · 演示脚本 {{demoScripts}} · 合同 {{contracts}}',
    renumbered: '{{kind}} {{number}} 在本库已被占用，导入为 {{newNumber}}（原编号保留为参考）',
    quote: '报价',
    contract: '合同',
    missingItems: '价格体系中没有这些产品（不会自动创建）：',
    conflicts: '请注意：',
    confirm: '导入',
    imported: '已导入商机 #{{id}}',
    open: '打开商机',
  },
};

export const packageErrorsZhCN = {
  packages: {
    tooLarge: '文件太大：商机包最多 {{max}}',
    notZip: '这不是有效的商机包：文件无法按 zip 读取，可能已损坏或没有下载完整',
    tooManyEntries: '包里有 {{count}} 个条目，超过上限 {{max}}：已拒绝',
    unsafePath: '包里有不安全的路径“{{path}}”（绝对路径或包含 ..）：已拒绝',
    bomb: '条目“{{path}}”解压后远大于压缩大小，疑似压缩炸弹：已拒绝',
    corruptEntry: '条目“{{path}}”无法解压（文件损坏或大小不符）：已拒绝',
    noManifest: '包里没有 manifest.json：这不是商机包',
    badManifest: 'manifest.json 不符合格式（{{problem}}）：已拒绝',
    wrongFormat: '这不是商机包（manifest.json 的 format 不是 presales-opportunity）',
    newerVersion: '这个商机包的格式版本是 {{version}}，本程序只能读取版本 {{supported}}：请先升级再导入',
    checksum: '条目“{{path}}”的校验和与清单不符：文件在导出后被改动过，已拒绝',
    unlisted: '条目“{{path}}”不在清单里：已拒绝',
    missingEntry: '清单列出的“{{path}}”不在包里：已拒绝',
    badData: '商机数据不符合格式（{{problem}}）：已拒绝',
    duplicate: '这个商机包已在 {{at}} 导入过（商机 #{{id}}）：没有重复导入',
    missingTemplate: '合同 {{number}} 使用的合同模板“{{key}}”在本数据库中不存在：已拒绝',
  },
};
