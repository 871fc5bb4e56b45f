import { defineConfig } from 'wxt';

// Manifest V3 for Chrome and Firefox. Permissions are the minimum the features
// need; README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ stays plain TypeScript that Node can run.
  imports: false,
  // Manifest V3 for every browser (Firefox included: it runs the background as an event page).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Verbatim — quote checker',
    description:
      'Checks quotations on news pages against official NATO and US State Department transcripts, entirely on your device.',
    permissions: ['storage', 'contextMenus', 'activeTab'],
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
