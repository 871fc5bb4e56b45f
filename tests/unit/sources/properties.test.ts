/** Hostile input never crashes the import path, and ids are always well-formed. */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { IMPORTED_ID_RE, importedDocId, parseSourcesFile, prefillFromText, validateSourceForm } from '../../../lib/sources';

describe('import path on arbitrary input', () => {
  it('validateSourceForm never throws and always names a field when it refuses', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateSourceForm(input);
        return result.ok || Object.keys(result.errors).length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('prefillFromText never throws; its text is the end of the content', () => {
    const lines = fc.array(fc.oneof(fc.constant('---'), fc.constant('title: X'), fc.constant('date: 2023-01-01'), fc.string()), { maxLength: 12 });
    fc.assert(
      fc.property(lines, (parts) => {
        const content = parts.join('\n');
        const p = prefillFromText(content);
        return content.replace(/^\uFEFF/, '').endsWith(p.text);
      }),
      { numRuns: 300 },
    );
  });

  it('document ids are well-formed for any title and text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.string(), (title, text) => IMPORTED_ID_RE.test(importedDocId({ date: '2023-01-01', title }, text))),
      { numRuns: 300 },
    );
  });

  it('parseSourcesFile never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.json(), (json) => typeof parseSourcesFile(json).ok === 'boolean'), { numRuns: 300 });
  });
});
