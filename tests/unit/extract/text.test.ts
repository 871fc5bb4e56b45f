import { describe, expect, it } from 'vitest';
import { extractQuotesFromText } from '../../../lib/extract/index';
import { BLINKEN, NAC, NATO_LEADERS, STOLTENBERG } from '../../../lib/speakers';

const quotes = (text: string) => extractQuotesFromText(text);
const texts = (text: string) => quotes(text).map((q) => q.text);

describe('quote marks', () => {
  it('keeps exact offsets into the input', () => {
    const text = 'Intro. “We face a new reality,” he said.';
    for (const q of quotes(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(texts(text)).toEqual(['We face a new reality,']);
  });

  it('finds straight, curly, single, guillemet, German and corner quotes', () => {
    expect(texts('He said "one two three" today.')).toEqual(['one two three']);
    expect(texts('He said ‘one two three’ today.')).toEqual(['one two three']);
    expect(texts("He said 'one two three' today.")).toEqual(['one two three']);
    expect(texts('Il a dit : « Nous resterons unis. »')).toEqual(['Nous resterons unis.']);
    expect(texts('Sie sagte: „Wir bleiben geeint.“ Dann ging sie.')).toEqual(['Wir bleiben geeint.']);
    expect(texts('Er sagte: »Wir bleiben geeint.« Dann ging er.')).toEqual(['Wir bleiben geeint.']);
    expect(texts('彼は「我々は団結している」と述べた。')).toEqual(['我々は団結している']);
  });

  it('does not mistake apostrophes for quotes', () => {
    const text = "Allies’ support in the ’90s didn't waver, O’Brien said of rock ’n’ roll and the Allies' plans.";
    expect(quotes(text)).toEqual([]);
  });

  it('keeps an apostrophe inside a single-quoted quote', () => {
    expect(texts('She said ‘the Allies’ resolve is firm’ on Monday.')).toEqual(['the Allies’ resolve is firm']);
  });

  it('reports nested quotes inside the outer quote', () => {
    expect(texts('“People will ask, ‘did we do enough?’ and we must answer,” he said.')).toEqual([
      'People will ask, ‘did we do enough?’ and we must answer,',
    ]);
  });

  it('keeps editorial brackets and ellipses', () => {
    expect(texts('“[The Ukrainians] are putting … training into practice,” he said.')).toEqual([
      '[The Ukrainians] are putting … training into practice,',
    ]);
  });

  it('joins a multi-paragraph quote into one group', () => {
    const text = 'Stoltenberg said:\n\n“First paragraph of the quote.\n\n“Second paragraph of the quote.”\n\nThen the story goes on.';
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual(['First paragraph of the quote.', 'Second paragraph of the quote.']);
    expect(found[0]!.group).toBeDefined();
    expect(found[1]!.group).toBe(found[0]!.group);
    expect(found.every((q) => q.speaker === STOLTENBERG)).toBe(true);
  });

  it('stops an unclosed quote at the end of its paragraph', () => {
    const found = quotes('Mr Biden says "the nature of the response will depend on ...\nNext line without quotes here.');
    expect(found.map((q) => q.text)).toEqual(['the nature of the response will depend on ...']);
    expect(found[0]!.speaker).toBe('Biden');
  });

  it('recovers a quote whose opening mark is missing', () => {
    const found = quotes('Smith spoke first. We have seen this pretext before,” Stoltenberg said.');
    expect(found.map((q) => q.text)).toEqual(['We have seen this pretext before,']);
    expect(found[0]!.speaker).toBe(STOLTENBERG);
  });
});

describe('split quotes', () => {
  it('gives both halves the same speaker and group', () => {
    const found = quotes('“We face a new reality,” he said. “So we must reset our defence.”'.replace(/^/, 'Jens Stoltenberg spoke. '));
    expect(found).toHaveLength(2);
    expect(found[0]!.speaker).toBe(STOLTENBERG);
    expect(found[1]!.speaker).toBe(STOLTENBERG);
    expect(found[0]!.group).toBe(found[1]!.group);
  });

  it('works when the halves are adjacent in the source sentence', () => {
    const found = quotes('“But we will continue to provide support,” said Stoltenberg, “because Ukraine has the right to defend itself.”');
    expect(found.map((q) => q.kind)).toEqual(['statement', 'statement']);
    expect(found[1]!.group).toBe(found[0]!.group);
  });
});

describe('pull quotes and transcripts', () => {
  it('treats a standalone paragraph followed by a name line as a statement', () => {
    const text = 'Story text here.\n\nWe remain united, and we will protect all allies.\nJens Stoltenberg, NATO Secretary General\n\nMore story.';
    const found = quotes(text);
    expect(found.map((q) => [q.text, q.kind, q.speaker])).toEqual([['We remain united, and we will protect all allies.', 'statement', STOLTENBERG]]);
  });

  it('does not treat a caption followed by a title line as a pull quote', () => {
    expect(quotes('A man speaks from behind a lectern.\nStoltenberg Speech\nPhoto By: NATO photo')).toEqual([]);
  });

  it('reads labelled transcript paragraphs as statements by the labelled speaker', () => {
    const text = 'Remarks\n\nSECRETARY BLINKEN:  Thank you, Jens. We are united.\n\nAnd we will stay united.\n\nSECRETARY GENERAL STOLTENBERG:  Thank you, Tony. Welcome.\n\nRelated Articles';
    const found = quotes(text);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['Thank you, Jens. We are united.', BLINKEN],
      ['And we will stay united.', BLINKEN],
      ['Thank you, Tony. Welcome.', STOLTENBERG],
    ]);
    expect(found[0]!.group).toBe(found[1]!.group);
  });
});

