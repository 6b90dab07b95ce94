/**
 * Each feature keeps its own texts beside its code, Chinese first, and the compiler makes the
 * English carry exactly the same keys. renderer/i18n/resources.ts gathers them.
 */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export interface FeatureMessages<T> {
  readonly zhCN: T;
  readonly en: Widen<T>;
}

export function defineMessages<const T>(zhCN: T, en: Widen<T>): FeatureMessages<T> {
  return { zhCN, en };
}
