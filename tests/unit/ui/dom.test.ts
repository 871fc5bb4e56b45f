// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { $, el, safeHref, webLink } from '../../../lib/ui/dom';

describe('shared page DOM helpers', () => {
  it('builds elements with text as text: markup never becomes elements', () => {
    const node = el('p', 'note', '<img src=x onerror=alert(1)>');
    expect(node.className).toBe('note');
    expect(node.querySelector('img')).toBeNull();
    expect(node.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(el('div').className).toBe('');
  });

  it('finds elements by id and names a missing one', () => {
    document.body.replaceChildren(el('span', '', 'here'));
    document.body.firstElementChild!.id = 'present';
    expect($('present').textContent).toBe('here');
    expect(() => $('absent')).toThrow(/#absent/);
  });

  it('links only to http(s) urls, in a new tab without an opener', () => {
    expect(safeHref('https://www.nato.int/a b')).toBe('https://www.nato.int/a%20b');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url', '', null, undefined]) {
      expect(safeHref(bad)).toBeNull();
    }
    const link = webLink('http://example.org/t', 'Transcript', 'x');
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('http://example.org/t');
    expect((link as HTMLAnchorElement).rel).toBe('noopener noreferrer');
    expect((link as HTMLAnchorElement).target).toBe('_blank');
    const text = webLink('javascript:alert(1)', 'Transcript', 'x');
    expect(text.tagName).toBe('SPAN');
    expect(text.textContent).toBe('Transcript');
    expect(text.className).toBe('x');
  });
});
