/**
 * Drafts of a form kept in localStorage as they are typed, so nothing is lost to a reload, a
 * crash or a closed window: written shortly after the last keystroke and at once when the page
 * is hidden, removed when the form is saved or discarded.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { z } from 'zod';

const keyPrefix = 'park-ledger.draft.';
const writeDelayMs = 400;

export interface StoredDraft<T> {
  readonly values: T;
  /** ISO time the draft was last written. */
  readonly savedAt: string;
}

/** The draft stored under `form`, or null when there is none or it no longer fits the form. */
export function readDraft<T>(form: string, schema: z.ZodType<T>): StoredDraft<T> | null {
  try {
    const raw = localStorage.getItem(keyPrefix + form);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { values, savedAt } = parsed as { values?: unknown; savedAt?: unknown };
    const checked = schema.safeParse(values);
    return checked.success && typeof savedAt === 'string'
      ? { values: checked.data, savedAt }
      : null;
  } catch {
    return null;
  }
}

export function writeDraft(form: string, values: unknown, now: Date = new Date()): void {
  const draft: StoredDraft<unknown> = { values, savedAt: now.toISOString() };
  localStorage.setItem(keyPrefix + form, JSON.stringify(draft));
}

export function removeDraft(form: string): void {
  localStorage.removeItem(keyPrefix + form);
}

/**
 * Keeps `values` as the draft of `form` while `blank` is false (a blank form leaves no draft).
 * Returns `clear`, which drops the draft and any write still pending.
 */
export function useFormDraft(form: string, values: unknown, blank: boolean): () => void {
  const pending = useRef<{ timer: number; write: () => void } | null>(null);

  const flush = useCallback(() => {
    const current = pending.current;
    if (current === null) return;
    window.clearTimeout(current.timer);
    pending.current = null;
    current.write();
  }, []);

  useEffect(() => {
    const write = () => {
      if (blank) removeDraft(form);
      else writeDraft(form, values);
    };
    if (pending.current !== null) window.clearTimeout(pending.current.timer);
    pending.current = { timer: window.setTimeout(flush, writeDelayMs), write };
  }, [form, values, blank, flush]);

  useEffect(() => {
    const onHidden = () => flush();
    window.addEventListener('pagehide', onHidden);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', onHidden);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the form (another section) keeps what was typed.
      flush();
    };
  }, [flush]);

  return useCallback(() => {
    if (pending.current !== null) window.clearTimeout(pending.current.timer);
    pending.current = null;
    removeDraft(form);
  }, [form]);
}
