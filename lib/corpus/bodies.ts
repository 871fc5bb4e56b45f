/**
 * Speakers the corpus build knows beyond lib/speakers.ts CORPUS_SPEAKERS: issuing bodies
 * of NATO texts that are not summit declarations or Council statements.
 */
import { CORPUS_SPEAKERS, NAC, NATO_LEADERS, ROLES, isCorpusSpeaker } from '../speakers';

export const NATO_FOREIGN_MINISTERS = 'NATO Foreign Ministers';

const BODY_ROLES: Record<string, string> = {
  [NATO_FOREIGN_MINISTERS]: 'NATO Ministers of Foreign Affairs',
};

/** Bodies that issue written texts (declarations, communiqués, statements), not people. */
export const ISSUING_BODIES: readonly string[] = [NATO_LEADERS, NAC, ...Object.keys(BODY_ROLES)];

/** Every speaker a single-speaker bundled document may be attributed to. */
export const KNOWN_DOCUMENT_SPEAKERS: readonly string[] = [...CORPUS_SPEAKERS, ...Object.keys(BODY_ROLES)];

/** Role of a corpus speaker or issuing body; '' for anyone else. */
export function knownRole(speaker: string): string {
  if (isCorpusSpeaker(speaker)) return ROLES[speaker];
  return BODY_ROLES[speaker] ?? '';
}
