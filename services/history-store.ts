import {
  appendDrafts, draftFromCheck, emptyHistory, emptyJournal, JOURNAL_LIMIT, journalSize, markDeleted, mergeInto, viewOf,
  type CheckInput, type HistoryFile, type HistoryJournal, type HistoryRecord, type RecordDraft,
} from '../lib/history';
import { handleMessages } from './messaging';
import { createWriteQueue } from './write-queue';
import {
  addToQuarantine, clearQuarantine, HISTORY_JOURNAL_KEY, HISTORY_KEY, readArchive, readArchiveRev, readJournal,
  readRawSettings, readSettings, saveSettings, SETTINGS_KEY, writeArchive, writeJournal,
} from './storage';
import { browser } from 'wxt/browser';

/**
 * The background's single writer for match history. Every change goes through one write queue
 * (services/write-queue.ts): applied one after another to the latest stored value, so writes
 * from many tabs at once never overwrite each other; record calls arriving together share one
 * write. Recording rewrites only the small journal; the archive is rewritten when the journal
 * is full and for imports, clears and repairs (lib/history/journal.ts).
 */
export interface RecordOptions {
  /** Whether these came from an automatic page scan (skipped when the user turned that off). */
  automatic?: boolean;
}
export interface RecordResult {
  recorded: number;
  /** Records the cap removed when this write compacted the history (0 for journal-only writes). */
  dropped: number;
}
interface PendingCall {
  drafts: readonly RecordDraft[];
  options: RecordOptions;
}

const queue = createWriteQueue<PendingCall, RecordResult>(recordBatch);

/** Resolves when every queued write has finished (tests, and before reading back). */
export function whenIdle(): Promise<void> {
  return queue.idle();
}

async function currentSettings() {
  return (await readSettings()).settings;
}

/** The journal to continue: unreadable parts, or a journal left over for another archive, go to quarantine. */
async function loadJournal(): Promise<HistoryJournal> {
  const [{ journal, rejected }, rev] = await Promise.all([readJournal(), readArchiveRev()]);
  await addToQuarantine(HISTORY_JOURNAL_KEY, rejected);
  if (journal && journal.base !== rev) await addToQuarantine(HISTORY_JOURNAL_KEY, [{ reason: 'journal of changes for an older archive', value: journal }]);
  return journal && journal.base === rev ? journal : emptyJournal(rev);
}

/** The whole history as users see it (reads the archive: only for compaction-type changes). */
async function loadView(cap: number): Promise<{ file: HistoryFile; dropped: number }> {
  const { file, rejected } = await readArchive(true);
  await addToQuarantine(HISTORY_KEY, rejected);
  return viewOf(file, await loadJournal(), cap);
}

/**
 * Upsert checks: one record per (page, quote); a revisit updates last seen and the verdict.
 * Joins the queue synchronously, so calls apply in the order they were made.
 */
export function recordChecks(drafts: readonly RecordDraft[], options: RecordOptions = {}): Promise<RecordResult> {
  if (drafts.length === 0) return Promise.resolve({ recorded: 0, dropped: 0 });
  return queue.add({ drafts, options });
}

/** One write for every record call queued together; settings are read once per batch. */
async function recordBatch(calls: PendingCall[]): Promise<RecordResult[]> {
  const settings = await currentSettings();
  const kept = calls.map(({ drafts, options }) =>
    drafts.filter((d) => {
      const automatic = options.automatic ?? (d.foundBy === 'page' && settings.scanMode === 'auto');
      return !automatic || settings.recordAutomaticScans;
    }),
  );
  const all = kept.flat();
  let dropped = 0;
  if (all.length > 0) {
    const journal = appendDrafts(await loadJournal(), all);
    if (journalSize(journal) < JOURNAL_LIMIT) await writeJournal(journal);
    else dropped = await compact(journal, settings.historyCap);
  }
  return kept.map((k) => ({ recorded: k.length, dropped }));
}

/** Fold the journal into a new archive (the view, capped). Returns what the cap removed. */
async function compact(journal: HistoryJournal, cap: number): Promise<number> {
  const { file, rejected } = await readArchive(true);
  await addToQuarantine(HISTORY_KEY, rejected);
  const view = viewOf(file, journal, cap);
  await writeArchive(view.file);
  return view.dropped;
}

