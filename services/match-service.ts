/**
 * The background's matcher: the bundled corpus, validated and indexed once per service-worker
 * life. MV3 stops an idle worker at any time, so this is rebuilt lazily on the first request
 * after a restart; the timings are kept so the bench and tests can report them.
 */
// Imported as text and parsed with JSON.parse: engines parse JSON text several times faster
// than the same data written as a JS object literal, which matters at every worker cold start.
import corpusText from '../corpus/generated/corpus.json?raw';
import { Corpus } from '../lib/corpus/schema';
import { createMatcher, type Matcher } from '../lib/match';

export interface LoadTimings {
  statements: number;
  /** JSON.parse + zod validation of every bundled record. */
  corpusParseMs: number;
  /** createMatcher: normalisation + index. */
  indexBuildMs: number;
}

let loaded: { matcher: Matcher; timings: LoadTimings } | null = null;

/** The matcher, built on first use. Synchronous: callers in one event turn see one index. */
export function getMatcher(): Matcher {
  return load().matcher;
}

export function loadTimings(): LoadTimings {
  return load().timings;
}

function load(): { matcher: Matcher; timings: LoadTimings } {
  if (loaded) return loaded;
  const t0 = performance.now();
  const corpus = Corpus.parse(JSON.parse(corpusText));
  const t1 = performance.now();
  const matcher = createMatcher(corpus.statements);
  const t2 = performance.now();
  loaded = {
    matcher,
    timings: { statements: corpus.statements.length, corpusParseMs: t1 - t0, indexBuildMs: t2 - t1 },
  };
  return loaded;
}
