import { z } from 'zod';
import { browser } from 'wxt/browser';

/**
 * The one protocol module: every message between content script, popup, history page and
 * background is named here with a zod schema for its request and its response. Both ends
 * validate, so a stale content script or a corrupted message fails loudly, never silently.
 *
 * Add a message: one entry in `protocol` (keep entries grouped by feature).
 */
export const protocol = {
  // — health —
  ping: { request: z.object({}), response: z.object({ ok: z.literal(true) }) },

  // — matching (content script / popup → background) —

  // — history & settings (pages → background, the single writer) —
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
