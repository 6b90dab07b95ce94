import { useTranslation } from 'react-i18next';
import {
  unitKindOfField,
  type ColumnMapping,
} from '../../../shared/exchange/mapping/column-mapping';
import {
  columnUnitLabels,
  unitKindOf,
  type ColumnUnit,
} from '../../../shared/exchange/mapping/column-unit';
import {
  importEntities,
  importEntityLabels,
  type ImportEntity,
} from '../../../shared/exchange/mapping/import-entity';
import {
  importFieldIds,
  importField,
  type ImportFieldId,
} from '../../../shared/exchange/mapping/import-fields';
import { languageOf } from '../../app/format-figure';
import type { SheetPreview } from './import-session';

interface Props {
  readonly sheet: SheetPreview;
  readonly onMapping: (mapping: ColumnMapping) => void;
}

const allUnits = Object.keys(columnUnitLabels) as ColumnUnit[];

function mappingOfSheet(sheet: SheetPreview): ColumnMapping {
  return {
    entity: sheet.entity,
    columns: sheet.columns.map(({ columnIndex, field, unit }) => ({ columnIndex, field, unit })),
  };
}

/** Which field and unit each column fills, and what the sheet holds; any of it can be changed. */
export function SheetMapping({ sheet, onMapping }: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const current = mappingOfSheet(sheet);

  const setColumn = (columnIndex: number, field: ImportFieldId | null, unit: ColumnUnit | null) => {
    onMapping({
      ...current,
      columns: current.columns.map((column) =>
        column.columnIndex === columnIndex ? { columnIndex, field, unit } : column,
      ),
    });
  };

  const defaultUnitOf = (field: ImportFieldId | null): ColumnUnit | null => {
    const kind = field === null ? null : unitKindOfField(field);
    if (kind === null) return null;
    return allUnits.find((unit) => unitKindOf(unit) === kind) ?? null;
  };

  return (
    <details className="import-mapping" open={sheet.entity === null}>
      <summary>{t('exchangeImport.mapping.title')}</summary>
      <label className="import-entity">
        {t('exchangeImport.entity')}
        <select
          value={sheet.entity ?? ''}
          onChange={(event) => {
            onMapping({ ...current, entity: (event.target.value || null) as ImportEntity | null });
          }}
        >
          <option value="">{t('exchangeImport.entityUnknown')}</option>
          {importEntities.map((entity) => (
            <option key={entity} value={entity}>
              {importEntityLabels[entity][language]}
            </option>
          ))}
        </select>
      </label>
      <table className="import-mapping-table">
        <thead>
          <tr>
            <th>{t('exchangeImport.mapping.column')}</th>
            <th>{t('exchangeImport.mapping.header')}</th>
            <th>{t('exchangeImport.mapping.field')}</th>
            <th>{t('exchangeImport.mapping.unit')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.columns.map((column) => {
            const kind = column.field === null ? null : unitKindOfField(column.field);
            return (
              <tr key={column.columnIndex}>
                <td>{column.letter}</td>
                <td>{column.header}</td>
                <td>
                  <select
                    aria-label={`${column.letter} ${column.header}`}
                    value={column.field ?? ''}
                    onChange={(event) => {
                      const field = (event.target.value || null) as ImportFieldId | null;
                      setColumn(column.columnIndex, field, defaultUnitOf(field));
                    }}
                  >
                    <option value="">{t('exchangeImport.mapping.none')}</option>
                    {importFieldIds.map((field) => (
                      <option key={field} value={field}>
                        {importField(field).label[language]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {kind !== null && (
                    <select
                      aria-label={`${column.letter} ${t('exchangeImport.mapping.unit')}`}
                      value={column.unit ?? ''}
                      onChange={(event) => {
                        setColumn(
                          column.columnIndex,
                          column.field,
                          event.target.value as ColumnUnit,
                        );
                      }}
                    >
                      {allUnits
                        .filter((unit) => unitKindOf(unit) === kind)
                        .map((unit) => (
                          <option key={unit} value={unit}>
                            {columnUnitLabels[unit][language]}
                          </option>
                        ))}
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="import-hint">{t('exchangeImport.mapping.remembered')}</p>
    </details>
  );
}
