import { ApiError } from './client.ts';

/**
 * Per-field messages from a 400 validation answer (`details.issues: [{ path: 'body/newPassword',
 * message }]`), keyed by the last path segment, so a form can show each next to its field.
 * With `fields`, only those the form displays are kept.
 */
export function fieldErrorsFrom(error: unknown, fields?: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return {};
  const issues = (error.details as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return {};
  const result: Record<string, string> = {};
  for (const issue of issues) {
    if (!issue || typeof issue !== 'object') continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const field = path.split(/[/.]/).filter(Boolean).pop();
    if (!field || field in result || (fields && !fields.includes(field))) continue;
    result[field] = message;
  }
  return result;
}
