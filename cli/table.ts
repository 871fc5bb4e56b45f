/** The human-readable report: one table per file, a row per quote, source and diff beneath. */
import type { DiffOp, Verdict } from '../lib/match';
import type { FileReport, JsonMatch, QuoteReport } from './report';
import type { Style } from './style';
import { isOwnSource, OWN_SOURCE_LABEL } from '../lib/sources/label';

const LABEL: Record<Verdict, string> = { verbatim: 'verbatim', close: 'close', altered: 'altered', 'not-found': 'not in corpus' };
const MAX_DIFF_OPS = 6;

function truncate(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(1, width - 1))}…`;
}

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

function verdictCell(m: JsonMatch | null, kind: string, st: Style): [string, number] {
  const tooShort = !m || m.flags.includes('too-short');
  const text = kind === 'term' ? 'term: not checked' : tooShort ? 'too short to check' : LABEL[m.verdict];
  const width = 18;
  const padded = pad(text, width);
  if (!m || tooShort) return [st.dim(padded), width];
  const colour = { verbatim: st.green, close: st.cyan, altered: st.yellow, 'not-found': st.dim }[m.verdict];
  return [colour(padded), width];
}

export function compactDiff(diff: DiffOp[], st: Style): string {
  const edits = diff.filter((d) => d.op !== 'same');
  if (edits.length === 0) return st.dim('identical words');
  const shown = edits.slice(0, MAX_DIFF_OPS).map((d) => {
    if (d.op === 'added') return st.green(`+“${truncate(d.quote, 40)}”`);
    if (d.op === 'dropped') return st.red(`${d.marked ? `${d.marker ?? '…'} ` : ''}−“${truncate(d.source, 40)}”`);
    return `${st.red(`“${truncate(d.source, 30)}”`)}→${st.green(`“${truncate(d.quote, 30)}”`)}`;
  });
  const more = edits.length > MAX_DIFF_OPS ? st.dim(` (+${edits.length - MAX_DIFF_OPS} more)`) : '';
  return shown.join('  ') + more;
}

function attributionNote(m: JsonMatch, st: Style): string {
  if (m.attribution === 'agrees') return st.green('attribution agrees');
  if (m.attribution === 'differs') return st.yellow('attribution differs');
  return st.dim('page names no speaker');
}

function row(q: QuoteReport, n: number, width: number, st: Style): string[] {
  const [verdict] = verdictCell(q.match, q.kind, st);
  const scored = q.match && !q.match.flags.includes('too-short');
  const score = scored ? `${Math.round(q.match!.score * 100)}%`.padStart(4) : '    ';
  const speaker = pad(truncate(q.speaker ?? '—', 22), 22);
  const quoteWidth = Math.max(20, width - 58);
  const lines = [`${String(n).padStart(3)}  ${verdict} ${score}  ${speaker}  “${truncate(q.text, quoteWidth)}”`];
  const m = q.match;
  if (!m || !m.statementId) return lines;
  const indent = ' '.repeat(5);
  // The user's own (imported) source says so on the source line: never mistaken for the verified corpus.
  const own = isOwnSource(m);
  const closest = m.verdict === 'not-found' ? `closest${own ? ` (${OWN_SOURCE_LABEL})` : ''}: ` : `${own ? OWN_SOURCE_LABEL : 'source'}: `;
  lines.push(`${indent}${st.dim(closest)}${m.speaker} · ${m.date} · ${truncate(m.event, Math.max(20, width - 60))}` + (m.verdict === 'not-found' ? '' : ` · ${attributionNote(m, st)}`));
  lines.push(`${indent}${st.dim(m.url)}`);
  const flags = m.flags.filter((f) => f !== 'imported-source');
  if (flags.length) lines.push(`${indent}${st.dim(`flags: ${flags.join(', ')}`)}`);
  if (m.verdict !== 'not-found') lines.push(`${indent}${st.dim('diff:')} ${compactDiff(m.diff, st)}`);
  return lines;
}

function summary(report: FileReport): string {
  const counts = new Map<string, number>();
  for (const q of report.quotes) {
    const key = q.kind === 'term' ? 'terms' : !q.match || q.match.flags.includes('too-short') ? 'too short' : LABEL[q.match.verdict];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([k, v]) => `${v} ${k}`);
  return `${report.quotes.length} quote${report.quotes.length === 1 ? '' : 's'}${parts.length ? `: ${parts.join(' · ')}` : ''}`;
}

export const LEGEND =
  'diff: −“…” in the source but left out, +“…” added by the page, “source”→“page” changed; … marks an omission the page marked.\n' +
  '“not in corpus” means no close source in the bundled corpus — never that the quote is false.\n';

export function formatTable(report: FileReport, width: number, st: Style): string {
  const head = `${st.bold(report.file)} — ${summary(report)}`;
  if (report.quotes.length === 0) return `${head}\n     ${st.dim('no quotations found')}\n`;
  const columns = st.dim(`${'  #'}  ${pad('verdict', 18)} score  ${pad('page credits', 22)}  quote`);
  const rows = report.quotes.flatMap((q, i) => row(q, i + 1, width, st));
  return [head, columns, ...rows, ''].join('\n');
}
