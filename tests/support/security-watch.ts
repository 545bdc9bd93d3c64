/** A test whose page is watched for what the site promises never to do; checked after every journey. */
import { expect, test as base } from '@playwright/test';

/** What the page did that the site's security and privacy promises forbid, gathered while the test runs. */
export interface Watch {
  /** `securitypolicyviolation` events and console errors about the CSP or Permissions-Policy. */
  violations: string[];
  /** Requests to any origin but the site's own. */
  foreignRequests: string[];
  /** Dialogs (alert, confirm, prompt): a hostile query that ran would open one. */
  dialogs: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

/** Names of the storage keys the site may set: only the theme choice. */
const ALLOWED_STORAGE = /theme/i;

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, context, baseURL }, use) => {
      const watch: Watch = { violations: [], foreignRequests: [], dialogs: [], pageErrors: [] };
      const origin = new URL(baseURL ?? 'http://localhost').origin;

      await page.exposeFunction('__reportViolation', (violation: string) => watch.violations.push(violation));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportViolation: (text: string) => void })
            .__reportViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} on ${location.pathname}`,
          );
        });
      });
      page.on('console', (message) => {
        if (
          /Content.Security.Policy|Refused to|Permissions.Policy|web worker encountered an error/i.test(
            message.text(),
          )
        ) {
          watch.violations.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== origin) watch.foreignRequests.push(request.url());
      });
      page.on('dialog', (dialog) => {
        watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => watch.pageErrors.push(error.message));

      await use(watch);

      expect(watch.violations, 'CSP or Permissions-Policy violations').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      expect(watch.dialogs, 'dialogs opened').toEqual([]);
      expect(watch.pageErrors, 'uncaught errors').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      if (!page.isClosed() && new URL(page.url()).origin === origin) {
        const stored = await page.evaluate(async () => ({
          local: Object.keys(localStorage),
          session: Object.keys(sessionStorage),
          databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
          caches: await caches.keys(),
        }));
        expect(
          stored.local.filter((key) => !ALLOWED_STORAGE.test(key)),
          'localStorage beyond the theme',
        ).toEqual([]);
        expect(stored.session, 'sessionStorage').toEqual([]);
        expect(stored.databases, 'IndexedDB').toEqual([]);
        expect(stored.caches, 'Cache Storage').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
