/**
 * The settings the page scan needs (site switched off? automatic or on request?), read and
 * written through the one typed storage module (services/storage.ts, lib/settings.ts).
 */
import type { PageSettings } from './messaging';
import { readSettings, saveSettings, watchSettings } from './storage';
import { isSiteDisabled, SiteHost, type Settings } from '../lib/settings';

/**
 * Every page load asks for these settings, so the background keeps them in memory (read once
 * per worker life, then kept current by the storage change event) instead of reading storage.
 */
let cached: Promise<Settings> | null = null;
let watching = false;

function currentSettings(): Promise<Settings> {
  if (!watching) {
    watching = true;
    watchSettings((settings) => {
      cached = Promise.resolve(settings);
    });
  }
  if (!cached) {
    cached = readSettings().then((r) => r.settings);
    cached.catch(() => (cached = null)); // a failed read is retried on the next page
  }
  return cached;
}

/** The site a scan setting applies to: the hostname without a leading "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export async function pageSettings(url: string): Promise<PageSettings> {
  const settings = await currentSettings();
  return {
    host: siteOf(url),
    scan: !isSiteDisabled(settings, url),
    automatic: settings.scanMode === 'auto',
    highlightStyle: settings.highlightStyle,
  };
}

/** Switching a site back on also removes parent-domain entries that would keep it off. */
export async function setSiteScan(host: string, enabled: boolean): Promise<void> {
  const { settings } = await readSettings();
  const site = SiteHost.parse(host.replace(/^www\./, ''));
  const disabledSites = settings.disabledSites.filter((s) => (enabled ? !(site === s || site.endsWith(`.${s}`)) : s !== site));
  if (!enabled) disabledSites.push(site);
  cached = Promise.resolve(await saveSettings({ ...settings, disabledSites }));
}
