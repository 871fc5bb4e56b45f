import type { Statement } from '../../../lib/corpus/schema';

/** A small hand-made document: consecutive sentences of one speaker. */
export function doc(docId: string, speaker: string, sentences: string[], origin: Statement['origin'] = 'bundled'): Statement[] {
  return sentences.map((text, ordinal) => ({
    id: `${docId}:${String(ordinal).padStart(4, '0')}`,
    docId,
    ordinal,
    speaker,
    role: 'NATO Secretary General',
    date: '2022-03-23',
    event: `Press conference ${docId}`,
    kind: 'press-conference',
    place: 'Brussels',
    url: `https://www.nato.int/${docId}.htm`,
    text,
    origin,
  }));
}

export const PRESSER = doc('presser', 'Jens Stoltenberg', [
  'Good afternoon.',
  'We face a new reality for our security.',
  'So we must reset our deterrence and defence for the longer term.',
  'Allies stand united in support for the brave people of Ukraine and against the Kremlin’s cruelty.',
  'President Putin must end this war, allow aid and safe passage for civilians, and engage in real diplomacy.',
  'There are now 100,000 U.S. troops in Europe and 40,000 forces under direct NATO command.',
  'We will not send NATO troops into Ukraine.',
  'The first step is the deployment of four new NATO battlegroups in Bulgaria, Hungary, Romania and Slovakia.',
  'This is a pivotal moment for our security.',
  'China has provided Russia with political support, including by spreading blatant lies and disinformation.',
]);

export const DECLARATION = doc('declaration', 'NATO Heads of State and Government', [
  'We condemn Russia’s invasion of Ukraine in the strongest possible terms.',
  'We call on President Putin to immediately stop this war and withdraw military forces from Ukraine.',
  'We remain united and resolute in our determination to oppose Russia’s aggression.',
]);
