import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TReport } from '../../../shared/schemas/reports.ts';
import { reportKeys, saveNarrative } from '../../api/reports.ts';

/** Quiet time after the last keystroke before the text is saved on its own. */
export const AUTOSAVE_DELAY_MS = 2500;

/** Where saving stands: nothing to save, waiting or saving, saved at a time, or failed. */
export type SaveStatus =
  | { step: 'idle' }
  | { step: 'pending' }
  | { step: 'saving' }
  | { step: 'saved'; at: Date }
  | { step: 'failed'; error: unknown };

/** A request to insert HTML at the end of one section's editor ("Chèn vào báo cáo"). */
export interface InsertRequest {
  sectionKey: string;
  html: string;
  /** Changes with every request, so inserting the same text twice inserts it twice. */
  id: number;
}

/** The sections changed since the last save: a key per section whose text differs. */
export function changedSections(
  drafts: Record<string, string>,
  saved: Record<string, string>,
): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const [key, html] of Object.entries(drafts)) {
    if (html !== (saved[key] ?? '')) changed[key] = html;
  }
  return changed;
}

/**
 * The narrative being written: one HTML string per section, saved on its own a moment after
 * typing stops, on "Lưu", before submitting or downloading, and when the page closes.
 */
export function useNarrativeDraft(report: TReport) {
  const queryClient = useQueryClient();
  // The page remounts this per report version, so the server's text is read once, at the start.
  const [initial] = useState<Record<string, string>>(() =>
    Object.fromEntries(report.form.sections.map((s) => [s.key, report.narrative[s.key] ?? ''])),
  );
  const [drafts, setDrafts] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ step: 'idle' });
  const [insertRequest, setInsertRequest] = useState<InsertRequest | null>(null);
  const savedRef = useRef<Record<string, string>>(initial);
  // Saves run after renders (timers, unmount): they read the latest text through this ref.
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  // One save at a time, in order: a second save waits for the first, then sends what is left.
  const chainRef = useRef<Promise<void>>(Promise.resolve());

  const isDirty = Object.keys(changedSections(drafts, savedRef.current)).length > 0;

  const flush = useCallback((): Promise<void> => {
    const run = chainRef.current.then(async () => {
      const changed = changedSections(draftsRef.current, savedRef.current);
      if (Object.keys(changed).length === 0) return;
      setStatus({ step: 'saving' });
      try {
        await saveNarrative(report.id, changed);
      } catch (error) {
        setStatus({ step: 'failed', error });
        throw error;
      }
      savedRef.current = { ...savedRef.current, ...changed };
      // Later visits to the page start from what was saved, without asking the server again.
      queryClient.setQueryData<TReport>(reportKeys.detail(report.id), (old) =>
        old ? { ...old, narrative: { ...old.narrative, ...changed } } : old,
      );
      const stillChanged = Object.keys(changedSections(draftsRef.current, savedRef.current)).length > 0;
      setStatus(stillChanged ? { step: 'pending' } : { step: 'saved', at: new Date() });
    });
    // A failed save must not block the next attempt.
    chainRef.current = run.catch(() => undefined);
    return run;
  }, [queryClient, report.id]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: every change of the text restarts the quiet time
  useEffect(() => {
    if (!isDirty) return;
    setStatus((current) =>
      current.step === 'saving' || current.step === 'pending' ? current : { step: 'pending' },
    );
    const timer = window.setTimeout(() => {
      flush().catch(() => undefined);
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [drafts, isDirty, flush]);

  // Closing the tab would lose what autosave has not sent yet: the browser asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  // Following a link inside the app unmounts the page: what is left is sent on the way out.
  useEffect(() => () => void flush().catch(() => undefined), [flush]);

  const setSection = useCallback((key: string, html: string) => {
    setDrafts((current) => (current[key] === html ? current : { ...current, [key]: html }));
  }, []);

  const insert = useCallback((sectionKey: string, html: string) => {
    setInsertRequest((current) => ({ sectionKey, html, id: (current?.id ?? 0) + 1 }));
  }, []);

  return { drafts, setSection, isDirty, status, flush, insertRequest, insert };
}

/** The draft of a report's narrative, as useNarrativeDraft answers it. */
export type NarrativeDraft = ReturnType<typeof useNarrativeDraft>;
