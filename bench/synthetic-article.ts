/**
 * A synthetic long news article for the browser benchmark: ~20,000 words, 200 quotations drawn
 * from the bundled corpus (verbatim, lightly edited, heavily edited, invented), credited the
 * way news pages do ("…," Stoltenberg said.), between paragraphs of filler prose.
 * Deterministic (seeded) so runs are comparable.
 */
import type { Statement } from '../lib/corpus/schema';
import { seededRandom } from './stats';

const FILLER = (
  'Officials in several capitals described the talks as long and at times difficult, with delegations ' +
  'comparing notes on logistics, budgets and the timetable for the coming months. Diplomats said the ' +
  'discussions covered air defence, ammunition stocks, training missions and the role of partners ' +
  'outside the alliance, while analysts cautioned that much of the detail would only emerge later.'
).split(' ');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SURNAME: Record<string, string> = { 'Jens Stoltenberg': 'Stoltenberg', 'Antony J. Blinken': 'Blinken' };

function quoteFor(statement: Statement, variant: number, random: () => number): string {
  const words = statement.text.replace(/[.!?]+$/, '').split(' ');
  if (variant === 1 && words.length > 6) words.splice(Math.floor(random() * words.length), 1); // a word dropped
  if (variant === 2 && words.length > 6) for (let i = 0; i < 3; i++) words[Math.floor(random() * words.length)] = 'never';
  if (variant === 3) return `Our partners are ready to discuss every proposal on the table in good faith number ${Math.floor(random() * 1e6)}`;
  return words.join(' ');
}

export function syntheticArticle(statements: readonly Statement[], words = 20_000, quotes = 200, seed = 7): string {
  const random = seededRandom(seed);
  const pool = statements.filter((s) => SURNAME[s.speaker] && s.text.split(' ').length >= 10 && s.text.split(' ').length <= 40);
  const paragraphs: string[] = [];
  let count = 0;
  const fillerPerQuote = Math.max(20, Math.floor(words / quotes) - 25);
  for (let q = 0; q < quotes; q++) {
    const filler = Array.from({ length: fillerPerQuote }, (_, i) => FILLER[(q * 7 + i) % FILLER.length]).join(' ');
    const statement = pool[Math.floor(random() * pool.length)]!;
    const quote = quoteFor(statement, q % 4, random);
    paragraphs.push(`<p>${escapeHtml(filler)}</p>`);
    paragraphs.push(`<p>“${escapeHtml(quote)},” ${SURNAME[statement.speaker]} said.</p>`);
    count += fillerPerQuote + quote.split(' ').length + 2;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic long article</title></head>
<body><main><article><h1>Synthetic long article (${count} words, ${quotes} quotes)</h1>
${paragraphs.join('\n')}
</article></main></body></html>`;
}
