/**
 * Shared real-browser harness: Debian Chromium (playwright-core) with the BUILT extension
 * (.output/chrome-mv3) loaded, a static server on 127.0.0.1 for the fixture pages, and a
 * recorder of every network request so tests can prove nothing leaves the machine.
 *
 * Used by every tests/e2e/*.test.ts and by bench/browser.ts. Run `npm run build` first.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const ROOT = resolve(import.meta.dirname, '../..');
/** The built extension; VERBATIM_EXTENSION_DIR points the tests at another build. */
export const EXTENSION_DIR = process.env.VERBATIM_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Folders served over http://127.0.0.1:<port>/<mount>/… */
const MOUNTS: Record<string, string> = {
  pages: join(ROOT, 'tests/fixtures/pages'),
  e2e: join(ROOT, 'tests/fixtures/e2e'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  /** Register an in-memory page (generated fixtures, e.g. the 20,000-word bench article). */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  const memory = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inMemory = memory.get(path) ?? samplePage(path);
    if (inMemory !== undefined) return send(res, 200, TYPES['.html']!, inMemory);
    const file = resolveFile(path);
    if (!file) return send(res, 404, 'text/plain', 'not found');
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    put: (path, html) => void memory.set(`/${path.replace(/^\//, '')}`, html),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * /samples/<name>.html: a news-page rendering of a plain-text sample (tests/fixtures/pages/<name>.txt,
 * copied from the shared samples): blank-line-separated blocks become paragraphs, line breaks
 * inside a block become <br>. Text is escaped, so the page shows exactly the sample's words.
 */
export const SAMPLES_DIR = join(ROOT, 'tests/fixtures/pages');

/** Every sample page: those with an HTML rendering (tests/fixtures/pages/*.html) or only a .txt. */
export function sampleNames(): string[] {
  if (!existsSync(SAMPLES_DIR)) return [];
  const names = readdirSync(SAMPLES_DIR).filter((f) => /\.(html|txt)$/.test(f)).map((f) => f.replace(/\.(html|txt)$/, ''));
  return [...new Set(names)].sort();
}

/** The sample's HTML rendering when it has one, else the harness's rendering of its text. */
export function sampleUrl(server: StaticServer, name: string): string {
  return existsSync(join(SAMPLES_DIR, `${name}.html`)) ? server.url(`pages/${name}.html`) : server.url(`samples/${name}.html`);
}

function samplePage(path: string): string | undefined {
  const m = /^\/samples\/([\w.-]+)\.html$/.exec(path);
  const file = m ? join(SAMPLES_DIR, `${m[1]}.txt`) : '';
  if (!m || !existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const body = blocks.map((b) => `<p>${b.split('\n').map(escape).join('<br>')}</p>`).join('\n');
  const title = escape(blocks[0]?.split('\n')[0]?.slice(0, 120) ?? m[1]!);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{margin:0;background:#fff;color:#1a1a1a;font:17px/1.6 Georgia,"DejaVu Serif",serif}main{max-width:720px;margin:32px auto;padding:0 24px}</style>
</head><body><main><article>
${body}
</article></main></body></html>`;
}

function resolveFile(path: string): string | null {
  const [, mount, ...rest] = path.split('/');
  const base = mount ? MOUNTS[mount] : undefined;
  if (!base) return null;
  const file = normalize(join(base, ...rest));
  if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

function send(res: import('node:http').ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** The slice of the `chrome` global the harness calls inside the service worker. */
export interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every http(s)/ws request any page, frame or worker of the profile made. */
  requests: string[];
  serviceWorker(): Promise<Worker>;
  /** Open the popup page pointed at a tab (the popup reads ?tab=<id>): a page, or a known tab id. */
  openPopup(tab: Page | number): Promise<Page>;
  /** The browser's tab id for a page (asked from the service worker). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * Launch headless Chromium with the built extension loaded in a fresh profile. Pass `profileDir`
 * to reuse a profile across launches (closing and reopening the browser); it is then kept on close.
 */
export async function launchExtension(options: { extensionDir?: string; profileDir?: string } = {}): Promise<ExtensionSession> {
  const ext = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`No built extension at ${ext}: run \`npm run build\` first.`);
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;

  /**
   * Without the "tabs" permission tabs.query hides urls, so: bring the page's tab to the front
   * and ask for the active tab; when that is not conclusive, the one tab whose stored scan state
   * (storage.session, written by the background) has this url.
   */
  const tabIdOf = async (page: Page): Promise<number> => {
    const sw = await serviceWorker();
    await page.bringToFront();
    const active = await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const tabs = await api.tabs.query({ active: true });
      return tabs.length === 1 ? (tabs[0]?.id ?? -1) : -1;
    });
    if (active >= 0) return active;
    const ids = await sw.evaluate(async (target: string) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const all = await api.storage.session.get(null);
      return Object.entries(all)
        .filter(([k, v]) => k.startsWith('tab:') && (v as { url?: string }).url === target)
        .map(([k]) => Number(k.slice(4)));
    }, page.url());
    if (ids.length !== 1) throw new Error(`cannot tell which tab shows ${page.url()}`);
    return ids[0]!;
  };

  return {
    context,
    extensionId,
    requests,
    serviceWorker,
    tabIdOf,
    async openPopup(tab) {
      const tabId = typeof tab === 'number' ? tab : await tabIdOf(tab);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Hosts other than 127.0.0.1 that the session contacted (chrome-extension:, data:, blob: are local). */
export function foreignRequests(requests: string[]): string[] {
  return requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(protocol)) return false;
    return hostname !== '127.0.0.1';
  });
}

