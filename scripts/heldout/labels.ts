// Held-out pages and their hand-written labels (tests/fixtures/heldout). Node-only: reads files.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const HELDOUT_DIR = new URL('../../tests/fixtures/heldout/', import.meta.url);

const Kind = z.enum(['statement', 'fragment', 'term']);
const Verdict = z.enum(['verbatim', 'close', 'altered', 'not-found']);

export const HeldoutQuote = z.object({
  text: z.string().min(1),
  kind: Kind,
  speaker: z.string().nullable(),
  expect: z
    .object({
      statementIds: z.array(z.string()),
      verdict: Verdict,
      attribution: z.enum(['agrees', 'differs', 'unattributed']).optional(),
    })
    .optional(),
  note: z.string().optional(),
});
export type HeldoutQuote = z.infer<typeof HeldoutQuote>;

const HeldoutPage = z.object({
  page: z.string(),
  quotes: z.array(HeldoutQuote),
  /** Quotes in recognisable boilerplate (related links, cookie banners): extracting them is neither right nor wrong. */
  ignore: z.array(z.string()).optional(),
  /** 1: labelled before any fix (the first-run estimate); 2: written after the fixes, labelled before running them. */
  batch: z.number().int().positive().default(1),
});

const HeldoutFile = z.object({ version: z.literal(1), note: z.string(), pages: z.array(HeldoutPage) });

export interface LoadedPage {
  name: string;
  html: boolean;
  content: string;
  quotes: HeldoutQuote[];
  ignore: string[];
  batch: number;
}

export function loadHeldout(): LoadedPage[] {
  const file = HeldoutFile.parse(JSON.parse(readFileSync(new URL('labels.json', HELDOUT_DIR), 'utf8')));
  return file.pages.map((p) => ({
    name: p.page,
    html: p.page.endsWith('.html'),
    content: readFileSync(new URL(p.page, HELDOUT_DIR), 'utf8'),
    quotes: p.quotes,
    ignore: p.ignore ?? [],
    batch: p.batch,
  }));
}
