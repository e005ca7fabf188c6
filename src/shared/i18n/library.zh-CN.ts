/** Solution library and proposals: service messages (under err.library / err.proposals) and shared words (library.*). */
export const libraryZhCN = {
  copyOf: '{{title}}（副本）',
  fileName: '方案库',
  kinds: {
    company: '公司介绍',
    architecture: '系统架构',
    method: '实施方法',
    service: '服务承诺',
    case: '典型客户',
    other: '其他',
  },
};

export const libraryErrorsZhCN = {
  library: {
    corrupt: '资料“{{title}}”的内容已损坏，无法打开。请从备份恢复。',
    sectionNotFound: '找不到资料 #{{id}}',
    solutionNotFound: '找不到解决方案 #{{id}}',
    code: '方案编码应为大写字母、数字和短横线，最多 30 位（例如 SOL-DIST）',
    codeTaken: '方案编码 {{code}} 已存在',
    fileNotJson: '方案库文件不是有效的 JSON：{{detail}}',
    fileInvalid: '方案库文件有 {{count}} 处错误，没有导入任何内容。',
  },
  demoScripts: {
    notFound: '找不到演示脚本 #{{id}}',
    corrupt: '演示脚本“{{title}}”的数据已损坏，无法打开。请从备份恢复。',
    minutes: '时长应为 0–600 分钟的整数',
    noModules: '请至少选择一个演示模块',
    noRoles: '请至少选择一类参加人员',
    total: '总时长应在 10–600 分钟之间',
  },
  proposals: {
    notFound: '找不到方案书 #{{id}}',
    corrupt: '方案书“{{title}}”的数据已损坏（字段 {{field}}），无法打开。请从备份恢复。',
    number: '请输入数字（不小于 0）',
    date: '日期格式应为 YYYY-MM-DD',
    noSections: '方案书至少需要一个章节',
    noRequirements: '这份方案书没有需求响应章节，无法导出偏离表。',
    mergeField: {
      unknown: '“{{where}}”中的合并字段 {{field}} 不存在，请改正后再导出。',
      empty: '“{{where}}”中的合并字段 {{field}} 没有值（例如客户或报价未填写），请补全后再导出。',
    },
  },
};
