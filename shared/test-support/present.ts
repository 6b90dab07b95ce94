/** The value a test expects to be there, or a failure naming what was missing. */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined)
    throw new Error(`Expected a ${what}, got ${String(value)}`);
  return value;
}
