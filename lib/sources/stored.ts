/**
 * The stored value (storage key local:sources): `{ sources: ImportedSource[] }`. Read record by
 * record: one damaged source is set aside with its reason (quarantine), the others load.
 */
import { ImportedSource } from './record';

export const SOURCES_STORAGE_VERSION = 1;

export interface StoredSources {
  sources: ImportedSource[];
}

export interface RejectedSource {
  reason: string;
  value: unknown;
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'source'}: ${issue.message}` : 'invalid source';
}

export function readStoredSources(raw: unknown): { sources: ImportedSource[]; rejected: RejectedSource[] } {
  if (raw == null) return { sources: [], rejected: [] };
  const list = (raw as { sources?: unknown }).sources;
  if (typeof raw !== 'object' || !Array.isArray(list)) {
    return { sources: [], rejected: [{ reason: 'stored sources are not an object with a sources list', value: raw }] };
  }
  const sources: ImportedSource[] = [];
  const rejected: RejectedSource[] = [];
  const seen = new Set<string>();
  for (const value of list) {
    const parsed = ImportedSource.safeParse(value);
    if (!parsed.success) rejected.push({ reason: firstIssue(parsed.error), value });
    else if (seen.has(parsed.data.docId)) rejected.push({ reason: `duplicate source id ${parsed.data.docId}`, value });
    else {
      seen.add(parsed.data.docId);
      sources.push(parsed.data);
    }
  }
  return { sources, rejected };
}

export function toStored(sources: readonly ImportedSource[]): StoredSources {
  return { sources: [...sources] };
}
