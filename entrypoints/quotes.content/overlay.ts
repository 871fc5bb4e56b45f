/**
 * Fallback highlighter for browsers without the CSS Custom Highlight API: boxes over each line
 * of each quote, in a zero-size layer that lives in our own shadow root. The page's DOM inside
 * <body> is never touched; boxes follow the text on resize and reflow.
 */
import type { Highlighter, Mark } from './highlight';
import { overlayCss, type HighlightStyle } from './highlight-styles';

export function createOverlayHighlighter(style: HighlightStyle = 'underline'): Highlighter {
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let current: readonly Mark[] = [];
  let frame = 0;
  const resize = new ResizeObserver(() => schedule());

  function ensureLayer(): HTMLElement {
    if (layer) return layer;
    host = document.createElement('verbatim-layer');
    host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none;';
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = document.createElement('style');
    sheet.textContent = overlayCss(style);
    layer = document.createElement('div');
    shadow.append(sheet, layer);
    document.documentElement.append(host);
    resize.observe(document.documentElement);
    return layer;
  }

  function schedule(): void {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(render);
  }

  function render(): void {
    const target = ensureLayer();
    const boxes: HTMLElement[] = [];
    for (const mark of current) {
      const classes = `vb-box vb-${mark.verdict}${mark.misattributed ? ' vb-misattributed' : ''}`;
      boxes.push(...boxesFor(mark.range, classes));
    }
    target.replaceChildren(...boxes);
  }

  return {
    kind: 'overlay',
    draw(marks) {
      current = marks;
      schedule();
    },
    flash(range) {
      const target = ensureLayer();
      const boxes = boxesFor(range, 'vb-box vb-focus');
      target.append(...boxes);
      setTimeout(() => boxes.forEach((b) => b.remove()), 1600);
    },
    clear() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      current = [];
      host?.remove();
      host = null;
      layer = null;
    },
  };
}

function boxesFor(range: Range, className: string): HTMLElement[] {
  const boxes: HTMLElement[] = [];
  for (const rect of Array.from(range.getClientRects())) {
    if (rect.width < 1 || rect.height < 1) continue;
    const box = document.createElement('div');
    box.className = className;
    box.style.cssText = `left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px`;
    boxes.push(box);
  }
  return boxes;
}
