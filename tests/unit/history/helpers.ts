import { recordFromDraft, type RecordDraft } from '../../../lib/history/draft';
import type { HistoryRecord } from '../../../lib/history/schema';

const MUNICH = {
  statementId: '2022-02-19-stoltenberg-speech-munich-security-conference:0012',
  speaker: 'Jens Stoltenberg',
  date: '2022-02-19',
  event: 'Munich Security Conference',
  kind: 'speech',
  url: 'https://www.nato.int/cps/en/natohq/opinions_192204.htm?selectedLocale=en',
  text: 'Russia has relentlessly massed troops in and around Ukraine, in the biggest military build-up since the Cold War.',
  origin: 'bundled' as const,
};

/** A realistic draft; override what the test is about. */
export function draft(overrides: Partial<RecordDraft> = {}): RecordDraft {
  return {
    page: { url: 'https://www.example-news.com/world/nato-munich', title: 'NATO chief warns of dangerous days' },
    quote: 'Russia has massed troops in and around Ukraine',
    claimedSpeaker: 'Jens Stoltenberg',
    kind: 'statement',
    verdict: 'close',
    score: 0.9,
    flags: [],
    source: MUNICH,
    attribution: 'agrees',
    diff: [
      { op: 'same', quote: 'Russia has', source: 'Russia has' },
      { op: 'dropped', quote: '', source: 'relentlessly' },
      { op: 'same', quote: 'massed troops in and around Ukraine', source: 'massed troops in and around Ukraine,' },
    ],
    foundBy: 'manual',
    at: 1_763_800_000_000,
    ...overrides,
  };
}

export function record(overrides: Partial<RecordDraft> = {}): HistoryRecord {
  return recordFromDraft(draft(overrides));
}

const SPEAKERS = ['Jens Stoltenberg', 'Antony J. Blinken', 'NATO Heads of State and Government', 'North Atlantic Council'];
const VERDICTS = ['verbatim', 'close', 'altered', 'not-found'] as const;
const SITES = ['example-news.com', 'daily.example.org', 'blog.example.net', 'www.herald.example', 'news.example.co.uk'];
const WORDS = 'alliance security ukraine russia troops summit defence allies support border threat peace nato members'.split(' ');

/** n distinct records, deterministic, newest first, spread over sites, speakers and verdicts. */
export function manyRecords(n: number, start = 1_700_000_000_000): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 12 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
    out.push(
      record({
        page: { url: `https://${SITES[i % SITES.length]}/article/${Math.floor(i / 4)}`, title: `Article ${Math.floor(i / 4)}` },
        quote: `${words} number ${i}`,
        verdict: VERDICTS[i % VERDICTS.length],
        attribution: i % 7 === 0 ? 'differs' : 'agrees',
        source: { ...MUNICH, speaker: SPEAKERS[Math.floor(i / 3) % SPEAKERS.length]!, statementId: `doc-${i % 300}:${String(i % 50).padStart(4, '0')}` },
        at: start + (n - i) * 60_000,
      }),
    );
  }
  return out;
}
