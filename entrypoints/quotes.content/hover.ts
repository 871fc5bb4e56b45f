/**
 * Shows the card when the pointer rests on a highlighted quote. Highlight API ranges get no
 * events of their own, so we hit-test: the caret position under the pointer, then the range's
 * line boxes. Work happens at most once per animation frame; listeners are passive.
 */
import type { Card, CardContent } from './hover-card';
import type { Mark } from './highlight';

const SHOW_DELAY = 180;
const HIDE_DELAY = 280;

export interface HoverOptions {
  marks: () => readonly Mark[];
  card: Card;
  contentFor: (key: string) => CardContent | null;
}

export function trackHover({ marks, card, contentFor }: HoverOptions): { pin(): void; stop(): void } {
  let frame = 0;
  let point = { x: 0, y: 0, target: null as EventTarget | null };
  let shownKey: string | null = null;
  let pinned = false;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      card.hide();
      shownKey = null;
    }, HIDE_DELAY);
  };
  card.onPointer(() => clearTimeout(hideTimer), () => !pinned && hideSoon());

  const check = () => {
    frame = 0;
    if (pinned && card.isVisible()) return;
    pinned = false;
    if (card.owns(point.target)) return;
    const hit = markAt(marks(), point.x, point.y);
    if (!hit) {
      clearTimeout(showTimer);
      if (shownKey) hideSoon();
      return;
    }
    clearTimeout(hideTimer);
    if (hit.mark.key === shownKey && card.isVisible()) return;
    clearTimeout(showTimer);
    showTimer = setTimeout(() => {
      const content = contentFor(hit.mark.key);
      if (!content) return;
      shownKey = hit.mark.key;
      card.show(content, hit.rect);
    }, SHOW_DELAY);
  };

  const onMove = (event: MouseEvent) => {
    point = { x: event.clientX, y: event.clientY, target: event.target };
    if (!frame) frame = requestAnimationFrame(check);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && card.isVisible()) {
      card.hide();
      shownKey = null;
      pinned = false;
    }
  };
  const onScroll = () => {
    if (!pinned && card.isVisible()) {
      card.hide();
      shownKey = null;
    }
  };
  document.addEventListener('mousemove', onMove, { passive: true });
  document.addEventListener('keydown', onKey, { passive: true });
  addEventListener('scroll', onScroll, { passive: true });
  return {
    /** Keep the card open until closed (context-menu results are not hover results). */
    pin: () => {
      pinned = true;
      shownKey = null;
      clearTimeout(hideTimer);
      clearTimeout(showTimer);
    },
    stop: () => {
      cancelAnimationFrame(frame);
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      document.removeEventListener('mousemove', onMove);
      document.removeEventListener('keydown', onKey);
      removeEventListener('scroll', onScroll);
    },
  };
}

/** The mark whose text is under (x, y), with the line box hit, or null. */
export function markAt(list: readonly Mark[], x: number, y: number): { mark: Mark; rect: DOMRect } | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  for (const mark of list) {
    let inside = false;
    try {
      inside = mark.range.isPointInRange(caret.node, caret.offset);
    } catch {
      continue; // range from a detached subtree
    }
    if (!inside) continue;
    for (const rect of Array.from(mark.range.getClientRects())) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return { mark, rect };
    }
  }
  return null;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as CaretDoc;
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
