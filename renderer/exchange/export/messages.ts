import { defineMessages } from '../../i18n/define-messages';

export const exchangeExportMessages = defineMessages(
  {
    title: '导出',
    lead: '导出的工作簿可在 Excel、WPS 或 LibreOffice 中打开和修改；交换表发回后在本页导入，会逐格标出对方修改、本地修改和冲突。',
    loading: '正在读取台账…',
    empty: '台账中还没有园区：先在上方导入工作簿，或在“设置”中加载示例数据，再来导出。',
    period: '统计期',
    noPeriod: '（无营收报表）',
    park: '园区',
    registry: {
      action: '导出全部台账',
      detail: '园区台账交换表：全部园区、企业、入驻、所选统计期的营收、培育计划、活动和融资。',
    },
    parkReport: {
      action: '导出本园区报表',
      detail: '报送区里的园区报表：所选园区及其入驻企业的全部记录，格式同交换表。',
    },
    indicators: {
      action: '导出区级主要指标',
      detail:
        '按发布表格式：企业数、营业收入及同比、核心/相关领域、九个大类、数字文化、出租率、活动和融资，注明单位和口径。',
    },
    revenueForm: {
      action: '导出营收填报表',
      detail: '发给入驻企业填写：所选园区每家入驻企业一行，已填的数据带出，填好后发回导入。',
    },
    template: {
      action: '填入区里的模板…',
      detail:
        '选择区里下发的 .xlsx 模板：按其表头把所选园区入驻企业该期的营收填进去，保留标题、格式、合并单元格和其他工作表，另存为新文件。',
      unfilled: '已保存 {{path}}；模板中这些列没有对应的数据，请手工填写：{{headers}}',
      failed: '无法填入模板：{{message}}',
    },
    needsPeriod: '请先选择统计期。',
    working: '正在生成“{{name}}”…',
    saved: '已导出 {{path}}（{{records}} 条记录）',
    savedIndicators: '已导出 {{path}}',
    cancelled: '已取消导出。',
    failed: '导出失败：{{message}}。请重试；如仍失败，可先缩小范围（导出单个园区）。',
  },
  {
    title: 'Export',
    lead: 'Exported workbooks open and can be edited in Excel, WPS or LibreOffice; when an exchange workbook comes back, import it on this page and every cell is marked as changed there, changed here or in conflict.',
    loading: 'Reading the registry…',
    empty:
      'The registry has no parks yet: import a workbook above, or load the demo data in Settings, then export.',
    period: 'Period',
    noPeriod: '(no revenue reports)',
    park: 'Park',
    registry: {
      action: 'Export the whole registry',
      detail:
        'Exchange workbook: all parks, enterprises, tenancies, the chosen period’s revenue, cultivation plans, events and financing.',
    },
    parkReport: {
      action: "Export this park's report",
      detail:
        "The park report for the district office: the chosen park and its tenants' records, in the exchange format.",
    },
    indicators: {
      action: 'Export district indicators',
      detail:
        'In the published tables’ layout: counts, revenue and growth, core/related, the nine categories, digital culture, occupancy, events and financing, with units and basis.',
    },
    revenueForm: {
      action: 'Export a revenue form',
      detail:
        'For tenants to fill in: one row per tenant of the chosen park, with figures already reported; import it when it comes back.',
    },
    template: {
      action: "Fill the office's template…",
      detail:
        "Choose the .xlsx template the district sent: the chosen park's tenants' revenue for the period is written under its header, keeping its title, formatting, merged cells and other sheets, and saved as a new file.",
      unfilled:
        'Saved {{path}}; these template columns have no data here, fill them by hand: {{headers}}',
      failed: 'The template could not be filled: {{message}}',
    },
    needsPeriod: 'Choose a period first.',
    working: 'Creating “{{name}}”…',
    saved: 'Exported {{path}} ({{records}} records)',
    savedIndicators: 'Exported {{path}}',
    cancelled: 'Export cancelled.',
    failed:
      'Export failed: {{message}}. Try again; if it fails again, export a smaller scope (one park).',
  },
);
