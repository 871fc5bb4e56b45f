/**
 * Content script: finds quotes on the page, has the background match them, highlights them by
 * verdict and shows a card on hover. Keeps zod, fuse.js and the matcher out of this bundle:
 * it only extracts, sends text and draws (see guards.ts for how replies are checked).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenForTabMessages } from './channel';
import { Controller } from './controller';
import { isObject, isQuoteMatch } from './guards';
import type { TabRequestOf } from '@/services/messaging';
import { pageTextHandler } from '@/services/page-text';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Loaded at document_start so the script is parsed and the settings are asked for while the page
  // is still loading; the page is read at DOMContentLoaded (before images and ads load).
  runAt: 'document_start',
  main(ctx) {
    const controller = new Controller(ctx.signal);
    ctx.onInvalidated(() => controller.view.teardown());
    const stopListening = listenForTabMessages({
      scrollToQuote: {
        accept: (p): p is { key: string } => isObject(p) && typeof p.key === 'string',
        run: ({ key }) => ({ found: controller.view.scrollTo(key) }),
      },
      showCheckResult: {
        accept: (p): p is TabRequestOf<'showCheckResult'> =>
          isObject(p) && typeof p.text === 'string' && (p.match === null || isQuoteMatch(p.match)) &&
          (p.error === null || typeof p.error === 'string') && (p.claimed === null || typeof p.claimed === 'string'),
        run: ({ text, claimed, match, error }) => ({ shown: controller.view.showCheckResult(text, claimed, match, error) }),
      },
      setScanning: {
        accept: (p): p is { enabled: boolean } => isObject(p) && typeof p.enabled === 'boolean',
        run: async ({ enabled }) => {
          if (!enabled) await controller.switchOff('off');
          return { quotes: enabled ? await controller.enable() : 0 };
        },
      },
      recheck: {
        accept: (p): p is Record<string, never> => isObject(p),
        run: async () => ({ quotes: await controller.recheck() }),
      },
      pageText: pageTextHandler,
    });
    ctx.onInvalidated(stopListening);
    // Single-page apps change the address without a new document: that is a new page to the reader.
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.navigated());
    controller.start().catch((error: unknown) => {
      document.documentElement.dataset.verbatim = 'error';
      console.warn('Verbatim: page scan failed', error);
    });
  },
});