describe('kinds', () => {
  it('separates statements, fragments and terms', () => {
    const text =
      'The White House set up a special “Tiger Team”. He said this is a "pivotal moment" for security. ' +
      'Stoltenberg said NATO would help "for as long as it takes," he added. "We will defend every inch," Stoltenberg said.';
    expect(quotes(text).map((q) => [q.text, q.kind])).toEqual([
      ['Tiger Team', 'term'],
      ['pivotal moment', 'fragment'],
      ['for as long as it takes,', 'fragment'],
      ['We will defend every inch,', 'statement'],
    ]);
  });

  it('treats so-called phrases and titles as terms', () => {
    const found = quotes('Russia’s so-called “special military operation” was shown in the film “All Quiet on the Western Front” yesterday.');
    expect(found.map((q) => q.kind)).toEqual(['term', 'term']);
  });
});

describe('speakers', () => {
  const speakerOf = (text: string) => quotes(text).find((q) => q.kind !== 'term')?.speaker ?? null;

  it('reads "X said", "said X", "according to X" and "X: “…”"', () => {
    expect(speakerOf('“We are ready to act now,” Stoltenberg said.')).toBe(STOLTENBERG);
    expect(speakerOf('“We are ready to act now,” said Tony Blinken.')).toBe(BLINKEN);
    expect(speakerOf('According to Antony Blinken, “we are ready to act now.”')).toBe(BLINKEN);
    expect(speakerOf('Stoltenberg: “We are ready to act now.”')).toBe(STOLTENBERG);
  });

  it('maps role nouns to the canonical speaker', () => {
    expect(speakerOf('“We are ready to act now,” the NATO chief said.')).toBe(STOLTENBERG);
    expect(speakerOf('“We are ready to act now,” the alliance’s head told reporters.')).toBe(STOLTENBERG);
    expect(speakerOf('“We are ready to act now,” America’s top diplomat said.')).toBe(BLINKEN);
    expect(speakerOf('“We are ready to act now,” the US secretary of state said.')).toBe(BLINKEN);
    expect(speakerOf('“We are ready to act now,” NATO’s secretary-general warned.')).toBe(STOLTENBERG);
  });

  it('maps declarations to the leaders or the Council', () => {
    expect(speakerOf('The leaders said in a statement: “Russia bears full responsibility for this war.” NATO met today.')).toBe(NATO_LEADERS);
    expect(speakerOf('The North Atlantic Council said “we condemn this attack in the strongest terms.”')).toBe(NAC);
  });

  it('resolves pronouns to the last named speaker, not the last name mentioned', () => {
    const text = 'Stoltenberg previewed the summit, which President Joe Biden will attend. "It is a pivotal moment for us all," he said.';
    expect(speakerOf(text)).toBe(STOLTENBERG);
  });

  it('keeps other people as written, widened to the full name given earlier', () => {
    expect(speakerOf('U.S. President Joe Biden spoke. Later, "we will respond to any use," Biden said.')).toBe('Joe Biden');
    expect(speakerOf('“It’s quite remarkable how things came together,” Szewczyk said.')).toBe('Szewczyk');
    expect(speakerOf('German Chancellor Olaf Scholz told reporters: “We advocated very strongly.”')).toBe('Olaf Scholz');
  });

  it('reads an appositive subject', () => {
    expect(speakerOf('Dmytro Kuleba, Ukraine\'s foreign minister, said: “We need them now, not in spring.”')).toBe('Dmytro Kuleba');
  });

  it('gives null for unnamed sources and unattributed quotes', () => {
    expect(speakerOf('“We are remaining deliberately ambiguous,” a senior official said.')).toBeNull();
    expect(speakerOf('“We are remaining deliberately ambiguous.” The weather was fine.')).toBeNull();
  });

  it('reports the page wording as the speaker cue', () => {
    const [q] = quotes('“We are ready to act now,” the NATO chief said.');
    expect(q!.speakerCue).toBe('the NATO chief');
  });
});

