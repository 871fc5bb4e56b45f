import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/text/sentences';

// Real sentences from corpus/sources; each row is [input, expected sentences].
const CASES: [string, string[]][] = [
  [
    'Mr. Secretary, appreciate your visit to Vilnius. Thank you.',
    ['Mr. Secretary, appreciate your visit to Vilnius.', 'Thank you.'],
  ],
  [
    'In Copenhagen, Mr. Stoltenberg also met with the Minister of Foreign Affairs, Mr. Jeppe Kofod and the Minister of Defence, Mr. Morten Bødskov.',
    ['In Copenhagen, Mr. Stoltenberg also met with the Minister of Foreign Affairs, Mr. Jeppe Kofod and the Minister of Defence, Mr. Morten Bødskov.'],
  ],
  [
    'And joining me now is the U.S. Secretary of State Antony Blinken. Mr. Secretary, welcome.',
    ['And joining me now is the U.S. Secretary of State Antony Blinken.', 'Mr. Secretary, welcome.'],
  ],
  [
    'Secretary Antony J. Blinken holds a press conference. It was in Brussels.',
    ['Secretary Antony J. Blinken holds a press conference.', 'It was in Brussels.'],
  ],
  [
    'It’s always great to meet U.S. troops in Europe. I welcome the commitment of the U.K. and Canada.',
    ['It’s always great to meet U.S. troops in Europe.', 'I welcome the commitment of the U.K. and Canada.'],
  ],
  [
    'More than 1.8 million refugees have left their homes in Ukraine. An additional $2.8 billion.',
    ['More than 1.8 million refugees have left their homes in Ukraine.', 'An additional $2.8 billion.'],
  ],
  [
    'We met outside No. 10 Downing Street. Then we talked.',
    ['We met outside No. 10 Downing Street.', 'Then we talked.'],
  ],
  [
    'This is just one of more than 20 attacks… in one day… in one region of Ukraine.',
    ['This is just one of more than 20 attacks… in one day… in one region of Ukraine.'],
  ],
  [
    '“No NATO partner is closer or more capable than Japan.” Those were his words.',
    ['“No NATO partner is closer or more capable than Japan.”', 'Those were his words.'],
  ],
  [
    'Did he ask “Why now?” he said. Yes! We did.',
    ['Did he ask “Why now?” he said.', 'Yes!', 'We did.'],
  ],
  [
    'Allies provide support, e.g. air defence, i.e. systems that save lives. Thank you.',
    ['Allies provide support, e.g. air defence, i.e. systems that save lives.', 'Thank you.'],
  ],
  [
    // Transcripts break lines mid-sentence.
    'We, the Heads of State and Government of the 30 NATO Allies, have met today to\naddress Russia’s aggression against Ukraine. Russia’s war against Ukraine has shattered peace in Europe\nand is causing enormous human suffering and destruction.',
    [
      'We, the Heads of State and Government of the 30 NATO Allies, have met today to address Russia’s aggression against Ukraine.',
      'Russia’s war against Ukraine has shattered peace in Europe and is causing enormous human suffering and destruction.',
    ],
  ],
  [
    '2. We warmly welcome President Zelenskyy to the inaugural meeting of the NATO-Ukraine Council. 3. Russia bears full responsibility.',
    ['2. We warmly welcome President Zelenskyy to the inaugural meeting of the NATO-Ukraine Council.', '3. Russia bears full responsibility.'],
  ],
  ['Issued on 11 Jul. 2023 in Vilnius. Thank you.', ['Issued on 11 Jul. 2023 in Vilnius.', 'Thank you.']],
  ['', []],
  ['  —  ', []],
];

describe('splitSentences', () => {
  it.each(CASES)('splits %j', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('never loses or invents words', () => {
    const text = 'Mr. Blinken met Dr. Smith at 10 a.m. on Jan. 5 in the U.S. Capitol. They agreed! Did they? Yes.';
    const joined = splitSentences(text).join(' ');
    expect(joined).toBe(text);
  });
});
