import { execFileSync } from 'node:child_process';

/** Tests read the built corpus; build it from corpus/sources once per run, as `npm run build` does. */
export default function setup(): void {
  execFileSync('npx', ['tsx', 'scripts/build-corpus.ts', '--quiet'], { stdio: 'inherit' });
}
