import { z } from 'zod';
import { browser } from 'wxt/browser';
import { Statement } from '../lib/corpus/schema';
import type { QuoteMatch } from '../lib/match/types';
import { RecordDraft } from '../lib/history/draft';
import { HistoryRecord } from '../lib/history/schema';
import { ImportedSource } from '../lib/sources/record';
import { SourceForm, SourceMetadata } from '../lib/sources/form';
import { PageTextResult, SourceChangeResult, SourcesListResult } from '../lib/sources/wire';

/**
 * The one protocol module: every message between content script, popup, history page and
 * background is named here with a zod schema for its request and its response. Both ends
 * validate, so a stale content script or a corrupted message fails loudly, never silently.
 *
 * Add a message: one entry in `protocol` (keep entries grouped by feature).
 */
// — shared shapes (matching) —
const DiffOpSchema = z.object({
  op: z.enum(['same', 'added', 'dropped', 'changed']),
  quote: z.string(),
  source: z.string(),
  marked: z.boolean().optional(),
  marker: z.string().optional(),
});

/** lib/match/types.ts QuoteMatch, as it crosses a message boundary. */
export const QuoteMatchSchema = z.object({
  verdict: z.enum(['verbatim', 'close', 'altered', 'not-found']),
  score: z.number().min(0).max(1),
  flags: z.array(z.enum(['fragment', 'stitched', 'too-short', 'imported-source'])),
  statementId: z.string(),
  speaker: z.string(),
  date: z.string(),
  event: z.string(),
  url: z.string(),
  sourceText: z.string(),
  attribution: z.enum(['agrees', 'differs', 'unattributed']),
  diff: z.array(DiffOpSchema),
  role: z.string(),
  kind: z.string(),
  place: z.string(),
  origin: z.enum(['bundled', 'imported']),
  context: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  statementIds: z.array(z.string()).optional(),
  information: z.number().optional(),
});

// Compile-time guard: the wire schema and lib/match's QuoteMatch must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _quoteMatchSchemaIsQuoteMatch: Same<z.infer<typeof QuoteMatchSchema>, QuoteMatch> = true;

/** A quote's identity on a page: hash of claimed speaker + text (see entrypoints/quotes.content/keys.ts). */
export const QuoteKey = z.string().regex(/^q[0-9a-z]{1,16}$/);

const QuoteKind = z.enum(['statement', 'fragment', 'term']);

/** A quote as the tab's list keeps it: identity, what the page says, and its match. */
export const TabQuote = z.object({
  key: QuoteKey,
  text: z.string().min(1).max(10_000),
  speaker: z.string().max(300).nullable(),
  speakerCue: z.string().max(300).nullable(),
  kind: QuoteKind,
  match: QuoteMatchSchema.nullable(),
});

/** One stretch of page text to scan (lib/extract/dom-text.ts flattenDom output, minus the DOM). */
export const TextSegmentIn = z.object({
  text: z.string().max(2_000_000),
  regions: z
    .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), speaker: z.string().max(300).optional(), block: z.boolean().optional() }))
    .max(10_000),
});

