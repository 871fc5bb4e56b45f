/**
 * Realistic history drafts (real corpus statements, as the matcher reports them) for the
 * history page tests, sent through the page → background message `historyRecord`, the same
 * single-writer path every record takes. Keeps the page tests independent of page scanning.
 */
import type { Page } from 'playwright-core';
import type { RecordDraft } from '../../lib/history/draft';

const LEDGER = { url: 'https://daily-ledger.example/world/nato-madrid', title: 'Allies pledge more support as NATO meets in Madrid' };
const HERALD = { url: 'https://www.herald.example/politics/blinken-kyiv?utm_source=feed', title: 'Blinken in Kyiv: “we have been with Ukraine”' };

const VILNIUS = {
  statementId: '2023-07-11-stoltenberg-yoon-short-remarks-vilnius:0005', speaker: 'Jens Stoltenberg', date: '2023-07-11',
  event: 'Short remarks by NATO Secretary General Jens Stoltenberg and the President of the Republic of Korea, Yoon Suk Yeol', kind: 'remarks',
  url: 'https://www.nato.int/cps/en/natohq/opinions_217027.htm?selectedLocale=en',
  text: 'What happens in the Indo-Pacific matters for Europe, and what happens in Europe matters for the Indo-Pacific.', origin: 'bundled' as const,
};
const MADRID = {
  statementId: '2022-06-29-madrid-summit-declaration:0004', speaker: 'NATO Heads of State and Government', date: '2022-06-29',
  event: 'Madrid Summit Declaration', kind: 'declaration', url: 'https://www.nato.int/cps/en/natohq/official_texts_196951.htm',
  text: 'NATO remains the foundation of our collective defence and the essential forum for security consultations and decisions among Allies.', origin: 'bundled' as const,
};
const FOREIGN = {
  statementId: '2022-04-05-stoltenberg-press-conference-ahead-foreign-ministers:0001', speaker: 'Jens Stoltenberg', date: '2022-04-05',
  event: 'Press conference ahead of the meetings of NATO Ministers of Foreign Affairs', kind: 'press-conference', url: 'https://www.nato.int/cps/en/natohq/opinions_194325.htm',
  text: 'NATO Foreign Ministers will meet tomorrow and Thursday to address President Putin’s war against Ukraine.', origin: 'bundled' as const,
};
const RZESZOW = {
  statementId: '2022-09-09-blinken-remarks-traveling-press-before-departing-poland:0004', speaker: 'Antony J. Blinken', date: '2022-09-09',
  event: 'Remarks to Traveling Press Before Departing Poland', kind: 'remarks', url: 'https://pl.usembassy.gov/traveling_press_rzeszow/',
  text: 'I told President Zelenskyy on behalf of President Biden and the American people that we have been with Ukraine.', origin: 'bundled' as const,
};

export const INDO_PACIFIC = 'What happens in the Indo-Pacific matters for Europe';
export const FOUNDATION = 'NATO remains the foundation of our collective defence';
export const FOREIGN_MINISTERS = 'NATO Foreign Ministers will meet tomorrow and Thursday to discuss President Putin’s war';
export const INVENTED = 'We will keep every single option firmly on the table';
export const ZELENSKYY = 'I told President Zelenskyy on behalf of President Biden';
export const BY_HAND = 'We are always ready to sit down at the table';

const base = { flags: [] as string[], kind: 'statement' as const, foundBy: 'page' as const };
const same = (words: string) => ({ op: 'same' as const, quote: words, source: words });

export function seedDrafts(now = Date.now()): RecordDraft[] {
  return [
    { ...base, page: LEDGER, quote: INDO_PACIFIC, claimedSpeaker: 'Jens Stoltenberg', verdict: 'verbatim', score: 1, source: VILNIUS, attribution: 'agrees', diff: [same(INDO_PACIFIC)], at: now - 5_000 },
    { ...base, page: LEDGER, quote: FOUNDATION, claimedSpeaker: 'Jens Stoltenberg', verdict: 'verbatim', score: 1, source: MADRID, attribution: 'differs', diff: [same(FOUNDATION)], at: now - 4_000 },
    {
      ...base, page: LEDGER, quote: FOREIGN_MINISTERS, claimedSpeaker: 'Jens Stoltenberg', verdict: 'close', score: 0.86, source: FOREIGN, attribution: 'agrees', at: now - 3_000,
      diff: [same('NATO Foreign Ministers will meet tomorrow and Thursday to'), { op: 'changed', quote: 'discuss', source: 'address' }, same('President Putin’s war')],
    },
    { ...base, page: LEDGER, quote: INVENTED, claimedSpeaker: 'Jens Stoltenberg', verdict: 'not-found', score: 0.31, source: null, attribution: 'unattributed', diff: null, at: now - 2_000 },
    { ...base, page: HERALD, quote: ZELENSKYY, claimedSpeaker: 'Antony J. Blinken', verdict: 'verbatim', score: 1, source: RZESZOW, attribution: 'agrees', diff: [same(ZELENSKYY)], at: now - 1_000 },
    {
      ...base, page: null, foundBy: 'manual', quote: BY_HAND, claimedSpeaker: null, verdict: 'altered', score: 0.74, flags: ['imported-source'], attribution: 'unattributed', at: now,
      source: { ...RZESZOW, statementId: 'my-notes:0007', speaker: 'Jens Stoltenberg', event: 'My interview notes', text: 'We are ready to sit down at the table.', origin: 'imported' },
      diff: [same('We are'), { op: 'added', quote: 'always', source: '' }, same('ready to sit down at the table')],
    },
  ];
}

/** Send drafts from an extension page through the protocol envelope (services/messaging.ts). */
export async function seedThroughMessages(extensionPage: Page, drafts: RecordDraft[]): Promise<{ recorded: number }> {
  const reply = await extensionPage.evaluate(async (payload) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    return api.runtime.sendMessage({ verbatim: 1, name: 'historyRecord', payload: { drafts: payload, automatic: false } });
  }, drafts);
  const typed = reply as { ok: boolean; value?: { recorded: number }; error?: string };
  if (!typed.ok || !typed.value) throw new Error(`seeding failed: ${typed.error ?? 'no reply'}`);
  return typed.value;
}
