import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * zod 4 probes `new Function('')` to decide whether to compile fast parsers. Extension pages
 * forbid eval (MV3 CSP), so the probe only fails (and logs a CSP violation), and `web-ext lint`
 * flags the Function constructor. This removes both uses from the bundle: the probe answers
 * "no eval", so zod uses its interpreter, and code generation is unreachable. Fails the build
 * if a zod upgrade changes the code, so the patch can never silently stop applying.
 */
function zodWithoutEval(): Plugin {
  const patches: Record<string, [RegExp, string]> = {
    'v4/core/util.js': [/const F = Function;\s*new F\(""\);\s*return true;/, 'return false;'],
    'v4/core/doc.js': [/const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/, 'throw new Error("zod code generation is disabled (no eval in the extension)");'],
  };
  return {
    name: 'verbatim:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const file = Object.keys(patches).find((f) => id.replaceAll('\\', '/').endsWith(`/zod/${f}`));
      if (!file) return null;
      const [pattern, replacement] = patches[file]!;
      if (!pattern.test(code)) throw new Error(`zodWithoutEval: ${file} changed; update the patch in wxt.config.ts`);
      return { code: code.replace(pattern, replacement), map: null };
    },
  };
}

// Manifest V3 for Chrome and Firefox. Permissions are the minimum the features
// need; README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ stays plain TypeScript that Node can run.
  imports: false,
  // No modulepreload polyfill: extension pages load their own files, and it is the only fetch() in the bundle.
  vite: () => ({ plugins: [zodWithoutEval()], build: { modulePreload: { polyfill: false } } }),
  // Manifest V3 for every browser (Firefox included: it runs the background as an event page).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Verbatim — quote checker',
    description:
      'Checks quotations on news pages against official NATO and US State Department transcripts, entirely on your device.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    // Firefox only (Chrome warns on unknown keys): a fixed add-on id, and the declaration
    // that the extension collects and transmits no data.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'verbatim@quote-checker.local',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
