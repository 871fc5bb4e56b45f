/**
 * Regenerates the README screenshots (docs/screenshots/*.png) from the built extension:
 * a highlighted article, the hover card on an altered quote, and the popup's list.
 *   npm run build && npx tsx tests/e2e/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, startServer, waitForCard, waitForScan } from './harness';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

/** Viewport coordinates of the middle of the first occurrence of `words` in the page text. */
async function pointAt(page: Page, words: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(r.width / 2, 60), y: r.top + r.height / 2 };
    }
    return null;
  }, words);
  if (!point) throw new Error(`"${words}" not on the page`);
  return point;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const session = await launchExtension();
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(server.url('e2e/article.html'));
    await waitForScan(page, 5);
    await page.evaluate(() => scrollTo(0, 150));
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, 'highlighted-article.png') });

    // Bring the altered quote near the top so the whole card fits below it.
    await page.evaluate(() => scrollTo(0, 330));
    await page.waitForTimeout(200);
    await page.mouse.move(...Object.values(await pointAt(page, 'NATO Foreign Ministers will meet')) as [number, number]);
    await waitForCard(page);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUT, 'hover-card.png') });
    await page.mouse.move(2, 2);

    const popup = await session.openPopup(page);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForSelector('#quote-list li');
    await popup.locator('#quote-list li details').first().evaluate((d) => ((d as HTMLDetailsElement).open = false));
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
