import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS, isSiteDisabled, MAX_DISABLED_SITES, parseSiteList, readSettingsValue, Settings, SETTINGS_VERSION,
} from '../../../lib/settings';
import { readSettings, saveSettings, watchSettings, defineSettingsItem } from '../../../services/storage';

describe('settings schema', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      scanMode: 'auto', disabledSites: [], recordAutomaticScans: true, historyCap: 10_000, highlightStyle: 'underline',
    });
  });

  it('fills missing fields with defaults (older stored values keep working)', () => {
    expect(readSettingsValue({ scanMode: 'on-request' })).toEqual({ settings: { ...DEFAULT_SETTINGS, scanMode: 'on-request' }, problems: [] });
    expect(readSettingsValue(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('one bad field falls back alone and is named', () => {
    const { settings, problems } = readSettingsValue({ historyCap: 5, highlightStyle: 'blink', disabledSites: ['bbc.co.uk'] });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['bbc.co.uk'] });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['historyCap', 'highlightStyle']);
    expect(readSettingsValue('nonsense').problems).toEqual(['settings: not an object']);
  });

  it('a bad entry in the site list costs that entry only', () => {
    const { settings, problems } = readSettingsValue({ disabledSites: ['bbc.co.uk', 42, 'not a site', 'EXAMPLE.org'] });
    expect(settings.disabledSites).toEqual(['bbc.co.uk', 'example.org']);
    expect(problems).toEqual(['disabledSites: 42 is not a site name', 'disabledSites: "not a site" is not a site name']);
    expect(readSettingsValue([1]).problems).toEqual(['settings: not an object']);
  });

  it('bounds the cap and the site list', () => {
    expect(Settings.safeParse({ historyCap: 99 }).success).toBe(false);
    expect(Settings.safeParse({ historyCap: 100_001 }).success).toBe(false);
    expect(Settings.safeParse({ historyCap: 1.5 }).success).toBe(false);
    expect(Settings.safeParse({ disabledSites: Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `s${i}.example`) }).success).toBe(false);
    // sync storage allows 8 KB per item: the fullest valid value must fit.
    const fullest = Settings.parse({ disabledSites: Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `a-long-site-name-${i}.example.co.uk`) });
    expect(JSON.stringify(fullest).length + 'settings'.length).toBeLessThan(8192);
  });
});

describe('site list', () => {
  it('accepts host names and pasted URLs, one per line; names what is invalid', () => {
    expect(parseSiteList('bbc.co.uk\nhttps://www.nytimes.com/2024/01/01/world.html\n\n  Example.ORG  ,not a site!')).toEqual({
      sites: ['bbc.co.uk', 'example.org', 'nytimes.com'],
      invalid: ['not a site!'],
    });
  });

  it('a disabled site covers its subdomains, not look-alikes', () => {
    const settings = { disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'https://example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://www.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://news.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://badexample.com/a')).toBe(false);
    expect(isSiteDisabled(settings, 'not a url')).toBe(false);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through validated, versioned storage', async () => {
    const mine = { ...DEFAULT_SETTINGS, scanMode: 'on-request' as const, disabledSites: ['bbc.co.uk'], highlightStyle: 'outline' as const };
    await saveSettings(mine);
    expect(await readSettings()).toEqual({ settings: mine, problems: [] });
    expect(await storage.getMeta('sync:settings')).toEqual({ v: SETTINGS_VERSION });
  });

  it('refuses to store an invalid value and keeps the old one', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, historyCap: 500 });
    await expect(saveSettings({ ...DEFAULT_SETTINGS, historyCap: -1 })).rejects.toThrow();
    expect((await readSettings()).settings.historyCap).toBe(500);
  });

  it('watchers get validated settings', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.highlightStyle));
    await saveSettings({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
    await storage.setItem('sync:settings', { highlightStyle: 'blink' });
    stop();
    expect(seen).toEqual(['background', 'underline']);
  });

  it('a fresh item on an empty profile reads the defaults', async () => {
    expect(await defineSettingsItem().getValue()).toBeNull();
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});
