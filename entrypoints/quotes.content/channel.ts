/**
 * The content script's end of services/messaging.ts: the same envelope and reply format, with
 * hand-written guards instead of zod (bundle budget, see guards.ts). Only the message names and
 * types come from the protocol module (type-only imports: nothing of zod is bundled).
 */
import { browser } from 'wxt/browser';
import type { RequestOf, MessageName, TabMessageName, TabRequestOf, TabResponseOf } from '@/services/messaging';
import { isObject } from './guards';

/** Ask the background; `accept` checks the reply's value before anyone uses it. */
export async function ask<N extends MessageName, T>(
  name: N,
  payload: RequestOf<N>,
  accept: (value: unknown) => value is T,
): Promise<T> {
  const raw: unknown = await browser.runtime.sendMessage({ verbatim: 1, name, payload });
  if (!isObject(raw)) throw new Error(`verbatim: no reply to ${name}`);
  if (raw.ok === false) throw new Error(typeof raw.error === 'string' ? raw.error : `verbatim: ${name} failed`);
  if (raw.ok !== true || !accept(raw.value)) throw new Error(`verbatim: invalid reply to ${name}`);
  return raw.value;
}

export type TabHandlers = {
  [N in TabMessageName]: {
    accept: (payload: unknown) => payload is TabRequestOf<N>;
    run: (payload: TabRequestOf<N>) => Promise<TabResponseOf<N>> | TabResponseOf<N>;
  };
};

/** Answer messages sent to this tab (popup, background). Invalid payloads get an error reply. */
export function listenForTabMessages(handlers: TabHandlers): () => void {
  const listener = (raw: unknown) => {
    if (!isObject(raw) || raw.verbatim !== 1 || typeof raw.name !== 'string' || !Object.hasOwn(handlers, raw.name)) {
      return undefined;
    }
    const handler = handlers[raw.name as TabMessageName] as {
      accept: (p: unknown) => boolean;
      run: (p: unknown) => unknown;
    };
    if (!handler.accept(raw.payload)) return Promise.resolve({ ok: false, error: `invalid ${raw.name} message` });
    return Promise.resolve()
      .then(() => handler.run(raw.payload))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
