/**
 * Builds corpus/generated/corpus.json from corpus/sources/*.txt.
 * Usage: tsx scripts/build-corpus.ts [--quiet] [--sources DIR] [--out FILE]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type SourceFile } from '../lib/corpus/build';
import type { Corpus } from '../lib/corpus/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1] as string) : fallback;
}

function readSources(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

/** INDEX.tsv lists the sources; a mismatch means a file was added or lost without updating it. */
function indexWarnings(dir: string, files: SourceFile[]): string[] {
  const index = join(dir, 'INDEX.tsv');
  if (!existsSync(index)) return [];
  const listed = new Set(readFileSync(index, 'utf8').split(/\r?\n/).slice(1).map((l) => l.split('\t')[0] ?? '').filter(Boolean));
  const present = new Set(files.map((f) => f.name));
  return [
    ...[...listed].filter((n) => !present.has(n)).map((n) => `INDEX.tsv lists ${n}, which is missing`),
    ...[...present].filter((n) => !listed.has(n)).map((n) => `${n} is not listed in INDEX.tsv`),
  ];
}

function summary(corpus: Corpus, ms: number, out: string): string {
  const bySpeaker = new Map<string, number>();
  for (const s of corpus.statements) bySpeaker.set(s.speaker, (bySpeaker.get(s.speaker) ?? 0) + 1);
  const rows = [...bySpeaker].sort((a, b) => b[1] - a[1]).map(([s, n]) => `  ${String(n).padStart(6)}  ${s}`);
  return [
    `corpus: ${corpus.builtFrom} documents, ${corpus.statements.length} statements in ${ms.toFixed(0)} ms → ${out}`,
    ...rows,
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const started = performance.now();
  const sources = option(args, '--sources', join(ROOT, 'corpus/sources'));
  const out = option(args, '--out', join(ROOT, 'corpus/generated/corpus.json'));
  const files = readSources(sources);
  if (!files.length) throw new Error(`no .txt sources in ${sources}`);
  for (const warning of indexWarnings(sources, files)) console.warn(`corpus: warning: ${warning}`);
  const corpus = buildCorpus(files);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(corpus)}\n`);
  if (!args.includes('--quiet')) console.log(summary(corpus, performance.now() - started, out));
}

try {
  main();
} catch (e) {
  console.error(`corpus build failed: ${(e as Error).message}`);
  process.exit(1);
}
