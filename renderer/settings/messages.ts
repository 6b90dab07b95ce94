import { defineMessages } from '../i18n/define-messages';

export const settingsMessages = defineMessages(
  {
    storage: '存储',
    storageUse: '已用 {{usage}}，可用上限约 {{quota}}',
    storageUnknown: '浏览器没有提供存储用量。',
    persistence: {
      granted: '浏览器已承诺保留本台账的数据（不会在空间紧张时自动清除）。',
      denied: '浏览器尚未承诺保留数据：空间紧张时可能被清除。请定期导出备份。',
      unsupported: '这个浏览器不支持持久存储，请定期导出备份。',
    },
    demo: '示例数据',
    demoLoaded: '台账中有示例数据（标为“示例”）。清除后只保留您自己的数据。',
    demoAbsent: '台账中没有示例数据。',
    clearDemo: '清除全部示例数据',
    clearDemoConfirm:
      '将删除所有标为“示例”的园区、企业、报表和计划，您自己录入的数据不受影响。确定清除吗？',
    demoCleared: '示例数据已清除。',
    loadDemo: '重新载入示例数据',
    loadDemoDone: '示例数据已载入。',
    backups: '备份',
    backupsLead:
      '导出一个包含全部数据和变更记录的备份文件；恢复前会自动留存当前状态的快照，恢复本身也可撤销。',
    exportBackup: '导出备份文件…',
    exported: '已保存备份：{{name}}',
    restoreBackup: '从备份文件恢复…',
    restoreConfirm:
      '备份“{{name}}”：{{summary}}\n\n恢复将用备份内容替换当前台账（之前会自动留存快照，可撤销）。确定恢复吗？',
    restored: '已从备份恢复。可在“变更记录”中撤销这次恢复。',
    invalidBackup: '这个文件不能用于恢复：{{summary}}',
    snapshots: '自动快照（{{count}} 个）',
    snapshotsEmpty: '还没有自动快照：每次导入、恢复和升级前会自动留存一个。',
    restoreSnapshot: '恢复',
    snapshotConfirm: '恢复到 {{time}} 的快照“{{label}}”？当前状态会先留存为快照，恢复也可撤销。',
    working: '处理中…',
    failed: '操作未完成，台账保持原样：{{message}}',
    myParks: '我管理的园区',
    myParksLead: '选中的园区会在“园区”列表中优先筛出（勾选“只看我的园区”）。',
    myParksNone: '尚未选择。',
  },
  {
    storage: 'Storage',
    storageUse: '{{usage}} used of about {{quota}} available',
    storageUnknown: 'The browser does not report storage use.',
    persistence: {
      granted:
        'The browser has promised to keep this registry (it will not be evicted when space is short).',
      denied:
        'The browser has not promised to keep the data: it may be evicted when space is short. Export backups regularly.',
      unsupported: 'This browser has no persistent storage; export backups regularly.',
    },
    demo: 'Demo data',
    demoLoaded:
      'The registry holds demo data (marked “Demo”). Clearing it keeps only your own data.',
    demoAbsent: 'The registry holds no demo data.',
    clearDemo: 'Clear all demo data',
    clearDemoConfirm:
      'This deletes every park, enterprise, report and plan marked “Demo”; your own data is not touched. Clear it?',
    demoCleared: 'The demo data has been cleared.',
    loadDemo: 'Load the demo data again',
    loadDemoDone: 'The demo data has been loaded.',
    backups: 'Backups',
    backupsLead:
      'Export one file with all data and the change history. Before a restore a snapshot of the current state is kept, and the restore itself can be undone.',
    exportBackup: 'Export a backup file…',
    exported: 'Backup saved: {{name}}',
    restoreBackup: 'Restore from a backup file…',
    restoreConfirm:
      'Backup "{{name}}": {{summary}}\n\nRestoring replaces the registry with the backup (a snapshot is kept first, and it can be undone). Restore?',
    restored: 'Restored from the backup. You can undo this restore under "Change history".',
    invalidBackup: 'This file cannot be restored: {{summary}}',
    snapshots: 'Automatic snapshots ({{count}})',
    snapshotsEmpty: 'No snapshots yet: one is kept before every import, restore and upgrade.',
    restoreSnapshot: 'Restore',
    snapshotConfirm:
      'Restore the snapshot "{{label}}" of {{time}}? The current state is kept as a snapshot first, and the restore can be undone.',
    working: 'Working…',
    failed: 'Not done; the registry is unchanged: {{message}}',
    myParks: 'Parks I manage',
    myParksLead: 'The chosen parks can be filtered first in the Parks list ("Only my parks").',
    myParksNone: 'None chosen.',
  },
);
