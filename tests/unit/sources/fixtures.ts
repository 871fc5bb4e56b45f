import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceForm } from '../../../lib/sources';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const TRANSCRIPT_NAME = '2023-10-12-stoltenberg-synthetic-defence-ministers-press-conference.txt';
export const TRANSCRIPT_PATH = resolve(ROOT, 'tests/fixtures/sources', TRANSCRIPT_NAME);
export const transcriptFile = (): string => readFileSync(TRANSCRIPT_PATH, 'utf8');

/** A complete, valid form (a short synthetic transcript). */
export function validForm(overrides: Partial<Record<keyof SourceForm, unknown>> = {}): Record<string, unknown> {
  return {
    title: 'Doorstep statement by the Secretary General (synthetic)',
    speaker: 'Jens Stoltenberg',
    date: '2023-10-11',
    kind: 'doorstep',
    place: 'Brussels',
    url: 'https://example.org/synthetic/doorstep',
    text: 'Good morning.\n\nAllies will discuss how to protect the cables and pipelines on the seabed of the North Sea.\n\nThank you.',
    ...overrides,
  };
}
