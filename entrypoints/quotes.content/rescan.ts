/**
 * Watches for content the page adds later (live blogs, infinite scroll, single-page apps) and
 * reports the subtrees to rescan, debounced so a burst of DOM changes costs one rescan. The
 * callback itself is trivial: mutation records are only collected here.
 */
const QUIET_MS = 400;
const MAX_WAIT_MS = 2000;

export function watchForNewContent(root: Element, onChanged: (roots: Node[]) => void): () => void {
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    const roots = topMost([...pending]);
    pending = new Set();
    if (roots.length) onChanged(roots);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.parentNode) pending.add(record.target.parentNode);
      } else if (record.addedNodes.length) {
        for (const node of Array.from(record.addedNodes)) pending.add(node.nodeType === Node.ELEMENT_NODE ? node : record.target);
      } else if (record.removedNodes.length) {
        pending.add(record.target);
      }
    }
    if (!pending.size) return;
    const now = performance.now();
    if (timer === undefined) firstAt = now;
    clearTimeout(timer);
    timer = setTimeout(flush, now - firstAt > MAX_WAIT_MS ? 0 : QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

/** Drop nodes that are inside another reported node, and nodes no longer in the document. */
function topMost(nodes: Node[]): Node[] {
  const live = nodes.filter((n) => n.isConnected);
  return live.filter((n) => !live.some((other) => other !== n && other.contains(n)));
}
