import { CSRF_HEADER_NAME, errorFromBody, getCsrfToken, networkError } from './client.ts';

/** Options of one multipart upload. */
export interface UploadOptions {
  /** Name of the multipart field holding the file. */
  fieldName?: string;
  /** Text fields sent with the file (e.g. a document's classification). */
  fields?: Record<string, string>;
  /** Called with a fraction 0..1 as the browser sends the file. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Uploads one file as multipart/form-data with XMLHttpRequest, which (unlike fetch) reports
 * upload progress. Resolves with the parsed JSON answer or rejects with an ApiError.
 */
export function uploadFile<T>(path: string, file: File, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER_NAME, token);

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(1);
        resolve(body as T);
      } else {
        reject(errorFromBody(xhr.status, body));
      }
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
    form.append(options.fieldName ?? 'file', file, file.name);
    xhr.send(form);
  });
}
