/**
 * The language a grid is made in, and the state to make it again in after a language switch.
 * ag-grid takes its own texts only when it is made, so both grid wrappers make their grid again
 * when the language changes, in the state the user left it (sort, filters, columns, selection,
 * scroll). An edit still open, or stopped by the click on the language switch, reaches its
 * handler only on a later task (ag-grid's events are asynchronous): the old grid lives until
 * then, and its state is taken after it.
 */
import type { GridApi, GridState } from 'ag-grid-community';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export interface GridLanguage {
  readonly language: string;
  /** The state to make the grid in: none for the first grid. */
  readonly state: GridState | undefined;
}

export function useGridLanguage<Row>(api: RefObject<GridApi<Row> | null>): GridLanguage {
  const { i18n } = useTranslation();
  const [made, setMade] = useState<GridLanguage>(() => ({
    language: i18n.language,
    state: undefined,
  }));
  useEffect(() => {
    const remake = (language: string) => {
      api.current?.stopEditing();
      window.setTimeout(() => {
        setMade({ language, state: api.current?.getState() });
      }, 0);
    };
    i18n.on('languageChanged', remake);
    return () => {
      i18n.off('languageChanged', remake);
    };
  }, [i18n, api]);
  return made;
}