describe('common news idioms', () => {
  const one = (text: string) => {
    const found = quotes(text).filter((q) => q.kind !== 'term');
    return found.map((q) => [q.kind, q.speaker]);
  };

  it('reads inverted, parenthetical, appositive and "as X put it" attributions', () => {
    expect(one('"We are ready," said NATO Secretary General Jens Stoltenberg.')).toEqual([['statement', STOLTENBERG]]);
    expect(one('NATO Secretary-General Jens Stoltenberg (pictured) said: “We stand united.”')).toEqual([['statement', STOLTENBERG]]);
    expect(one('“We stand united,” Stoltenberg, 64, told reporters.')).toEqual([['statement', STOLTENBERG]]);
    expect(one('As Stoltenberg put it: “NATO is a defensive alliance.”')).toEqual([['statement', STOLTENBERG]]);
    expect(one('"This is a provocation," Kremlin spokesman Dmitry Peskov told Tass.')).toEqual([['statement', 'Dmitry Peskov']]);
    expect(one('The word is used by Biden, who said “it’s genocide” on Tuesday.')).toEqual([['fragment', 'Biden']]);
  });

  it('does not attach a cue that belongs to another clause', () => {
    const found = quotes('Stoltenberg said NATO would help “for as long as it takes,” while Urmas Reinsalu told Reuters support “should be stronger.”');
    expect(found.map((q) => q.speaker)).toEqual([STOLTENBERG, 'Urmas Reinsalu']);
  });

  it('treats short complete utterances and both halves of a split sentence as statements', () => {
    expect(one('“Absolutely not,” Blinken replied when asked about troops.')).toEqual([['statement', BLINKEN]]);
    expect(one('"The alliance," Stoltenberg said, "is united and strong."')).toEqual([
      ['statement', STOLTENBERG],
      ['statement', STOLTENBERG],
    ]);
    expect(one('NATO chief Jens Stoltenberg said Monday that "the alliance is united."')).toEqual([['statement', STOLTENBERG]]);
  });

  it('treats mentions and so-called phrases as terms, not statements', () => {
    expect(quotes('His predecessors didn’t say “as long as it takes” back then.').map((q) => q.kind)).not.toContain('statement');
    expect(quotes('Stoltenberg said the “so-called referendums” were a sham.').map((q) => q.kind)).toEqual(['term']);
  });

  it('gives unnamed transcript labels (QUESTION, MODERATOR) a null speaker', () => {
    const found = quotes('QUESTION: Mr. Secretary, will you send jets?\n\nSECRETARY BLINKEN: We are not going to get ahead of ourselves. Thank you.');
    expect(found.map((q) => q.speaker)).toEqual([null, BLINKEN]);
  });

  it('ignores inch marks', () => {
    expect(quotes('The 5" gun and the 12" shells were mentioned by officials.')).toEqual([]);
  });
});

describe('hard-wrapped plain text', () => {
  it('lets a quote run across soft line breaks and keeps exact offsets', () => {
    const text = [
      'NATO chief warns of long war',
      '',
      'BRUSSELS -- NATO Secretary General Jens Stoltenberg said on Sunday that',
      'the war in Ukraine could last for years. "We must be prepared for the',
      'fact that it could take years," he told a German newspaper. "We must',
      'not weaken in our support of Ukraine."',
      '',
      'The remarks came as allies debated new weapons deliveries to Kyiv, with',
      'several capitals pushing for faster decisions on air defence systems.',
    ].join('\n');
    const found = quotes(text);
    expect(found.map((q) => [q.text.replace(/\s+/g, ' '), q.speaker])).toEqual([
      ['We must be prepared for the fact that it could take years,', STOLTENBERG],
      ['We must not weaken in our support of Ukraine.', STOLTENBERG],
    ]);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('still treats every line as a paragraph in page text with long lines', () => {
    expect(texts('Short title\n\n“An unclosed quote runs to the end of this rather long line of page text, which is how page text looks\nNext line.')).toEqual([
      'An unclosed quote runs to the end of this rather long line of page text, which is how page text looks',
    ]);
  });
});

describe('headlines', () => {
  it('reads "Name: … ‘quote’" headlines', () => {
    const [q] = quotes("Stoltenberg: NATO 'will defend every inch'");
    expect([q!.kind, q!.speaker]).toEqual(['fragment', STOLTENBERG]);
    expect(quotes('Opinion: The alliance’s “open door policy” and the politics of words')[0]!.speaker).toBeNull();
  });
});