/** The background's entry point after matching: converts matches, skips terms, records the rest. */
export function recordMatches(checks: readonly CheckInput[], options: RecordOptions = {}): Promise<RecordResult> {
  const now = Date.now();
  const drafts = checks.map((c) => draftFromCheck(c, now)).filter((d): d is RecordDraft => d !== null);
  return recordChecks(drafts, options);
}

/** Journal-only (fast at any size). `deleted`: how many of the ids were not already deleted. */
export function deleteRecords(ids: readonly string[]): Promise<{ deleted: number }> {
  return queue.run(async () => {
    const journal = await loadJournal();
    const before = new Set(journal.deleted);
    const fresh = [...new Set(ids)].filter((id) => !before.has(id));
    if (fresh.length === 0) return { deleted: 0 };
    const next = markDeleted(journal, fresh);
    if (journalSize(next) < JOURNAL_LIMIT) await writeJournal(next);
    else await compact(next, (await currentSettings()).historyCap);
    return { deleted: fresh.length };
  });
}

/** Clear everything, including the note about records the cap removed. */
export function clearHistory(): Promise<{ cleared: number }> {
  return queue.run(async () => {
    const { file } = await loadView((await currentSettings()).historyCap); // the count the page showed
    await writeArchive(emptyHistory());
    return { cleared: file.records.length };
  });
}

/** Merge validated records from an export: same (page, quote) merges, never duplicates. */
export function importRecords(records: readonly HistoryRecord[]): Promise<{ added: number; updated: number; dropped: number }> {
  return queue.run(async () => {
    const { historyCap } = await currentSettings();
    const view = await loadView(historyCap);
    const result = mergeInto(view.file, records, 'import', historyCap, Date.now());
    await writeArchive(result.file);
    return { added: result.added, updated: result.updated, dropped: result.dropped + view.dropped };
  });
}

/** A lowered cap shows at once (the view applies it); this also frees the storage now. */
export function applyCap(): Promise<{ dropped: number }> {
  return queue.run(async () => {
    const view = await loadView((await currentSettings()).historyCap);
    if (view.dropped > 0) await writeArchive(view.file);
    return { dropped: view.dropped };
  });
}

/**
 * Quarantine unreadable history records and settings fields, then store the repaired values,
 * so later reads are clean. Runs at browser start and extension install/update (when WXT
 * migrates), and when the history page finds something it cannot read.
 */
export function repairStorage(): Promise<{ history: number; settings: number }> {
  return queue.run(async () => {
    const { file, rejected } = await readArchive(true);
    const [{ journal, rejected: journalRejected }, rev] = await Promise.all([readJournal(), readArchiveRev()]);
    const stale = journal && journal.base !== rev ? [{ reason: 'journal of changes for an older archive', value: journal }] : [];
    await addToQuarantine(HISTORY_KEY, rejected);
    await addToQuarantine(HISTORY_JOURNAL_KEY, [...journalRejected, ...stale]);
    const found = rejected.length + journalRejected.length + stale.length;
    if (found > 0) await writeArchive(viewOf(file, stale.length ? null : journal, Number.MAX_SAFE_INTEGER).file);
    const { settings, problems } = await readSettings();
    if (problems.length > 0) {
      await addToQuarantine(SETTINGS_KEY, [{ reason: problems.join('; '), value: await readRawSettings() }]);
      await saveSettings(settings);
    }
    return { history: found, settings: problems.length };
  });
}

export function clearQuarantined(): Promise<void> {
  return queue.run(() => clearQuarantine());
}

/** Call once, synchronously, from the background: answers the pages and repairs storage when due. */
export function registerHistoryHandlers(): () => void {
  const repair = () => void repairStorage().catch((error) => console.error('[verbatim] history repair failed', error));
  browser.runtime.onStartup.addListener(repair);
  browser.runtime.onInstalled.addListener(repair);
  const stop = handleMessages({
    historyRecord: ({ drafts, automatic }) => recordChecks(drafts, { automatic }),
    historyDelete: ({ ids }) => deleteRecords(ids),
    historyClear: () => clearHistory(),
    historyImport: ({ records }) => importRecords(records),
    historyApplyCap: () => applyCap(),
    historyRepair: () => repairStorage(),
    quarantineClear: async () => {
      await clearQuarantined();
      return { ok: true as const };
    },
  });
  return () => {
    stop();
    browser.runtime.onStartup.removeListener(repair);
    browser.runtime.onInstalled.removeListener(repair);
  };
}
