import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusFile } from '../../../cli/corpus-file';
import { KNOWN_DOCUMENT_SPEAKERS } from '../../../lib/corpus/bodies';
import { buildCorpus, type SourceFile } from '../../../lib/corpus/build';
import { type Corpus, Statement } from '../../../lib/corpus/schema';
import { parseSource } from '../../../lib/corpus/source';
import { BLINKEN, NAC, NATO_LEADERS, STOLTENBERG, isCorpusSpeaker } from '../../../lib/speakers';

const SOURCES = join(__dirname, '../../../corpus/sources');
const files: SourceFile[] = readdirSync(SOURCES)
  .filter((n) => n.endsWith('.txt'))
  .map((name) => ({ name, content: readFileSync(join(SOURCES, name), 'utf8') }));
const docs = new Map(files.map((f) => [f.name.replace(/\.txt$/, ''), parseSource(f.name, f.content)]));

let corpus: Corpus;
beforeAll(() => {
  // The globalSetup built corpus/generated/corpus.json; read it the way the CLI does.
  corpus = loadCorpusFile();
});

function statementsOf(docId: string): Statement[] {
  return corpus.statements.filter((s) => s.docId === docId);
}

/** The one statement of `docId` whose text contains `words`. */
function find(docId: string, words: string): Statement {
  const hits = statementsOf(docId).filter((s) => s.text.includes(words));
  expect(hits, `${docId}: "${words}"`).toHaveLength(1);
  return hits[0] as Statement;
}

describe('the built corpus', () => {
  it('covers every source document', () => {
    expect(corpus.builtFrom).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(228);
    // News stories only contribute words they quote; a story in reported speech contributes none.
    for (const [id, doc] of docs) {
      if (doc.header.kind !== 'news-story') expect(statementsOf(id).length, id).toBeGreaterThan(0);
    }
  });

  it('has unique, stable-shaped ids with contiguous ordinals per document', () => {
    const ids = corpus.statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of docs.keys()) {
      statementsOf(id).forEach((s, i) => {
        expect(s.ordinal).toBe(i);
        expect(s.id).toBe(`${id}:${String(i).padStart(4, '0')}`);
      });
    }
  });

  it('gives every record the document url, date, title and kind', () => {
    for (const s of corpus.statements) {
      const doc = docs.get(s.docId);
      expect(doc, s.id).toBeDefined();
      expect(Statement.safeParse(s).success).toBe(true);
      expect(s.url).toBe(doc?.header.official_url ?? doc?.header.url);
      expect(s.date).toBe(doc?.header.date);
      expect(s.event).toBe(doc?.header.title);
      expect(s.origin).toBe('bundled');
    }
  });

  it('never gives Stoltenberg or Blinken words from a document that does not list them', () => {
    for (const s of corpus.statements) {
      if (isCorpusSpeaker(s.speaker)) expect(docs.get(s.docId)?.speakers, s.id).toContain(s.speaker);
    }
  });

  it('attributes single-speaker documents to the header speaker or a labelled non-corpus voice', () => {
    for (const [id, doc] of docs) {
      if (doc.speakers.length !== 1) continue;
      const [speaker] = doc.speakers;
      expect(KNOWN_DOCUMENT_SPEAKERS, id).toContain(speaker);
      for (const s of statementsOf(id)) {
        if (s.speaker !== speaker) expect(KNOWN_DOCUMENT_SPEAKERS, s.id).not.toContain(s.speaker);
      }
    }
  });

  it('has no empty records and no labels, dates, captions or titles as text', () => {
    const furniture = [
      /^[\p{Lu} .]+:$/u,
      /^\(?as delivered/iu,
      /^left to right/iu,
      /^watch the video/iu,
      /^(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}$/iu,
      /^\d{1,2} \p{L}+ \d{4}$/u,
      /^\d{1,2}:\d{2} [AP]\.M\./u,
      /^END\b/u,
      /^\[.*\]$/u,
      /^\d+\.?$/u,
      /^(?:Joint press conference|Press conference|Opening remarks|Doorstep statement|Joint press point)$/u,
      /photo by/iu,
      /^An official website/u,
      /^Press Release/iu,
    ];
    for (const s of corpus.statements) {
      expect(s.text.trim(), s.id).toBe(s.text);
      expect(s.text, s.id).toMatch(/\p{L}/u);
      for (const re of furniture) expect(s.text, s.id).not.toMatch(re);
      expect(s.text.toLowerCase(), s.id).not.toBe(s.event.toLowerCase());
      expect(s.text, s.id).not.toMatch(/^\d{1,3}\.\s/u);
    }
  });

  it('keeps the role of corpus speakers', () => {
    const roleOf = (name: string) => new Set(corpus.statements.filter((s) => s.speaker === name).map((s) => s.role));
    expect(roleOf(STOLTENBERG)).toEqual(new Set(['NATO Secretary General']));
    expect(roleOf(BLINKEN)).toEqual(new Set(['US Secretary of State']));
  });
});

