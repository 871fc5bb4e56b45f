/** Node-only: parses an HTML article with happy-dom and runs the content script's DOM extraction on it. */
import { Window } from 'happy-dom';
import { extractQuotesFromDom } from '../lib/extract/dom';
import type { ExtractedQuote } from '../lib/extract/types';

/**
 * Quotes of an HTML document, exactly as the extension would find them. Scripts never run
 * and nothing is fetched: happy-dom evaluates no JavaScript by default and loads no files.
 */
export function extractQuotesFromHtml(html: string): ExtractedQuote[] {
  const window = new Window({
    settings: { disableJavaScriptFileLoading: true, disableIframePageLoading: true, disableComputedStyleRendering: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const root = (doc.body ?? doc.documentElement) as unknown as Node;
    return extractQuotesFromDom(root).map(({ text, start, end, kind, speaker, speakerCue, group }) => ({
      text, start, end, kind, speaker, speakerCue, group,
    }));
  } finally {
    void window.happyDOM.close();
  }
}
