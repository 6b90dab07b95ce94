/**
 * Reads one part of an .xlsx package (a zip) as text, for tests that check what a writer put
 * in the XML: data validations, frozen panes, sheet states.
 */
import * as XLSX from 'xlsx';

interface PackageEntry {
  readonly content: Uint8Array | number[];
}
interface PackageContainer {
  readonly FullPaths: readonly string[];
  readonly FileIndex: readonly PackageEntry[];
}
/** SheetJS's bundled CFB library, which also reads zip packages; SheetJS types it as `any`. */
interface PackageReader {
  read(data: Uint8Array, options: { readonly type: 'array' }): PackageContainer;
}
const packages = XLSX.CFB as PackageReader;

export function xlsxPackageEntry(bytes: Uint8Array, path: string): string {
  const container = packages.read(bytes, { type: 'array' });
  const index = container.FullPaths.findIndex((fullPath) => fullPath.endsWith(`/${path}`));
  const entry = container.FileIndex[index];
  if (entry === undefined) throw new Error(`no ${path} in the package`);
  return new TextDecoder().decode(Uint8Array.from(entry.content));
}
