import { storage, type StorageItemKey } from 'wxt/utils/storage';
import {
  emptyJournal,
  HISTORY_VERSION,
  historyMigrations,
  validateHistoryValue,
  validateJournalValue,
  type HistoryFile,
  type HistoryJournal,
  type Rejected,
} from '../lib/history';
import { readSettingsValue, Settings, SETTINGS_VERSION, type Settings as SettingsValue } from '../lib/settings';
import { readStoredSources, SOURCES_STORAGE_VERSION, toStored, type RejectedSource } from '../lib/sources/stored';
import type { ImportedSource } from '../lib/sources/record';

/**
 * The one typed storage module. Every stored value is versioned (WXT keeps the version in the
 * item's meta and runs migrations on update) and validated with zod on read. What cannot be
 * read is moved to `local:quarantine` with the time and the reason, never silently dropped.
 *
 * Areas: the history lives in `local` (large; needs unlimitedStorage, see README) as an
 * archive plus a small journal of changes (lib/history/journal.ts). Settings live in `sync`:
 * small, they follow the user, and content scripts that watch them are not sent a copy of
 * the history each time it changes (onChanged is per area).
 */
export const HISTORY_KEY: StorageItemKey = 'local:history';
export const SETTINGS_KEY: StorageItemKey = 'sync:settings';
export const QUARANTINE_KEY: StorageItemKey = 'local:quarantine';

/** Changes since the archive was written (lib/history/journal.ts); its version is in the value. */
export const HISTORY_JOURNAL_KEY: StorageItemKey = 'local:historyJournal';

/** Factories so tests can seed old data first and then define the item, as an update would. */
export function defineHistoryItem() {
  return storage.defineItem<unknown>(HISTORY_KEY, { version: HISTORY_VERSION, migrations: historyMigrations });
}
export function defineSettingsItem() {
  return storage.defineItem<unknown>(SETTINGS_KEY, { version: SETTINGS_VERSION, migrations: {} });
}

/*
 * WXT runs an item's migrations when the item is defined, reading the whole value. The archive
 * is large (~12 MB at 10,000 records, ~0.5 s to read in Chrome), so only the background's
 * store defines the migrating item, lazily, when it needs the archive; pages read a plain item.
 */
let historyWriterItem: ReturnType<typeof defineHistoryItem> | null = null;
let historyReaderItem: ReturnType<typeof storage.defineItem<unknown>> | null = null;
const historyWriter = () => (historyWriterItem ??= defineHistoryItem());
const historyReader = () => (historyReaderItem ??= storage.defineItem<unknown>(HISTORY_KEY));
const journalItem = storage.defineItem<unknown>(HISTORY_JOURNAL_KEY);

export const settingsItem = defineSettingsItem();

export interface QuarantineEntry {
  /** Epoch ms when it was set aside. */
  at: number;
  /** The storage key it came from. */
  key: string;
  reason: string;
  value: unknown;
}

// — history (archive + journal; pages use services/history-view.ts) —

/** The archive, validated. `forWrite` (the background store only) runs pending migrations first. */
export async function readArchive(forWrite = false): Promise<{ file: HistoryFile; rejected: Rejected[] }> {
  return validateHistoryValue(await (forWrite ? historyWriter() : historyReader()).getValue());
}

/** The archive's revision, kept in its meta beside the version: a tiny read. '' when never set. */
export async function readArchiveRev(): Promise<string> {
  const meta = await storage.getMeta<{ rev?: unknown }>(HISTORY_KEY);
  return typeof meta.rev === 'string' ? meta.rev : '';
}

export async function readJournal(): Promise<{ journal: HistoryJournal | null; rejected: Rejected[] }> {
  return validateJournalValue(await journalItem.getValue());
}

/** Background store only. */
export async function writeJournal(journal: HistoryJournal): Promise<void> {
  await journalItem.setValue(journal);
}

/**
 * Background store only: replace the archive and start an empty journal on it, in ONE storage
 * write (chrome.storage sets several keys atomically), so a crash never leaves a journal
 * applied to the wrong archive. Returns the new revision.
 */
export async function writeArchive(file: HistoryFile): Promise<string> {
  await historyWriter().getMeta(); // waits for pending migrations, so old data is never overwritten unread
  const rev = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  await storage.setItems([
    { key: HISTORY_KEY, value: file },
    { key: `${HISTORY_KEY}$`, value: { v: HISTORY_VERSION, rev } },
    { key: HISTORY_JOURNAL_KEY, value: emptyJournal(rev) },
  ]);
  return rev;
}

/** Raw change feeds for the history page (validated in services/history-view.ts). */
export function watchArchive(onChange: (raw: unknown) => void): () => void {
  return historyReader().watch(onChange);
}
export function watchJournal(onChange: (raw: unknown) => void): () => void {
  return journalItem.watch(onChange);
}

// — settings —

export async function readSettings(): Promise<{ settings: SettingsValue; problems: string[] }> {
  return readSettingsValue(await settingsItem.getValue());
}

/** The raw stored value, for quarantining it before a repair overwrites it. */
export async function readRawSettings(): Promise<unknown> {
  return settingsItem.getValue();
}

/** Validates before writing: an invalid value throws and nothing is stored. */
export async function saveSettings(value: SettingsValue): Promise<SettingsValue> {
  const valid = Settings.parse(value);
  await settingsItem.setValue(valid);
  return valid;
}

export function watchSettings(onChange: (settings: SettingsValue) => void): () => void {
  return settingsItem.watch((raw) => onChange(readSettingsValue(raw).settings));
}

// — quarantine —

export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const raw = await storage.getItem<unknown>(QUARANTINE_KEY);
  return Array.isArray(raw) ? (raw as QuarantineEntry[]) : raw == null ? [] : [{ at: 0, key: QUARANTINE_KEY, reason: 'unreadable quarantine', value: raw }];
}

/** Append; callers go through the background's write queue so appends never race. */
export async function addToQuarantine(key: string, rejected: readonly Rejected[], now = Date.now()): Promise<void> {
  if (rejected.length === 0) return;
  const entries = await readQuarantine();
  entries.push(...rejected.map((r) => ({ at: now, key, reason: r.reason, value: r.value })));
  await storage.setItem(QUARANTINE_KEY, entries);
}

export async function clearQuarantine(): Promise<void> {
  await storage.removeItem(QUARANTINE_KEY);
}

// — imported sources (the user's own transcripts; lib/sources) —

/** Raw text + metadata of each imported source; statements are derived at load, never stored. */
export const SOURCES_KEY: StorageItemKey = 'local:sources';

/** Lazy, like the history item: only the background (single writer) and the sources page read it. */
let sourcesItem: ReturnType<typeof storage.defineItem<unknown>> | null = null;
const sourcesStore = () => (sourcesItem ??= storage.defineItem<unknown>(SOURCES_KEY, { version: SOURCES_STORAGE_VERSION, migrations: {} }));

/** Validated per source; `rejected` holds what failed (the caller quarantines it). */
export async function readImportedSources(): Promise<{ sources: ImportedSource[]; rejected: RejectedSource[] }> {
  return readStoredSources(await sourcesStore().getValue());
}

/** Only services/sources-store.ts (the background) writes. */
export async function writeImportedSources(sources: readonly ImportedSource[]): Promise<void> {
  await sourcesStore().setValue(toStored(sources));
}
