// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderMatch, safeUrl } from '../../../lib/ui/render-match';
import { sampleMatch } from './fixtures';

describe('renderMatch', () => {
  it('shows verdict, score, source line and a link to the transcript', () => {
    const root = renderMatch(document, sampleMatch());
    expect(root.dataset.verdict).toBe('close');
    expect(root.querySelector('.vb-badge')?.textContent).toBe('≈ Close');
    expect(root.querySelector('.vb-score')?.textContent).toBe('93% match');
    expect(root.querySelector('.vb-source-line')?.textContent).toBe('Jens Stoltenberg, press conference, 27 June 2022');
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.nato.int/cps/en/natohq/opinions_197080.htm');
    expect(link?.rel).toContain('noopener');
  });

  it('shows the word differences and the surrounding source sentences', () => {
    const root = renderMatch(document, sampleMatch());
    expect(root.querySelector('.vb-diff del')?.textContent).toBe('300,000');
    expect(root.querySelector('.vb-diff ins')?.textContent).toBe('300 000');
    expect(root.querySelector('.vb-context')?.textContent).toContain('Allies will agree on a new Strategic Concept.');
    expect(root.querySelector('.vb-context mark')?.textContent).toContain('NATO Response Force');
  });

  it('warns about attribution only when it differs', () => {
    expect(renderMatch(document, sampleMatch(), { claimed: 'Jens Stoltenberg' }).querySelector('.vb-warn')).toBeNull();
    const warned = renderMatch(document, sampleMatch({ attribution: 'differs' }), { claimed: 'NATO Heads of State and Government' });
    expect(warned.querySelector('.vb-warn')?.textContent).toContain('Credited to the NATO Heads of State and Government; the source is Jens Stoltenberg');
  });

  it('treats page text as text: markup in a quote never becomes elements', () => {
    const hostile = '<img src=x onerror=alert(1)><b>bold</b>';
    const root = renderMatch(document, sampleMatch({ sourceText: hostile, event: hostile }));
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain(hostile);
  });

  it('never links to a script url, even from an imported source', () => {
    const root = renderMatch(document, sampleMatch({ url: 'javascript:alert(1)', origin: 'imported' }));
    expect(root.querySelector('a')).toBeNull();
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });

  it('marks a match against the user’s own source as theirs, never as the verified corpus', () => {
    const bundled = renderMatch(document, sampleMatch());
    expect(bundled.querySelector('.vb-own')).toBeNull();
    expect(bundled.querySelector('a')?.title).toBe('Open the official transcript');
    for (const own of [sampleMatch({ origin: 'imported' }), sampleMatch({ flags: ['imported-source'] })]) {
      const root = renderMatch(document, own);
      expect(root.querySelector('.vb-head .vb-own')?.textContent).toBe('Your source');
      expect(root.textContent).not.toMatch(/imported source|official transcript/i);
      expect(root.querySelector('a')?.title).toBe('Open your source');
    }
  });

  it('says "not in corpus" without calling the quote false, and explains a null match', () => {
    const root = renderMatch(document, sampleMatch({ verdict: 'not-found', score: 0.31 }));
    expect(root.textContent).toContain('does not mean the quote is false');
    expect(root.querySelector('.vb-closest')?.textContent).toContain('not a match');
    expect(renderMatch(document, null).textContent).toMatch(/too short/i);
  });

  it('leaves details out when asked (compact view)', () => {
    const root = renderMatch(document, sampleMatch(), { details: false });
    expect(root.querySelector('.vb-diff, .vb-context')).toBeNull();
  });
});
