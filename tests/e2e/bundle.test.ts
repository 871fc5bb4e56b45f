import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

/** Checks on the built extension itself (run after `npm run build`, like the browser tests). */
describe('built extension', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    content_scripts?: { js: string[] }[];
  };

  it('keeps the content script under its 50 kB budget', () => {
    for (const script of manifest.content_scripts?.flatMap((c) => c.js) ?? []) {
      expect(statSync(join(EXTENSION_DIR, script)).size, script).toBeLessThan(50_000);
    }
  });

  it('keeps zod, fuse.js and the matcher out of the content script', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/quotes.js'), 'utf8');
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    expect(code).not.toMatch(/Fuse\.|useExtendedSearch/);
  });

  it('asks only for the permissions the features need', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['contextMenus', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('contains no code that reaches the network or evaluates strings', () => {
    const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    for (const file of files) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|\bXMLHttpRequest\b|new WebSocket\b|\bsendBeacon\b|new EventSource\b|\bnew Function\b|\beval\(/);
    }
  });
});
