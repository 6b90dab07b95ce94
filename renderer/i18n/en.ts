import type { Widen } from './define-messages';
import type { zhCN } from './zh-CN';

export const en: Widen<typeof zhCN> = {
  app: {
    name: 'Park Ledger',
    subtitle: 'Chaoyang culture-industry parks',
    languageLabel: 'Language',
    skipToContent: 'Skip to content',
    loadingSection: 'Opening…',
    backupFailed:
      'A backup could not be written to disk: {{message}}. Your data is still in the registry; check the backup folder in Settings.',
    dismiss: 'OK',
    myParksScope: 'My parks: {{names}}',
    myParksScopeMany: 'My parks: {{names}} and {{count}} in all',
  },
  nav: {
    label: 'Sections',
    dashboard: 'Overview',
    parks: 'Parks',
    enterprises: 'Enterprises',
    revenueEntry: 'Revenue entry',
    cultivation: '10-billion parks',
    exchange: 'Data exchange',
    history: 'Change history',
    settings: 'Settings',
  },
  section: {
    notYet: 'Not available yet',
    dashboard: {
      title: 'Overview',
      lead: "The district's published indicators for a period and scope (district / street / park / experimental zone): above-scale firms, year-to-date revenue and YoY, core and related domains, digital-culture share, tax, staff, events and financing.",
      empty: 'The registry has no enterprises or revenue yet, so there is nothing to compute.',
      action:
        'Import the workbook the district office sent under "Data exchange", or add enterprises one by one under "Enterprises".',
    },
    parks: {
      title: 'Parks',
      lead: 'Every culture-industry park in the district: tenants, above-scale firms, year-to-date revenue, occupancy, the "double 70%" certification check and the cultivation tier.',
      empty: 'No parks yet.',
      action: 'Import a park list workbook under "Data exchange" to fill this page.',
    },
    enterprises: {
      title: 'Enterprises',
      lead: 'The tenant registry: unified social credit code, industry class, above-scale status, move-in and move-out history; searchable by name, credit code or pinyin initials.',
      empty: 'No enterprises yet.',
      action:
        'Add an enterprise (the credit code is checked as you type) or import many under "Data exchange".',
    },
    revenueEntry: {
      title: 'Revenue entry',
      lead: "For a park and a period, type the tenants' year-to-date revenue quickly in a sheet, with anomaly checks as you go (falling cumulative figure, odd YoY, unit slips).",
      empty: 'Revenue entry needs parks and tenants first.',
      action:
        'Build the registry under "Parks" and "Enterprises", then come back to enter figures.',
    },
    cultivation: {
      title: '10-billion parks',
      lead: 'Progress of the parks in cultivation toward 10 billion yuan (100亿元) of annual revenue: share reached, growth needed and achieved, milestones and a forecast.',
      empty: 'No cultivation plans yet.',
      action: 'Once parks have revenue figures, set up a plan for each park in cultivation here.',
    },
    exchange: {
      title: 'Data exchange',
      lead: 'Exchange Excel workbooks with the district office: import .xlsx / .xls / .csv / .ods, export the exchange workbook, and re-import edited workbooks cell by cell.',
    },
    history: {
      title: 'Change history',
      lead: 'Every manual edit, import and restore is recorded here: what changed, from which value to which, from which file and row, and it can be undone.',
      empty: 'No changes yet.',
      action: 'Once you enter or import data, each batch of changes appears here.',
    },
    settings: {
      title: 'Settings',
      lead: 'Language, the parks you manage, storage and backups.',
      language: 'Interface language',
      environment: 'Running as',
      environmentDesktop: 'Desktop app {{version}} ({{platform}})',
      environmentBrowser: 'Browser version ({{platform}})',
      browserLimits:
        'In the browser your data is kept in this browser; native menus, automatic backups to a folder on disk and file associations come with the desktop app only.',
      desktopLimits:
        'Desktop app: data is kept on this computer; native menus and disk backups are available.',
    },
  },
  units: {
    bytes: '{{value}} bytes',
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
  },
};
