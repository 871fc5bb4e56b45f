/**
 * Guesses for fields a page does not declare, from its title: who speaks (a corpus speaker
 * named in it) and what kind of event it is. Only ever prefill: the user checks them.
 */
import { BLINKEN, STOLTENBERG } from '../speakers';
import type { Prefill } from './header';

const KINDS: [RegExp, string][] = [
  [/\bjoint press (conference|point|availability|statements?)\b/i, 'joint-press-conference'],
  [/\bpress availability\b/i, 'press-availability'],
  [/\bpress (conference|point|briefing)\b/i, 'press-conference'],
  [/\bdoorstep\b/i, 'doorstep'],
  [/\binterview\b/i, 'interview'],
  [/\b(speech|keynote|address)\b/i, 'speech'],
  [/\bdeclaration\b/i, 'declaration'],
  [/\b(communiqu[eé]|statement)\b/i, 'statement'],
  [/\bremarks\b/i, 'remarks'],
];

export function guessKind(title: string): string | undefined {
  return KINDS.find(([re]) => re.test(title))?.[1];
}

export function guessSpeaker(title: string): string | undefined {
  const names = [/\bstoltenberg\b/i.test(title) && STOLTENBERG, /\bblinken\b/i.test(title) && BLINKEN].filter((n): n is string => !!n);
  return names.length ? names.join('; ') : undefined;
}

/** Adds guessed speaker and kind to a prefill that lacks them. */
export function withGuesses(prefill: Prefill): Prefill {
  const title = prefill.fields.title ?? '';
  const fields = { ...prefill.fields };
  fields.speaker ??= guessSpeaker(title);
  fields.kind ??= guessKind(title);
  for (const key of ['speaker', 'kind'] as const) if (fields[key] === undefined) delete fields[key];
  return { ...prefill, fields };
}