/**
 * Stop every service worker of the profile via CDP (what Chrome does to an idle MV3 worker) and
 * wait until it is gone. Nothing restarts it until an extension event arrives (a message from
 * the popup or a content script), so find tab ids BEFORE calling this.
 */
export async function stopServiceWorkers(session: ExtensionSession, anyPage: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(anyPage);
  const versions = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) versions.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable'); // reports every known version at once
  await new Promise((resolve) => setTimeout(resolve, 200));
  // ServiceWorker.stopAllWorkers does not reach extension workers; stopping each version does.
  const toStop = [...versions].filter(([, status]) => status === 'running' || status === 'starting').map(([id]) => id);
  for (const versionId of toStop) await cdp.send('ServiceWorker.stopWorker', { versionId });
  const deadline = Date.now() + 10_000;
  while (toStop.some((id) => versions.get(id) !== 'stopped')) {
    if (Date.now() > deadline) throw new Error('service worker did not stop');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await cdp.detach();
}

// — page helpers (run in the page's main world; the highlight registry is per document) —

export type HighlightMap = Record<'verbatim' | 'close' | 'altered' | 'not-found' | 'misattributed', string[]>;

/** The text of every highlighted range, per verdict highlight, in registration order. */
export function highlightsOf(page: Page): Promise<HighlightMap> {
  return page.evaluate(() => {
    const names = ['verbatim', 'close', 'altered', 'not-found', 'misattributed'] as const;
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out = {} as Record<(typeof names)[number], string[]>;
    for (const name of names) out[name] = [...(registry.get(`verbatim-${name}`) ?? [])].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    return out;
  });
}

/** Wait until the content script has finished its scan (data-verbatim="done") and drawn. */
export async function waitForScan(page: Page, minHighlights = 1, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (min) => document.documentElement.dataset.verbatim === 'done' && Number(document.documentElement.dataset.verbatimHighlights ?? 0) >= min,
    minHighlights,
    { timeout },
  );
}

/** The visible text of the in-page card (it lives in an open shadow root), or null when hidden. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const panel = document.querySelector('verbatim-card')?.shadowRoot?.querySelector<HTMLElement>('.vb-card');
    // textContent, not innerText: the card's labels are uppercased by CSS.
    return panel && !panel.hidden ? (panel.textContent ?? '') : null;
  });
}

/** Serialised <body>: proves highlighting changed nothing in the page's own DOM. */
export function bodySnapshot(page: Page): Promise<string> {
  return page.evaluate(() => new XMLSerializer().serializeToString(document.body));
}

/** Wait until the in-page card is shown (or hidden, with `visible = false`). */
export async function waitForCard(page: Page, visible = true, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const panel = document.querySelector('verbatim-card')?.shadowRoot?.querySelector<HTMLElement>('.vb-card');
      return want ? !!panel && !panel.hidden : !panel || panel.hidden;
    },
    visible,
    { timeout },
  );
}

/** Store settings in the profile as the options page would: the defaults with `changes` applied. */
export async function setSettings(session: ExtensionSession, changes: Partial<Settings>): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, ...changes };
  const worker = await session.serviceWorker();
  await worker.evaluate(
    (value) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ settings: value }),
    settings,
  );
}

export interface FixtureSession {
  session: ExtensionSession;
  server: StaticServer;
  page: Page;
  close(): Promise<void>;
}

/** A served fixture page in a fresh profile with the extension, once `ready(page)` resolves. */
export async function openFixture(path: string, ready: (page: Page) => Promise<unknown>): Promise<FixtureSession> {
  const server = await startServer();
  const session = await launchExtension();
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  await ready(page);
  return { session, server, page, close: async () => (await session.close(), await server.close()) };
}
