/** Path of the sign-in page. */
export const SIGN_IN_PATH = '/dang-nhap';
/** Path of the account page, where a new user changes the temporary password. */
export const ACCOUNT_PATH = '/tai-khoan';

/** The sign-in URL that returns to `target` afterwards (no `next` for the home page). */
export function signInPathFor(target: string): string {
  if (!target || target === '/') return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}

/**
 * Where to go after signing in: `next` only when it is a path on this site, so a crafted link
 * cannot send the user elsewhere.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`)) return '/';
  return next;
}
