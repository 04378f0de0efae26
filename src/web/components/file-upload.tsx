import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/language-provider.tsx';
import { describeError } from './error-alert.tsx';

/** Where one evidence upload stands. */
export type UploadState =
  | { step: 'idle' }
  | { step: 'uploading'; fileName: string; fraction: number }
  | { step: 'done'; fileName: string }
  | { step: 'failed'; message: string };

/**
 * One file upload with progress: refuses a file over `maxBytes` before sending it, reports the
 * fraction sent, refreshes what lists the files once it is stored, and aborts when the page goes
 * away so a late answer never updates an unmounted form.
 */
export function useFileUpload({
  maxBytes,
  tooLargeMessage,
  send,
  onUploaded,
}: {
  maxBytes: number;
  tooLargeMessage: string;
  send: (
    file: File,
    options: { signal: AbortSignal; onProgress: (fraction: number) => void },
  ) => Promise<unknown>;
  onUploaded: () => Promise<unknown>;
}): { state: UploadState; upload: (file: File | null) => Promise<void> } {
  const shell = useT();
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => () => abortRef.current?.abort(), []);

  const upload = async (file: File | null) => {
    if (!file) return;
    if (file.size > maxBytes) {
      setState({ step: 'failed', message: tooLargeMessage });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ step: 'uploading', fileName: file.name, fraction: 0 });
    try {
      await send(file, {
        signal: controller.signal,
        onProgress: (fraction) => setState({ step: 'uploading', fileName: file.name, fraction }),
      });
      setState({ step: 'done', fileName: file.name });
      await onUploaded();
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ step: 'failed', message: describeError(error, shell) });
    }
  };
  return { state, upload };
}

/** How far an upload has gone, as a whole percentage (0 when none is running). */
export function uploadPercent(state: UploadState): number {
  return state.step === 'uploading' ? Math.round(state.fraction * 100) : 0;
}

/**
 * What an upload shows below its button: the progress while it runs, then that it is stored or
 * why it was not. Without `progressLabel` the bar is left to the status text for screen readers.
 */
export function UploadFeedback({
  state,
  progressText,
  progressLabel,
  doneText,
}: {
  state: UploadState;
  progressText: (fileName: string, percent: number) => string;
  progressLabel?: string;
  doneText: (fileName: string) => string;
}) {
  const percent = uploadPercent(state);
  return (
    <>
      {state.step === 'uploading' ? (
        <Stack gap={4}>
          <Text size="sm" role="status">
            {progressText(state.fileName, percent)}
          </Text>
          <Progress
            value={percent}
            animated={percent >= 100}
            aria-label={progressLabel}
            aria-hidden={progressLabel ? undefined : true}
          />
        </Stack>
      ) : null}
      {state.step === 'done' ? (
        <Alert color="green" variant="light" role="status">
          {doneText(state.fileName)}
        </Alert>
      ) : null}
      {state.step === 'failed' ? (
        <Alert color="red" variant="light" role="alert">
          {state.message}
        </Alert>
      ) : null}
    </>
  );
}
