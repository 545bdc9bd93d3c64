import type { APIRoute } from 'astro';
import { SECURITY_TXT, SITE_URL } from '../../consts.ts';
import { formatSecurityTxt } from '../../lib/security-txt.ts';

/** RFC 9116 security.txt, from SECURITY_TXT in src/consts.ts; the build fails when it is about to expire. */
export const GET: APIRoute = () =>
  new Response(
    formatSecurityTxt(
      { ...SECURITY_TXT, canonical: new URL('/.well-known/security.txt', SITE_URL).href },
      new Date(),
    ),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
