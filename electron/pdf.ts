/**
 * Reports to PDF: Chromium prints the current window. Chinese text comes out embedded as long as
 * a CJK font is installed (fonts-noto-cjk on Linux; Windows has its own), because Chromium's PDF
 * output embeds the fonts it rendered with.
 */
import type { PrintToPDFOptions } from 'electron';

export const pdfPrintOptions = {
  pageSize: 'A4',
  printBackground: true,
  landscape: false,
  margins: { marginType: 'default' },
  // A print stylesheet may turn a wide sheet to landscape with @page; A4 portrait otherwise.
  preferCSSPageSize: true,
  // Headings become the PDF outline and the structure is tagged, for screen readers.
  generateDocumentOutline: true,
  generateTaggedPDF: true,
} as const satisfies PrintToPDFOptions;

/** The name to suggest in the save dialog, always ending in .pdf. */
export function pdfFileName(suggestedName: string): string {
  return suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`;
}
