/**
 * Draws quote highlights without changing the page: the CSS Custom Highlight API paints ranges
 * with no DOM change at all (text, layout, selection and page scripts untouched). Where the
 * browser lacks it, absolutely-positioned boxes in our own shadow-root layer are drawn over
 * the text instead (pointer-events: none, so the page still gets every click and selection).
 */
import type { Verdict } from '@/lib/match/types';
import { addPageStyles, ALL_NAMES, FOCUS_NAME, highlightCss, highlightName, MISATTRIBUTED_NAME, type HighlightStyle } from './highlight-styles';
import { createOverlayHighlighter } from './overlay';

export interface Mark {
  key: string;
  range: Range;
  verdict: Verdict;
  misattributed: boolean;
}

export interface Highlighter {
  /** Replace every highlight with these marks. */
  draw(marks: readonly Mark[]): void;
  /** Briefly emphasise one range (popup "scroll to"). */
  flash(range: Range): void;
  /** Remove everything this highlighter added to the page. */
  clear(): void;
  readonly kind: 'highlight-api' | 'overlay';
}

type HighlightCtor = new (...ranges: Range[]) => { priority: number; add(r: Range): void };
type Registry = { set(name: string, h: unknown): void; delete(name: string): boolean };

/** Outlines cannot be painted by ::highlight(), so that style always uses the overlay. */
export function createHighlighter(style: HighlightStyle = 'underline'): Highlighter {
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  const registry = (globalThis as { CSS?: { highlights?: Registry } }).CSS?.highlights;
  return Ctor && registry && style !== 'outline' ? createApiHighlighter(Ctor, registry, style) : createOverlayHighlighter(style);
}

function createApiHighlighter(Highlight: HighlightCtor, registry: Registry, style: HighlightStyle): Highlighter {
  let removeStyles: (() => void) | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    kind: 'highlight-api',
    draw(marks) {
      removeStyles ??= addPageStyles(highlightCss(style));
      const groups = new Map<string, Range[]>();
      for (const mark of marks) {
        push(groups, highlightName(mark.verdict), mark.range);
        if (mark.misattributed) push(groups, MISATTRIBUTED_NAME, mark.range);
      }
      for (const name of ALL_NAMES) {
        if (name === FOCUS_NAME) continue;
        const ranges = groups.get(name);
        if (!ranges) registry.delete(name);
        else {
          const highlight = new Highlight(...ranges);
          highlight.priority = name === MISATTRIBUTED_NAME ? 2 : 1;
          registry.set(name, highlight);
        }
      }
    },
    flash(range) {
      removeStyles ??= addPageStyles(highlightCss(style));
      const highlight = new Highlight(range);
      highlight.priority = 3;
      registry.set(FOCUS_NAME, highlight);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => registry.delete(FOCUS_NAME), 1600);
    },
    clear() {
      clearTimeout(flashTimer);
      for (const name of ALL_NAMES) registry.delete(name);
      removeStyles?.();
      removeStyles = null;
    },
  };
}

function push(groups: Map<string, Range[]>, name: string, range: Range): void {
  const list = groups.get(name);
  if (list) list.push(range);
  else groups.set(name, [range]);
}
