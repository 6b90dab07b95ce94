/** The shell's texts in the source language; features keep theirs in their own messages.ts. */
export const zhCN = {
  app: {
    name: '园区台账',
    subtitle: '朝阳区文化产业园区',
    languageLabel: '语言',
    skipToContent: '跳到正文',
    loadingSection: '正在打开…',
    backupFailed: '备份未能写入磁盘：{{message}}。数据仍在台账中；请在“设置”中检查备份文件夹。',
    dismiss: '知道了',
    myParksScope: '我的园区：{{names}}',
    myParksScopeMany: '我的园区：{{names}} 等 {{count}} 个',
  },
  nav: {
    label: '功能导航',
    dashboard: '总览',
    parks: '园区',
    enterprises: '企业',
    revenueEntry: '营收填报',
    cultivation: '百亿园区培育',
    exchange: '数据交换',
    history: '变更记录',
    settings: '设置',
  },
  section: {
    notYet: '尚未启用',
    dashboard: {
      title: '总览',
      lead: '按期间和范围（全区 / 街道 / 园区 / 实验区）查看区里发布的各项指标：规上企业数、1–N月营业收入及同比、核心领域与相关领域、数字文化占比、纳税、从业人员、活动与融资。',
      empty: '台账里还没有企业和营收数据，指标无从计算。',
      action: '先到“数据交换”导入区里发来的工作簿，或在“企业”中逐户录入。',
    },
    parks: {
      title: '园区',
      lead: '全区文化产业园区名录：入驻企业、规上企业数、1–N月营收、出租率、“双70%”认定条件和百亿培育梯队。',
      empty: '还没有园区。',
      action: '到“数据交换”导入园区名录工作簿即可填充此处。',
    },
    enterprises: {
      title: '企业',
      lead: '入驻企业台账：统一社会信用代码、行业中类、规上状态、入驻与迁出记录，可按名称、信用代码或拼音首字母检索。',
      empty: '还没有企业。',
      action: '新增企业（逐户录入，信用代码随输随验）或到“数据交换”批量导入。',
    },
    revenueEntry: {
      title: '营收填报',
      lead: '按园区和期间，像表格一样快速录入入驻企业 1–N月累计营业收入，随录随查异常（累计额下降、同比异常、单位错位）。',
      empty: '填报需要先有园区和入驻企业。',
      action: '先在“园区”和“企业”中建立台账，再回到这里按期填报。',
    },
    cultivation: {
      title: '百亿园区培育',
      lead: '重点培育园区距 100亿元 年营收目标的进度：已完成比例、达标所需年均增速与实际增速、里程碑和预测曲线。',
      empty: '还没有培育计划。',
      action: '有了园区和营收数据后，在此为重点培育园区制定计划。',
    },
    exchange: {
      title: '数据交换',
      lead: '与区文促中心之间用 Excel 工作簿往来：导入 .xlsx / .xls / .csv / .ods，导出交换表，回收修改后的工作簿并逐格比对。',
    },
    history: {
      title: '变更记录',
      lead: '每一次手工修改、导入和恢复都记录在此：改了什么、从何值改为何值、来自哪个文件哪一行，并可撤销。',
      empty: '还没有任何变更。',
      action: '录入或导入数据后，每一批修改都会出现在这里。',
    },
    settings: {
      title: '设置',
      lead: '语言、我管理的园区、存储与备份。',
      language: '界面语言',
      environment: '运行环境',
      environmentDesktop: '桌面版 {{version}}（{{platform}}）',
      environmentBrowser: '浏览器版（{{platform}}）',
      browserLimits:
        '浏览器版的数据保存在本浏览器中；原生菜单、自动备份到磁盘文件夹和文件关联仅桌面版提供。',
      desktopLimits: '桌面版：数据保存在本机，原生菜单与磁盘备份可用。',
    },
  },
  units: {
    bytes: '{{value}} 字节',
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
  },
} as const;