/** A quote found in a segment: offsets into that segment's text, plus its tab-list entry. */
export const ScannedQuote = TabQuote.extend({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type ScannedQuote = z.infer<typeof ScannedQuote>;
export type TabQuote = z.infer<typeof TabQuote>;

export const TabState = z.object({ url: z.string(), updatedAt: z.number(), quotes: z.array(TabQuote) });
export type TabState = z.infer<typeof TabState>;

export const PageSettings = z.object({
  scan: z.boolean(),
  automatic: z.boolean(),
  host: z.string(),
  highlightStyle: z.enum(['underline', 'background', 'outline']),
});
export type PageSettings = z.infer<typeof PageSettings>;

export const BackgroundStats = z.object({
  statements: z.number(),
  corpusParseMs: z.number(),
  indexBuildMs: z.number(),
  restoreMs: z.number(),
  restoredTabs: z.number(),
  startedAt: z.number(),
  /** Work per tab since its page loaded (this worker life): quotes matched, matching ms, extraction ms. */
  matching: z.array(z.object({ tabId: z.number(), quotes: z.number(), ms: z.number(), extractMs: z.number() })),
});

export const protocol = {
  // — health —
  ping: { request: z.object({}), response: z.object({ ok: z.literal(true) }) },

  // — matching (content script / popup → background) —
  /** Should this page be scanned, and automatically? Asked once by the content script at load. */
  pageSettings: { request: z.object({ url: z.string().max(4096) }), response: PageSettings },
  /**
   * The page's text (flattened by the content script, with <q>/<blockquote> regions), one entry
   * per page segment: the background extracts the quotes, matches the ones this tab has not had
   * matched yet (by key), records them in the tab's list, and returns them with their offsets.
   * `reset` starts a fresh page. Terms (scare quotes) are not returned.
   */
  scanText: {
    request: z.object({
      url: z.string().max(4096),
      title: z.string().max(500).default(''),
      reset: z.boolean(),
      segments: z.array(TextSegmentIn).max(400),
    }),
    response: z.object({ segments: z.array(z.array(ScannedQuote)) }),
  },
  /** After a partial rescan: every current quote key in page order (quotes gone from the page drop out). */
  pageOrder: {
    request: z.object({ url: z.string().max(4096), order: z.array(QuoteKey).max(20_000) }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Everything found on a tab, in page order (popup). */
  tabResults: { request: z.object({ tabId: z.number().int() }), response: z.object({ state: TabState.nullable() }) },
  /** A quote checked by hand (popup box or context menu). */
  checkQuote: {
    request: z.object({
      text: z.string().trim().min(1).max(10_000),
      speaker: z.string().trim().max(200).nullable(),
      via: z.enum(['popup', 'context-menu']),
    }),
    response: z.object({ match: QuoteMatchSchema.nullable() }),
  },
  /** Keyword search over the corpus (fuse.js, in the background). */
  searchCorpus: {
    request: z.object({ keywords: z.string().trim().min(1).max(300), limit: z.number().int().min(1).max(50).optional() }),
    response: z.object({ statements: z.array(Statement) }),
  },
  /** Switch scanning off (or back on) for one site. */
  setSiteScan: {
    request: z.object({ host: z.string().min(1).max(255), enabled: z.boolean() }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Load figures of the background (corpus parse, index build, state restore) for the bench and tests. */
  backgroundStats: { request: z.object({}), response: BackgroundStats },

  // — history & settings (pages → background, the single writer) —
  /** Record checks (drafts from lib/history/draft.ts); the background usually calls recordMatches directly. */
  historyRecord: {
    request: z.object({ drafts: z.array(RecordDraft).max(5_000), automatic: z.boolean().optional() }),
    response: z.object({ recorded: z.number().int(), dropped: z.number().int() }),
  },
  historyDelete: {
    request: z.object({ ids: z.array(z.string().min(1)).max(100_000) }),
    response: z.object({ deleted: z.number().int() }),
  },
  historyClear: { request: z.object({}), response: z.object({ cleared: z.number().int() }) },
  /** Records already validated (and migrated) by lib/history/import.ts on the page. */
  historyImport: {
    request: z.object({ records: z.array(HistoryRecord).max(200_000) }),
    response: z.object({ added: z.number().int(), updated: z.number().int(), dropped: z.number().int() }),
  },
  /** Apply a lowered history cap now (options page), not at the next write. */
  historyApplyCap: { request: z.object({}), response: z.object({ dropped: z.number().int() }) },
  /** Set aside what the history page could not read (the single writer moves it to quarantine). */
  historyRepair: { request: z.object({}), response: z.object({ history: z.number().int(), settings: z.number().int() }) },
  quarantineClear: { request: z.object({}), response: z.object({ ok: z.literal(true) }) },

  // — your sources (sources page → background; lib/sources, services/sources-store.ts) —
  /** Imported sources without their text, and stored ones that could not be loaded. */
  sourcesList: { request: z.object({}), response: SourcesListResult },
  /** Add a source; `ok: false` carries a message per form field (e.g. the text is already imported). */
  sourcesAdd: { request: z.object({ form: SourceForm, fileName: z.string().max(300).optional() }), response: SourceChangeResult },
  sourcesUpdate: { request: z.object({ docId: z.string().min(1).max(200), metadata: SourceMetadata }), response: SourceChangeResult },
  sourcesDelete: { request: z.object({ docId: z.string().min(1).max(200) }), response: z.object({ removed: z.boolean() }) },
  /** Sources read from an export file (lib/sources/transfer.ts); newer edits win. */
  sourcesImport: {
    request: z.object({ sources: z.array(ImportedSource).max(1_000) }),
    response: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), failed: z.array(z.string()) }),
  },
  sourcesExport: { request: z.object({}), response: z.object({ sources: z.array(ImportedSource) }) },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.input<(typeof protocol)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof protocol)[N]['response']>;

const Envelope = z.object({ verbatim: z.literal(1), name: z.string(), payload: z.unknown() });
const Reply = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}

/** Send a message to the background and validate its reply. Throws with the background's error text. */
export async function sendMessage<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const request = protocol[name].request.parse(payload);
  const raw = await browser.runtime.sendMessage({ verbatim: 1, name, payload: request });
  const reply = Reply.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return protocol[name].response.parse(reply.value) as ResponseOf<N>;
}

export type Handler<N extends MessageName> = (
  payload: z.output<(typeof protocol)[N]['request']>,
  sender: { tabId?: number; url?: string },
) => Promise<ResponseOf<N>> | ResponseOf<N>;

type HandlerTable = { [N in MessageName]?: Handler<N> };

/**
 * Background side: answer every message named in `handlers`. Unknown or invalid messages get an
 * error reply instead of being dropped, so the sender never waits forever.
 */
export function handleMessages(handlers: HandlerTable): () => void {
  const listener = (raw: unknown, sender: { tab?: { id?: number; url?: string }; url?: string }) => {
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) return undefined; // not ours
    const { name, payload } = envelope.data;
    if (!isMessageName(name) || !handlers[name]) return undefined;
    return answer(name, payload, handlers, { tabId: sender.tab?.id, url: sender.tab?.url ?? sender.url });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

async function answer(
  name: MessageName,
  payload: unknown,
  handlers: HandlerTable,
  sender: { tabId?: number; url?: string },
): Promise<z.infer<typeof Reply>> {
  try {
    const request = protocol[name].request.parse(payload);
    const handler = handlers[name] as (p: unknown, s: typeof sender) => unknown;
    const value = protocol[name].response.parse(await handler(request, sender));
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Messages TO a tab's content script (background or popup → page). The content script keeps zod
 * out of its bundle (size budget), so it checks these with small hand-written guards
 * (entrypoints/quotes.content/channel.ts); the sender validates here with zod.
 */
export const tabProtocol = {
  /** Scroll the page to a quote and flash it (popup list click). */
  scrollToQuote: { request: z.object({ key: QuoteKey }), response: z.object({ found: z.boolean() }) },
  /** Show a hand-check result in a card at the current selection (context menu). */
  showCheckResult: {
    request: z.object({
      text: z.string(),
      /** Who the page credits, when the selection is a quote the page scan already knows. */
      claimed: z.string().nullable(),
      match: QuoteMatchSchema.nullable(),
      error: z.string().nullable(),
    }),
    response: z.object({ shown: z.boolean() }),
  },
  /** Scan this page now (settings: scan on request), or switch scanning/highlights off. */
  setScanning: { request: z.object({ enabled: z.boolean() }), response: z.object({ quotes: z.number() }) },
  /** The corpus changed (a source of yours added, edited or deleted): match the page's quotes again. */
  recheck: { request: z.object({}), response: z.object({ quotes: z.number() }) },
  /** The page's text and metadata, for "add this page as a source" (services/page-text.ts). */
  pageText: { request: z.object({}), response: PageTextResult },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type TabMessageName = keyof typeof tabProtocol;
export type TabRequestOf<N extends TabMessageName> = z.input<(typeof tabProtocol)[N]['request']>;
export type TabResponseOf<N extends TabMessageName> = z.output<(typeof tabProtocol)[N]['response']>;

/** Send a message to one tab's content script and validate its reply. */
export async function sendToTab<N extends TabMessageName>(
  tabId: number,
  name: N,
  payload: TabRequestOf<N>,
): Promise<TabResponseOf<N>> {
  const request = tabProtocol[name].request.parse(payload);
  const raw = await browser.tabs.sendMessage(tabId, { verbatim: 1, name, payload: request });
  const reply = Reply.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return tabProtocol[name].response.parse(reply.value) as TabResponseOf<N>;
}
