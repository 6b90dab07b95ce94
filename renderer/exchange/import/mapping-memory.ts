/**
 * Column mappings the user confirmed, remembered per source layout (layoutSignature) in this
 * browser profile, so next month's workbook from the same sender is mapped the same way.
 */
import { z } from 'zod';
import type { ColumnMapping } from '../../../shared/exchange/mapping/column-mapping';
import { importEntities } from '../../../shared/exchange/mapping/import-entity';
import { importFieldIds } from '../../../shared/exchange/mapping/import-fields';

const storageKey = 'park-ledger.import-mappings';

const rememberedSchema = z.record(
  z.string(),
  z.object({
    entity: z.enum(importEntities).nullable(),
    columns: z.array(
      z.object({
        columnIndex: z.number().int().min(0),
        field: z.enum(importFieldIds).nullable(),
        // Units are checked again when the sheet is read with the mapping.
        unit: z.string().nullable(),
      }),
    ),
  }),
);

function storedJson(storage: Storage): unknown {
  try {
    return JSON.parse(storage.getItem(storageKey) ?? '{}');
  } catch {
    // A damaged entry only loses the remembered mappings; the import maps the columns afresh.
    return {};
  }
}

export function rememberedMappings(storage: Storage = localStorage): Record<string, ColumnMapping> {
  const parsed = rememberedSchema.safeParse(storedJson(storage));
  return parsed.success ? (parsed.data as Record<string, ColumnMapping>) : {};
}

export function rememberMapping(
  layoutSignature: string,
  mapping: ColumnMapping,
  storage: Storage = localStorage,
): void {
  const all = rememberedMappings(storage);
  all[layoutSignature] = mapping;
  storage.setItem(storageKey, JSON.stringify(all));
}
