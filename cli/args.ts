/** Command-line options of the checker. */
export interface CheckArgs {
  paths: string[];
  json: boolean;
  help: boolean;
  corpus?: string;
  /** Directories of extra sources in the corpus source format (--sources, repeatable). */
  sources: string[];
}

export const USAGE = `Usage: npm run check -- [options] <file|dir>...

Checks every quotation in news articles against the bundled corpus of official statements
(Jens Stoltenberg, Antony J. Blinken, NATO declarations), offline.

Inputs: .txt files (plain text), .html/.htm files (parsed like a browser page), directories
(searched recursively for those files).

Options:
  --json           one JSON object per input file per line, instead of the table
  --corpus <file>  corpus JSON to use (default: corpus/generated/corpus.json, from \`npm run corpus\`)
  --sources <dir>  also match against your own transcripts: .txt files in the corpus source format
                   (header, ---, text; as in corpus/sources). Matches are marked as your source,
                   not the verified corpus. Repeatable.
  -h, --help       show this help

Verdicts: verbatim (same words), close (a few words differ), altered (substantial edits,
stitching or a changed meaning), not in corpus (no close source — which never means false).
Exit status: 0 when every input was checked (whatever the findings), 1 when an input could
not be read or checked, 2 for bad options.
`;

export function parseArgs(argv: string[]): CheckArgs | { error: string } {
  const out: CheckArgs = { paths: [], json: false, help: false, sources: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') out.json = true;
    else if (a === '-h' || a === '--help') out.help = true;
    else if (a === '--corpus') {
      const value = argv[++i];
      if (!value) return { error: '--corpus needs a file path' };
      out.corpus = value;
    } else if (a === '--sources') {
      const value = argv[++i];
      if (!value) return { error: '--sources needs a directory' };
      out.sources.push(value);
    } else if (a === '--') continue;
    else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else out.paths.push(a);
  }
  if (!out.help && out.paths.length === 0) return { error: 'no input files or directories given' };
  return out;
}
