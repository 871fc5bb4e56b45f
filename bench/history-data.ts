/**
 * Deterministic, realistic history records for the history bench: quote and source lengths,
 * diffs, sites, speakers and verdicts in proportions like a heavy user's year of reading.
 */
import { recordFromDraft, type RecordDraft } from '../lib/history/draft';
import type { HistoryRecord } from '../lib/history/schema';
import { seededRandom } from './stats';

const WORDS = (
  'the alliance will continue to support ukraine for as long as it takes we are stepping up our presence on the eastern flank ' +
  'russia must end this war and withdraw its forces allies agreed to invest more in defence and deterrence the united states ' +
  'stands with our partners sanctions will remain in place until president putin stops this brutal war of aggression nato is ' +
  'a defensive alliance we do not seek confrontation but we will defend every inch of allied territory finland and sweden'
).split(' ');
const SPEAKERS = ['Jens Stoltenberg', 'Antony J. Blinken', 'NATO Heads of State and Government', 'North Atlantic Council'];
const VERDICTS = ['verbatim', 'close', 'close', 'altered', 'not-found', 'not-found'] as const;
const SITES = Array.from({ length: 60 }, (_, i) => `news-site-${i}.example${i % 3 === 0 ? '.co.uk' : '.com'}`);

function sentence(rand: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
}

export function benchRecords(count: number, seed = 42): HistoryRecord[] {
  const rand = seededRandom(seed);
  const start = Date.parse('2025-01-01T00:00:00Z');
  const out: HistoryRecord[] = [];
  for (let i = 0; i < count; i++) {
    const verdict = VERDICTS[Math.floor(rand() * VERDICTS.length)]!;
    const quote = `${sentence(rand, 12 + Math.floor(rand() * 30))} ${i}`;
    const speaker = SPEAKERS[Math.floor(rand() * SPEAKERS.length)]!;
    const site = SITES[Math.floor(rand() * SITES.length)]!;
    const sourceText = `${quote} ${sentence(rand, 8)}.`;
    const draft: RecordDraft = {
      page: { url: `https://www.${site}/world/${2025 + (i % 2)}/story-${Math.floor(i / 5)}?utm_source=rss`, title: `${sentence(rand, 8)} — ${site}` },
      quote,
      claimedSpeaker: rand() < 0.85 ? speaker : null,
      kind: rand() < 0.9 ? 'statement' : 'fragment',
      verdict,
      score: verdict === 'verbatim' ? 1 : Math.round(rand() * 1000) / 1000,
      flags: rand() < 0.1 ? ['stitched'] : [],
      source: verdict === 'not-found' && rand() < 0.5 ? null : {
        statementId: `2023-07-11-doc-${i % 700}:${String(i % 120).padStart(4, '0')}`, speaker, date: '2023-07-11',
        event: `Press conference by ${speaker} ${sentence(rand, 6)}`, kind: 'press-conference',
        url: `https://www.nato.int/cps/en/natohq/opinions_${200000 + (i % 5000)}.htm`, text: sourceText, origin: rand() < 0.03 ? 'imported' : 'bundled',
      },
      attribution: rand() < 0.08 ? 'differs' : rand() < 0.8 ? 'agrees' : 'unattributed',
      diff: verdict === 'close' || verdict === 'altered'
        ? [
            { op: 'same', quote: quote.split(' ').slice(0, 8).join(' '), source: quote.split(' ').slice(0, 8).join(' ') },
            { op: 'changed', quote: 'stepping', source: 'ramping' },
            { op: 'same', quote: quote.split(' ').slice(9).join(' '), source: quote.split(' ').slice(9).join(' ') },
            { op: 'dropped', quote: '', source: sentence(rand, 3) },
          ]
        : null,
      foundBy: rand() < 0.9 ? 'page' : 'manual',
      at: start + Math.floor(i * 3_000_000 + rand() * 1_000_000),
    };
    out.push(recordFromDraft(draft));
  }
  return out.sort((a, b) => b.lastSeen - a.lastSeen);
}
