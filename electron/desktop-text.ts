/**
 * Every word the main process shows (menu, window title, dialogs), per UI language. Chinese is
 * the source; official and menu terms keep the wording Chinese desktop software uses.
 */
import type { DesktopLanguage } from '../shared/desktop/desktop-api';
import { productNames } from '../shared/desktop/window-title';

export interface DesktopText {
  productName: string;
  menu: {
    file: string;
    import: string;
    export: string;
    backup: string;
    restore: string;
    openBackupFolder: string;
    recent: string;
    noRecent: string;
    clearRecent: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    view: string;
    reload: string;
    resetZoom: string;
    zoomIn: string;
    zoomOut: string;
    fullScreen: string;
    help: string;
    about: string;
    guide: string;
  };
  about: (version: string) => { message: string; detail: string };
  guide: { message: string; detail: string };
  ok: string;
  chooseBackupFolder: string;
  pdfFilter: string;
}

const zhCN: DesktopText = {
  productName: productNames['zh-CN'],
  menu: {
    file: '文件',
    import: '导入…',
    export: '导出…',
    backup: '备份…',
    restore: '从备份恢复…',
    openBackupFolder: '打开备份文件夹',
    recent: '最近打开',
    noRecent: '（无）',
    clearRecent: '清除最近打开',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新载入',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    help: '帮助',
    about: '关于',
    guide: '使用说明',
  },
  about: (version) => ({
    message: `园区台账 ${version}`,
    detail: '朝阳区文化产业园区台账：园区、入驻企业、营收填报与百亿园区培育。数据只保存在本机。',
  }),
  guide: {
    message: '使用说明',
    detail: [
      '1. 文件 → 导入…：选择区里发来的工作簿（.xlsx / .xls / .csv），也可以直接拖到窗口上。',
      '2. 在“园区”“企业”“营收填报”中查看和录入；编辑 → 撤销 / 重做 可回退每一批修改。',
      '3. 文件 → 导出…：生成交换表发回区文促中心。',
      '4. 每天自动备份到备份文件夹；文件 → 从备份恢复… 可回到任一备份，恢复本身也可撤销。',
    ].join('\n'),
  },
  ok: '确定',
  chooseBackupFolder: '选择备份文件夹（可以是另一块磁盘或网络共享）',
  pdfFilter: 'PDF 文档',
};

const en: DesktopText = {
  productName: productNames.en,
  menu: {
    file: 'File',
    import: 'Import…',
    export: 'Export…',
    backup: 'Back Up…',
    restore: 'Restore from Backup…',
    openBackupFolder: 'Open Backup Folder',
    recent: 'Open Recent',
    noRecent: '(none)',
    clearRecent: 'Clear Recent',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    help: 'Help',
    about: 'About',
    guide: 'User Guide',
  },
  about: (version) => ({
    message: `Park Ledger ${version}`,
    detail:
      "Registry of Chaoyang's culture-industry parks: parks, tenants, revenue reports and 百亿园区 cultivation. Data stays on this computer.",
  }),
  guide: {
    message: 'User guide',
    detail: [
      '1. File → Import…: pick the workbook from the district office (.xlsx / .xls / .csv), or drop it on the window.',
      '2. View and enter records under Parks, Enterprises and Revenue entry; Edit → Undo / Redo steps back through each batch of changes.',
      '3. File → Export…: writes the exchange workbook to send back to the office.',
      '4. A backup is written to the backup folder every day; File → Restore from Backup… returns to any of them, and the restore itself can be undone.',
    ].join('\n'),
  },
  ok: 'OK',
  chooseBackupFolder: 'Choose the backup folder (another disk or a network share is fine)',
  pdfFilter: 'PDF document',
};

export const desktopText: Readonly<Record<DesktopLanguage, DesktopText>> = { 'zh-CN': zhCN, en };
