import { defineMessages } from '../i18n/define-messages';

export const demoMessages = defineMessages(
  {
    loading: '正在载入示例数据…',
    loadingDetail:
      '首次启动：正在生成并写入约 {{parks}} 个园区、{{enterprises}} 家虚构企业及其 2023–2024 年月度报表。所有示例记录都标为“示例”，可一键清除。',
    percent: '{{percent}}%',
    phaseGenerating: '正在生成示例数据',
    phaseWriting: '正在写入台账',
    failed: '示例数据未能载入，台账保持原样：{{message}}',
    dismiss: '知道了',
    offer:
      '台账还是空的。可以先载入示例数据熟悉各项功能：约 {{parks}} 个园区、{{enterprises}} 家虚构企业，全部标为“示例”，随时可一键清除。',
    offerLoad: '载入示例数据',
    offerDecline: '不用了',
  },
  {
    loading: 'Loading the demo data…',
    loadingDetail:
      'First start: generating and storing some {{parks}} parks, {{enterprises}} fictional enterprises and their monthly reports for 2023–2024. Every demo record is marked “Demo” and can be cleared in one step.',
    percent: '{{percent}}%',
    phaseGenerating: 'Generating the demo data',
    phaseWriting: 'Writing to the registry',
    failed: 'The demo data could not be loaded; the registry is unchanged: {{message}}',
    dismiss: 'OK',
    offer:
      'The registry is empty. You can load the demo data to explore every screen: some {{parks}} parks and {{enterprises}} fictional enterprises, all marked “Demo” and removable in one step.',
    offerLoad: 'Load the demo data',
    offerDecline: 'No, thanks',
  },
);
