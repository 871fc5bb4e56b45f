/**
 * The match history as pages see it: archive + journal (lib/history/journal.ts) with the
 * user's cap, validated. Read-only: every change goes to the background's store by message.
 */
import { validateHistoryValue, validateJournalValue, viewOf, type HistoryFile, type Rejected } from '../lib/history';
import { readArchive, readArchiveRev, readJournal, readSettings, watchArchive, watchJournal, watchSettings } from './storage';

export interface HistoryView {
  file: HistoryFile;
  /** What could not be read (shown, and set aside by the background on request). */
  rejected: Rejected[];
}

interface Parts {
  archive: { file: HistoryFile; rejected: Rejected[] };
  journal: ReturnType<typeof validateJournalValue>;
  journalRaw: unknown;
  rev: string;
  cap: number;
}

function compose({ archive, journal, journalRaw, rev, cap }: Parts): HistoryView {
  const applies = journal.journal !== null && journal.journal.base === rev;
  const stale: Rejected[] = journal.journal && !applies ? [{ reason: 'journal of changes for an older archive', value: journalRaw }] : [];
  const { file } = viewOf(archive.file, applies ? journal.journal : null, cap);
  return { file, rejected: [...archive.rejected, ...journal.rejected, ...stale] };
}

async function readParts(): Promise<Parts> {
  const [archive, journal, rev, { settings }] = await Promise.all([readArchive(), readJournal(), readArchiveRev(), readSettings()]);
  return { archive, journal, journalRaw: journal.journal, rev, cap: settings.historyCap };
}

export async function readHistory(): Promise<HistoryView> {
  return compose(await readParts());
}

/**
 * Follow the history: the first view, then a new one after every change. A recorded page only
 * changes the small journal; the big archive is re-validated only when it was rewritten.
 */
export async function watchHistory(onChange: (view: HistoryView) => void): Promise<() => void> {
  const parts = await readParts();
  onChange(compose(parts));
  const refresh = async () => {
    parts.rev = await readArchiveRev();
    onChange(compose(parts));
  };
  const stops = [
    watchArchive((raw) => {
      parts.archive = validateHistoryValue(raw);
      void refresh();
    }),
    watchJournal((raw) => {
      parts.journal = validateJournalValue(raw);
      parts.journalRaw = raw;
      void refresh();
    }),
    watchSettings((settings) => {
      parts.cap = settings.historyCap;
      void refresh();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
