/** The "Check a quote" box: same matcher, same result view as the page. */
import { sendMessage } from '@/services/messaging';
import { renderMatch } from '@/lib/ui/render-match';
import { el } from '@/lib/ui/dom';

export function wireCheckBox(form: HTMLFormElement, textBox: HTMLTextAreaElement, speakerBox: HTMLInputElement, out: HTMLElement): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runCheck(textBox.value, speakerBox.value, out);
  });
}

async function runCheck(text: string, speaker: string, out: HTMLElement): Promise<void> {
  const quote = stripQuoteMarks(text);
  if (!quote) {
    out.replaceChildren(el('p', 'error', 'Paste the words of a quote to check.'));
    return;
  }
  out.replaceChildren(el('p', 'muted', 'Checking…'));
  try {
    const { match } = await sendMessage('checkQuote', { text: quote, speaker: speaker.trim() || null, via: 'popup' });
    out.replaceChildren(renderMatch(document, match, { claimed: speaker.trim() || null, details: true }));
  } catch (error) {
    out.replaceChildren(el('p', 'error', `Could not check this quote: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** People paste quotes with their marks: “…”, "…", «…». The matcher wants the words. */
export function stripQuoteMarks(text: string): string {
  return text.trim().replace(/^[“”"'‘’«»„‚‹›]+|[“”"'‘’«»„‚‹›]+$/g, '').trim();
}
