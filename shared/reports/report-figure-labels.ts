/** The names the 报表 forms give each figure; history and forms show these exact words. */
import type { LocalizedText } from '../text/localized-text';
import type { ReportFigureField } from './revenue-report';

export const reportFigureLabels: Readonly<Record<ReportFigureField, LocalizedText>> = {
  revenueYuan: { zh: '营业收入', en: 'Revenue' },
  priorYearRevenueYuan: { zh: '上年同期营业收入', en: 'Revenue, same period last year' },
  yoyGrowthReportedPercent: { zh: '同比增速', en: 'Year-on-year growth' },
  profitYuan: { zh: '利润总额', en: 'Total profit' },
  taxYuan: { zh: '纳税总额', en: 'Total tax paid' },
  employeesAtPeriodEnd: { zh: '期末从业人员', en: 'Employees at period end' },
};
