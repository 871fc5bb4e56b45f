/**
 * The in-page result card (hover on a highlight, or a context-menu check). It lives in a shadow
 * root on our own host element outside <body>, so page CSS cannot restyle it (`all: initial`
 * on the host stops inheritance); all text enters through textContent (renderMatch).
 */
import type { QuoteMatch } from '@/lib/match/types';
import { renderMatch } from '@/lib/ui/render-match';
import { RESULT_CSS } from '@/lib/ui/result-css';
import { truncate } from '@/lib/ui/format';

export interface CardContent {
  heading: string;
  quote: string;
  claimed: string | null;
  match: QuoteMatch | null;
  error?: string | null;
}

const CARD_CSS = `
:host { all: initial; }
.vb-card { position: fixed; z-index: 2147483647; width: min(400px, calc(100vw - 24px)); max-height: min(70vh, 560px); overflow: auto;
  box-sizing: border-box; padding: 12px 14px; background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(31, 35, 40, .22); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.vb-top { display: flex; align-items: baseline; gap: 8px; margin-bottom: 6px; }
/* The product shares its name with a verdict: keep the brand quiet so it never reads as one. */
.vb-brand { font-size: 11px; font-weight: 600; color: #57606a; }
.vb-heading { color: #57606a; font-size: 11px; letter-spacing: .04em; text-transform: uppercase; flex: 1; }
.vb-close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; color: #57606a; padding: 0 4px; border-radius: 4px; }
.vb-close:hover, .vb-close:focus-visible { background: #eaeef2; color: #1f2328; }
.vb-claim { margin: 0 0 6px; color: #57606a; font-size: 12px; }
.vb-page-quote { margin: 0 0 8px; font-style: italic; color: #3d444d; }
.vb-error { color: #a40e26; }
`;

export interface Card {
  show(content: CardContent, anchor: DOMRect): void;
  hide(): void;
  isVisible(): boolean;
  /** True when an event target is inside the card (our host). */
  owns(target: EventTarget | null): boolean;
  onPointer(enter: () => void, leave: () => void): void;
  destroy(): void;
}

export function createCard(): Card {
  let host: HTMLElement | null = null;
  let panel: HTMLElement | null = null;
  let enterFn = () => {};
  let leaveFn = () => {};

  function ensure(): HTMLElement {
    if (panel) return panel;
    host = document.createElement('verbatim-card');
    // Inline !important beats any page rule aimed at unknown elements (e.g. `* { display: none !important }`).
    host.style.cssText = 'all: initial !important; display: block !important;';
    // Open (not closed) so tests and assistive tech can read it; page CSS still cannot reach in.
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS + RESULT_CSS;
    panel = document.createElement('div');
    panel.className = 'vb-card';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Verbatim quote check');
    panel.hidden = true;
    panel.addEventListener('mouseenter', () => enterFn());
    panel.addEventListener('mouseleave', () => leaveFn());
    shadow.append(style, panel);
    document.documentElement.append(host);
    return panel;
  }

  const card: Card = {
    show(content, anchor) {
      const target = ensure();
      target.replaceChildren(...cardBody(content, () => card.hide()));
      target.hidden = false;
      place(target, anchor);
    },
    hide() {
      if (panel) panel.hidden = true;
    },
    isVisible: () => !!panel && !panel.hidden,
    owns: (target) => !!host && target instanceof Node && (target === host || host.contains(target)),
    onPointer(enter, leave) {
      enterFn = enter;
      leaveFn = leave;
    },
    destroy() {
      host?.remove();
      host = null;
      panel = null;
    },
  };
  return card;
}

function cardBody(content: CardContent, close: () => void): HTMLElement[] {
  const top = document.createElement('div');
  top.className = 'vb-top';
  const brand = text('span', 'vb-brand', '❝ Verbatim');
  const heading = text('span', 'vb-heading', content.heading);
  const closeButton = text('button', 'vb-close', '×');
  closeButton.setAttribute('aria-label', 'Close');
  closeButton.addEventListener('click', close);
  top.append(brand, heading, closeButton);
  const parts: HTMLElement[] = [top, text('p', 'vb-page-quote', `“${truncate(content.quote, 220)}”`)];
  if (content.claimed) parts.push(text('p', 'vb-claim', `The page credits: ${content.claimed}`));
  if (content.error) parts.push(text('p', 'vb-error', content.error));
  else parts.push(renderMatch(document, content.match, { claimed: content.claimed, details: true }));
  return parts;
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, value: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = value;
  return el;
}

/**
 * Below the anchor line when the card fits there, else above; when it fits on neither side, on
 * the roomier side with its height capped (it scrolls). Never covers the anchored line.
 */
function place(panel: HTMLElement, anchor: DOMRect): void {
  const margin = 8;
  panel.style.maxHeight = '';
  const { width, height } = panel.getBoundingClientRect();
  const below = innerHeight - anchor.bottom - 2 * margin;
  const above = anchor.top - 2 * margin;
  const useBelow = height <= below || (height > above && below >= above);
  const room = Math.max(120, useBelow ? below : above);
  if (height > room) panel.style.maxHeight = `${room}px`;
  const shown = Math.min(height, room);
  const top = useBelow ? anchor.bottom + margin : Math.max(margin, anchor.top - margin - shown);
  const left = Math.min(Math.max(margin, anchor.left), innerWidth - width - margin);
  panel.style.left = `${Math.max(margin, left)}px`;
  panel.style.top = `${top}px`;
}
