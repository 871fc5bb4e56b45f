import { describe, expect, it } from 'vitest';
import { knownQuote } from '../../../services/context-menu';
import type { TabQuote } from '../../../services/messaging';

const quote = (text: string, speaker: string | null): TabQuote => ({ key: 'qx', text, speaker, speakerCue: null, kind: 'statement', match: null });

describe('knownQuote (context menu: who does the page credit for the selection?)', () => {
  const quotes = [quote('We must end this war, and we must do it now.', 'Jens Stoltenberg'), quote('Unattributed words of some length here.', null)];

  it('finds the page quote a selection lies inside, ignoring quote marks, case and spacing', () => {
    expect(knownQuote(quotes, 'must END this  war')?.speaker).toBe('Jens Stoltenberg');
    expect(knownQuote(quotes, '“We must end this war, and we must do it now,” he said.')?.speaker).toBe('Jens Stoltenberg');
  });

  it('finds nothing for other text, tiny selections, or quotes without a speaker', () => {
    expect(knownQuote(quotes, 'something else entirely on the page')).toBeNull();
    expect(knownQuote(quotes, 'this war')).toBeNull();
    expect(knownQuote(quotes, 'Unattributed words of some length')).toBeNull();
  });
});
