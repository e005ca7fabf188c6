/** Price list importer errors (under err.prices); screen texts are in prices-ui.*.ts. */
export const pricesZhCN = {
  err: {
    vatRate: '税率只能是 13%、9%、6%、3% 或 0%',
    date: '不是有效日期，格式应为 YYYY-MM-DD',
    /** Why a file cannot be read at all (read-price-file); nothing is imported. */
    importFile: {
      notExcel:
        '“{{file}}”不是 Excel 或 CSV 文件，无法导入。请在 Excel 中打开它，另存为 .xlsx（Excel 工作簿）后再导入。',
      renamedText:
        '“{{file}}”其实是文本文件（CSV 或网页导出的表格），只是扩展名写成了 Excel。请在 Excel 中打开它并另存为 .xlsx，或把扩展名改为 .csv 后再导入。',
      encrypted:
        '“{{file}}”设置了打开密码，无法读取。请在 Excel 中打开它，在“文件 › 信息 › 保护工作簿”里删除密码，保存后再导入。',
      oldXls: '“{{file}}”是旧版 Excel 97–2003 格式（.xls），不能直接导入。请在 Excel 中打开它，另存为 .xlsx 后再导入。',
      damaged:
        '“{{file}}”已损坏或不完整（可能没有下载完或复制时中断）。请重新获取这个文件，或在 Excel 中打开后另存为 .xlsx 再导入。',
      empty: '“{{file}}”里没有任何数据。请确认选对了文件。',
      tooLarge:
        '“{{file}}”有 {{size}}，超过了 {{limit}} 的上限。请删掉无关的工作表和图片，或把价格表拆成几个文件分别导入。',
      tooManyRows: '“{{file}}”超过了 {{limit}} 行的上限。请把价格表拆成几个文件分别导入。',
      cancelled: '已取消读取“{{file}}”，没有导入任何内容。',
    },
    /** Per-cell problems in the import preview (analyze-rows). */
    importCell: {
      column: '{{letter}}（{{header}}）',
      missing: '缺少{{field}}',
      tooLong: '{{field}}不能超过 {{max}} 个字符（现有 {{length}} 个）',
      notNumber: '{{field}}“{{value}}”不是数字',
      negative: '{{field}}不能为负数（{{value}}）',
      tooManyDecimals: '{{field}}“{{value}}”超过两位小数',
      tooLarge: '{{field}}“{{value}}”太大',
      vatNotPercent: '税率“{{value}}”不是百分比，应写成 13% 或 0.13',
      vatUnknown: '税率 {{rate}} 不可用，只能是 13%、9%、6%、3% 或 0%',
      floorDiscount: '最低折扣“{{value}}”无法识别，可写 8折、85折、0.8 或 80%（可降到标价的几成）',
      floorDiscountRange: '最低折扣“{{value}}”超出了 0–100% 的范围',
      typeUnknown: '类型“{{value}}”无法识别，可填：模块、用户许可、实施服务、培训、维护、硬件、第三方',
      activeUnknown: '状态“{{value}}”无法识别，请填“是”或“否”',
      duplicate: '编码 {{code}} 与第 {{row}} 行重复',
    },
    /** Field names as they appear inside the messages above. */
    importField: {
      code: '编码',
      name: '名称',
      spec: '规格',
      type: '类型',
      unit: '单位',
      category: '类别',
      price: '单价',
      cost: '成本',
      vatRate: '税率',
      floorDiscount: '最低折扣',
      active: '状态',
      notes: '备注',
    },
    /** The downloadable error list (error-report). */
    importReport: {
      errors: '错误',
      sheet: '错误列表',
      row: '第 {{row}} 行：',
      separator: '；',
    },
  },
} as const;