describe('speaker attribution at joint events (known sentences)', () => {
  const CASES: [string, string, string][] = [
    ['2022-03-04-blinken-stoltenberg-nato-foreign-ministerial-remarks', 'We condemn the attacks on civilians', STOLTENBERG],
    ['2022-04-06-blinken-stoltenberg-before-their-meeting-state-gov', 'Thank you, Jens, very much.', BLINKEN],
    ['2022-04-06-blinken-stoltenberg-before-their-meeting-state-gov', 'dear Tony, welcome back to NATO Headquarters', STOLTENBERG],
    ['2023-02-08-stoltenberg-blinken-press-conference-washington', 'Jens, so good to be with you.', BLINKEN],
    ['2022-02-18-harris-stoltenberg-before-bilateral-meeting-munich', 'As a member of NATO, we feel very strongly', 'Kamala Harris'],
    ['2022-02-18-harris-stoltenberg-before-bilateral-meeting-munich', 'On Friday, I went to Romania and met U.S. troops there.', STOLTENBERG],
    ['2022-06-29-biden-stoltenberg-remarks-madrid-summit', 'Well, Jens, thank you very much for having me this morning.', 'Joe Biden'],
    ['2022-06-29-biden-stoltenberg-remarks-madrid-summit', 'Thank you so much, President Biden, dear Joe.', STOLTENBERG],
    ['2023-07-11-biden-stoltenberg-official-greeting-vilnius', 'It’s good to be here.', 'Joe Biden'],
    ['2023-07-11-biden-stoltenberg-official-greeting-vilnius', 'President Biden, dear Joe, welcome to the NATO Summit.', STOLTENBERG],
    ['2023-06-13-biden-stoltenberg-before-bilateral-meeting-oval-office', 'Well, Mr. Secretary General, it’s great to have you here.', 'Joe Biden'],
    ['2023-06-13-biden-stoltenberg-before-bilateral-meeting-oval-office', 'President, have you discussed', 'Journalist'],
    ['2022-03-01-stoltenberg-duda-press-conference-lask', 'President Putin has shattered peace in Europe.', STOLTENBERG],
    ['2023-09-06-blinken-kuleba-before-their-meeting-kyiv', 'It’s a great pleasure to welcome a colleague, a friend, Antony Blinken', 'Dmytro Kuleba'],
    ['2023-09-06-blinken-kuleba-before-their-meeting-kyiv', 'Thank you very much, my friend.', BLINKEN],
    ['2023-06-20-blinken-kuleba-london-recovery-conference', 'No phone call can replace an in-person meeting', 'Dmytro Kuleba'],
    ['2022-01-21-blinken-lavrov-before-their-meeting-geneva', 'we’re very grateful to you for this proposal', 'Sergey Lavrov'],
    ['2023-04-04-blinken-finland-nato-instruments-of-accession-ceremony', 'Thank you, Mr. Secretary General.', 'Pekka Haavisto'],
    ['2022-10-18-stoltenberg-interview-dw-conflict-zone-berlin-forum', 'Thank you so much for having me, Sarah.', STOLTENBERG],
    ['2022-10-18-stoltenberg-interview-dw-conflict-zone-berlin-forum', 'have been waking up', 'Sarah Kelly'],
    ['2022-02-16-stoltenberg-doorstep-defence-ministers-february-2022', 'you essentially say that you do not believe them?', 'Jonathan Beale'],
    ['2022-02-16-stoltenberg-doorstep-defence-ministers-february-2022', 'provides some grounds for cautious optimism', STOLTENBERG],
    ['2022-11-09-stoltenberg-press-point-outside-no-10', 'how concerned are you by the risk of Ukraine fatigue', 'Journalist'],
    ['2022-01-23-blinken-chuck-todd-nbc-meet-the-press', 'Joining me now is the Secretary of State.', 'Journalist'],
    ['2022-01-23-blinken-chuck-todd-nbc-meet-the-press', 'I’m not going to comment on specific intelligence reports', BLINKEN],
    ['2023-07-10-stoltenberg-press-conference-erdogan-kristersson-meeting-vilnius', 'we\'ll go to TV4 for Sweden', 'Oana Lungescu'],
    ['2023-07-10-stoltenberg-press-conference-erdogan-kristersson-meeting-vilnius', 'What exactly made President Erdogan change his mind', 'Ritva Ronnberg'],
    ['2023-02-28-stoltenberg-marin-statement-helsinki', 'when do you expect that they can be members', 'Journalist'],
    ['2022-03-24-nato-leaders-statement-brussels', 'We condemn Russia’s invasion of Ukraine in the strongest possible terms.', NATO_LEADERS],
    ['2023-07-11-vilnius-summit-communique', 'We warmly welcome President Zelenskyy to the inaugural meeting of the NATO-Ukraine Council.', NATO_LEADERS],
    ['2022-09-29-nac-statement-damage-gas-pipelines', 'The damage to the Nordstream 1 and Nordstream 2 pipelines', NAC],
    ['2023-01-31-news-secretary-general-in-tokyo', 'No NATO partner is closer or more capable than Japan', STOLTENBERG],
    ['2023-10-24-news-secretary-general-welcomes-steps-sweden-accession-stockholm', 'I now count on a speedy ratification', STOLTENBERG],
  ];

  it.each(CASES)('%s: "%s" → %s', (docId, words, speaker) => {
    expect(find(docId, words).speaker).toBe(speaker);
  });

  it('keeps hosts, moderators and journalists away from Stoltenberg and Blinken', () => {
    const hostDocs = [
      '2022-02-18-harris-stoltenberg-before-bilateral-meeting-munich',
      '2022-06-29-biden-stoltenberg-remarks-madrid-summit',
      '2023-06-13-biden-stoltenberg-before-bilateral-meeting-oval-office',
      '2023-07-11-biden-stoltenberg-official-greeting-vilnius',
      '2023-09-06-blinken-kuleba-before-their-meeting-kyiv',
      '2023-06-20-blinken-kuleba-london-recovery-conference',
    ];
    for (const id of hostDocs) {
      const speakers = new Set(statementsOf(id).map((s) => s.speaker));
      expect(speakers.size, id).toBeGreaterThan(1);
    }
    for (const s of corpus.statements) {
      if (/^(?:QUESTION|Q):/u.test(s.text)) throw new Error(`label left in text: ${s.id}`);
      if (s.role.startsWith('Journalist') || s.speaker === 'Moderator') expect(isCorpusSpeaker(s.speaker)).toBe(false);
    }
  });

  it('drops numbered-paragraph numbers and keeps the declaration dated', () => {
    const s = find('2023-07-11-vilnius-summit-communique', 'We warmly welcome President Zelenskyy');
    expect(s.text.startsWith('We warmly')).toBe(true);
    expect(s.date).toBe('2023-07-11');
  });

  it('keeps only the quoted words of news stories', () => {
    const texts = statementsOf('2023-01-31-news-secretary-general-in-tokyo').map((s) => s.text);
    expect(texts.some((t) => t.includes('met with Japanese Prime Minister Fumio Kishida'))).toBe(false);
    expect(texts).toContain('I’ve been very impressed by the different capabilities that have been presented to me');
  });
});

describe('stable ids', () => {
  const key = (c: Corpus) => c.statements.map((s) => `${s.id}|${s.speaker}|${s.text}`);

  it('rebuilding gives the same records as the built file', () => {
    expect(key(buildCorpus(files))).toEqual(key(corpus));
  });

  it('does not depend on input order or on other documents', () => {
    const shuffled = [...files].reverse();
    const swapped = [...shuffled.slice(100), ...shuffled.slice(0, 100)];
    expect(key(buildCorpus(swapped))).toEqual(key(corpus));
    const without = buildCorpus(files.filter((_, i) => i % 3 !== 0));
    const byId = new Map(corpus.statements.map((s) => [s.id, s.text]));
    for (const s of without.statements) expect(s.text).toBe(byId.get(s.id));
  });

  it('fails the build with a clear message on an invalid source', () => {
    const broken = { name: 'broken.txt', content: 'title: x\nspeaker: y\n---\ntext' };
    expect(() => buildCorpus([...files.slice(0, 2), broken])).toThrow(/^broken\.txt: invalid header/);
  });
});
