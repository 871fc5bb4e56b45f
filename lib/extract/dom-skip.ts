// Which elements never hold the page's own article text: code, forms, hidden parts, navigation,
// comment widgets. Decided from tag and attributes only (no getComputedStyle per node: too slow).

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT',
  'OPTION', 'INPUT', 'BUTTON', 'NAV', 'MATH', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);
const SKIP_ROLES = new Set(['navigation', 'menu', 'menubar', 'search', 'dialog', 'alertdialog', 'banner', 'contentinfo', 'complementary-comments']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)/i;
const WIDGET_WORDS = /(?:^|[\s_-])(?:comments?|disqus|commentlist|respond|reply|replies|cookie|consent|newsletter|share|sharing|social|related|recommended|sr-only|visually-hidden|screen-reader-text|skip-link|breadcrumbs?|menu|navbar|site-footer|site-header)(?:$|[\s_-])/i;

/** Tags that start a new paragraph in the flattened text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'CITE',
  'HTML',
]);

function insideQuoteBlock(el: Element): boolean {
  return !!el.parentElement?.closest('blockquote, figure');
}

/** True when the element and everything under it is left out of the text. */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'FOOTER' && !insideQuoteBlock(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('data-verbatim-ui')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const marker = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return marker.length > 1 && WIDGET_WORDS.test(marker) && tag !== 'ARTICLE' && tag !== 'MAIN' && tag !== 'BODY';
}
