import { HISTORY_VERSION } from '../schema';
import { migrateV1ToV2 } from './v1-to-v2';

/**
 * One step per version, keyed by the version it produces (WXT's `migrations` format).
 * Steps never throw: what they cannot convert passes through and is quarantined on read.
 *
 * Adding version 3: write migrations/v2-to-v3.ts for the archive value { version, records,
 * droppedByCap }, and have validateJournalValue (journal.ts) run the same step on a version-2
 * journal { version, base, records, deleted } (map records, keep the other fields) — the
 * journal has no WXT meta. Until then a journal of another version is quarantined, not lost.
 */
export const historyMigrations: Record<number, (value: unknown) => unknown> = {
  2: migrateV1ToV2,
};

/** Run every step from `fromVersion` up to the current version (imports of old exports use this). */
export function migrateHistoryValue(value: unknown, fromVersion: number): unknown {
  let migrated = value;
  for (let target = fromVersion + 1; target <= HISTORY_VERSION; target++) {
    const step = historyMigrations[target];
    if (!step) throw new Error(`no migration to history version ${target}`);
    migrated = step(migrated);
  }
  return migrated;
}
