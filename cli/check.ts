/**
 * `npm run check -- [--json] [--corpus file] [--sources dir] <file|dir>...` — checks the quotes of articles
 * (.txt, .html, .htm; directories recursed) against the corpus, with the same library the
 * extension runs. Exit code 1 only when an input could not be checked, never for findings.
 */
import { loadCorpusFile } from './corpus-file';
import { createMatcher, type Matcher } from '../lib/match';
import { expandInput, InputError, type ArticleFile } from './inputs';
import { checkArticle } from './report';
import { styleFor } from './style';
import { formatTable, LEGEND } from './table';
import { parseArgs, USAGE } from './args';
import { loadExtraSources } from './extra-sources';

function collect(paths: string[], fail: (message: string) => void): ArticleFile[] {
  const files: ArticleFile[] = [];
  for (const p of paths) {
    try {
      files.push(...expandInput(p));
    } catch (e) {
      fail((e as Error).message);
    }
  }
  return files;
}

function checkAll(files: ArticleFile[], matcher: Matcher, json: boolean, fail: (message: string) => void): void {
  const style = styleFor(process.stdout);
  const width = Math.min(Math.max(process.stdout.columns ?? 120, 80), 160);
  let reported = 0;
  for (const file of files) {
    try {
      const report = checkArticle(file, matcher);
      process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${formatTable(report, width, style)}\n`);
      reported++;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      fail(e.message);
    }
  }
  if (!json && reported > 0) process.stdout.write(style.dim(LEGEND));
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`check: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let failures = 0;
  const fail = (message: string) => {
    failures++;
    process.stderr.write(`check: ${message}\n`);
  };
  const files = collect(args.paths, fail);
  if (files.length > 0) {
    let matcher: Matcher;
    try {
      matcher = createMatcher(loadCorpusFile(args.corpus).statements);
      for (const dir of args.sources) matcher.add(loadExtraSources(dir));
    } catch (e) {
      process.stderr.write(`check: ${(e as Error).message}\n`);
      return 1;
    }
    checkAll(files, matcher, args.json, fail);
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
