/** A quote checked by hand (popup box or context menu): match, record in history, return. */
import type { RequestOf, ResponseOf } from './messaging';
import type { QuoteMatch } from '../lib/match/types';
import { getMatcher } from './match-service';
import { recordToHistory } from './history-hook';

export async function checkQuote(request: RequestOf<'checkQuote'>, pageUrl: string | null): Promise<QuoteMatch | null> {
  const speaker = request.speaker?.trim() ? request.speaker.trim() : null;
  const match = getMatcher().match(request.text.trim(), speaker);
  recordToHistory([{ text: request.text.trim(), speaker, kind: 'statement', match }], {
    foundBy: request.via === 'popup' ? 'manual' : 'context-menu',
    page: pageUrl ? { url: pageUrl, title: '' } : null,
  });
  return match;
}

export async function handleCheckQuote(request: RequestOf<'checkQuote'>): Promise<ResponseOf<'checkQuote'>> {
  return { match: await checkQuote(request, null) };
}
