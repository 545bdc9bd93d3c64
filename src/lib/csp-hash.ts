/** The hash source a Content-Security-Policy allows inline code by. */
import { createHash } from 'node:crypto';

/** `sha256-…` of `body` (a script's or style's exact text), as browsers compute it for the CSP. */
export function sha256Source(body: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(body).digest('base64')}`;
}
