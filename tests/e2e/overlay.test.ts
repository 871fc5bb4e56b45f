import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodySnapshot, highlightsOf, launchExtension, setSettings, startServer, waitForScan, type ExtensionSession, type StaticServer } from './harness';

/**
 * The "outline" highlight style draws boxes in our own overlay layer (the same code path as
 * browsers without the CSS Custom Highlight API). It must draw every quote and still leave the
 * page's DOM untouched.
 */
describe('overlay highlighter (outline style / no Highlight API)', () => {
  let session: ExtensionSession;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
    await setSettings(session, { highlightStyle: 'outline' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('draws outline boxes over the quotes, outside the page DOM, and no Highlight API ranges', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('e2e/article.html'));
    const pristine = await bodySnapshot(page);
    await waitForScan(page, 5);
    await page.waitForFunction(() => (document.querySelector('verbatim-layer')?.shadowRoot?.querySelectorAll('.vb-box').length ?? 0) >= 5);
    const boxes = await page.evaluate(() =>
      [...(document.querySelector('verbatim-layer')?.shadowRoot?.querySelectorAll<HTMLElement>('.vb-box') ?? [])].map((b) => ({
        verdict: [...b.classList].find((c) => c !== 'vb-box'),
        style: getComputedStyle(b).borderTopStyle,
        width: b.offsetWidth,
      })),
    );
    expect(boxes.every((b) => b.width > 0)).toBe(true);
    // the per-verdict line style survives in the outline: solid (verbatim) and dotted (not in corpus)
    expect(boxes.some((b) => b.verdict === 'vb-verbatim' && b.style === 'solid')).toBe(true);
    expect(boxes.some((b) => b.verdict === 'vb-not-found' && b.style === 'dotted')).toBe(true);
    expect(Object.values(await highlightsOf(page)).flat()).toEqual([]);
    expect(await bodySnapshot(page)).toBe(pristine);
    expect(await page.evaluate(() => document.querySelector('verbatim-layer')?.parentElement === document.documentElement)).toBe(true);
  });
});
