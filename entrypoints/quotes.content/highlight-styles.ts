/** CSS for the page highlights, generated from the shared verdict styles (lib/ui/verdict.ts). */
import { MISATTRIBUTED_STYLE, VERDICT_ORDER, VERDICT_STYLES } from '@/lib/ui/verdict';
import type { Verdict } from '@/lib/match/types';

export const HIGHLIGHT_PREFIX = 'verbatim-';
export const highlightName = (verdict: Verdict): string => HIGHLIGHT_PREFIX + verdict;
export const MISATTRIBUTED_NAME = `${HIGHLIGHT_PREFIX}misattributed`;
export const FOCUS_NAME = `${HIGHLIGHT_PREFIX}focus`;
export const ALL_NAMES = [...VERDICT_ORDER.map(highlightName), MISATTRIBUTED_NAME, FOCUS_NAME];

/** The user's choice (options page). Every style keeps the per-verdict line style (the non-colour cue). */
export type HighlightStyle = 'underline' | 'background' | 'outline';

/** ::highlight() rules: an underline whose style differs per verdict, with a tint for 'background'. */
export function highlightCss(style: HighlightStyle = 'underline'): string {
  const rules = VERDICT_ORDER.map((v) => {
    const s = VERDICT_STYLES[v];
    const tint = style === 'background' ? `background-color: ${s.tint}; ` : '';
    return `::highlight(${highlightName(v)}) { ${tint}text-decoration: underline ${s.underline} ${s.colour}; text-decoration-thickness: 2px; }`;
  });
  rules.push(
    // Painted above the verdict's highlight: a wavy line (its own shape, not just a colour) and a pink wash.
    `::highlight(${MISATTRIBUTED_NAME}) { background-color: rgba(163, 18, 122, 0.10); text-decoration: underline ${MISATTRIBUTED_STYLE.underline} ${MISATTRIBUTED_STYLE.colour}; text-decoration-thickness: 1.5px; }`,
    `::highlight(${FOCUS_NAME}) { background-color: rgba(255, 200, 0, 0.55); }`,
  );
  return rules.join('\n');
}

/**
 * Overlay boxes (the 'outline' style, and browsers without the Highlight API): same colours;
 * the border (outline) or bottom border (underline styles) carries the per-verdict line style.
 */
export function overlayCss(style: HighlightStyle = 'underline'): string {
  const rules = VERDICT_ORDER.map((v) => {
    const s = VERDICT_STYLES[v];
    const width = s.underline === 'double' ? 4 : 2;
    const line = `${width}px ${s.underline} ${s.colour}`;
    if (style === 'outline') return `.vb-box.vb-${v} { border: ${line}; }`;
    const tint = style === 'background' ? `background: ${s.tint}; ` : '';
    return `.vb-box.vb-${v} { ${tint}border-bottom: ${line}; }`;
  });
  rules.push(
    '.vb-box { position: absolute; pointer-events: none; box-sizing: border-box; border-radius: 2px; }',
    `.vb-box.vb-misattributed { border-top: 2px dotted ${MISATTRIBUTED_STYLE.colour}; }`,
    '.vb-box.vb-focus { background: rgba(255, 200, 0, 0.55); }',
  );
  return rules.join('\n');
}

/**
 * Add page-level CSS without touching the page's own stylesheets: an adopted stylesheet where the
 * browser allows it from a content script, else one <style> element. Returns its remover.
 */
export function addPageStyles(css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = document.createElement('style');
    style.dataset.verbatim = 'highlights';
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
    return () => style.remove();
  }
}
