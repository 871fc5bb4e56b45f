/**
 * Canonical speakers of the bundled corpus and the names/roles pages and transcripts use
 * for them. Shared by the corpus build (speaker labels) and quote extraction (claimed
 * speaker), so both sides name a speaker the same way.
 */
export const STOLTENBERG = 'Jens Stoltenberg';
export const BLINKEN = 'Antony J. Blinken';
export const NATO_LEADERS = 'NATO Heads of State and Government';
export const NAC = 'North Atlantic Council';

export const CORPUS_SPEAKERS = [STOLTENBERG, BLINKEN, NATO_LEADERS, NAC] as const;
export type CorpusSpeaker = (typeof CORPUS_SPEAKERS)[number];

export const ROLES: Record<CorpusSpeaker, string> = {
  [STOLTENBERG]: 'NATO Secretary General',
  [BLINKEN]: 'US Secretary of State',
  [NATO_LEADERS]: 'Heads of State and Government of the North Atlantic Alliance',
  [NAC]: 'North Atlantic Council',
};

export function isCorpusSpeaker(name: string | null | undefined): name is CorpusSpeaker {
  return !!name && (CORPUS_SPEAKERS as readonly string[]).includes(name);
}
