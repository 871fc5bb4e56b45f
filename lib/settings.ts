import { z } from 'zod';

/**
 * User settings (options page). Pure zod with defaults: a missing field takes its default,
 * an invalid one is reported by readSettingsValue so storage can keep the bad value aside.
 * Bump SETTINGS_VERSION with a migration when a field changes meaning.
 */
export const SETTINGS_VERSION = 1;

export const DEFAULT_HISTORY_CAP = 10_000;
export const MIN_HISTORY_CAP = 100;
export const MAX_HISTORY_CAP = 100_000;
/** Settings live in storage.sync, whose items may hold 8 KB: 200 host names fit with room to spare. */
export const MAX_DISABLED_SITES = 200;

export const ScanMode = z.enum(['auto', 'on-request']);
export type ScanMode = z.infer<typeof ScanMode>;
export const HighlightStyle = z.enum(['underline', 'background', 'outline']);
export type HighlightStyle = z.infer<typeof HighlightStyle>;

/** A host name as the user would type it: "example.com", "news.example.co.uk". */
export const SiteHost = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/, 'not a site name');

export const Settings = z.object({
  /** 'auto': check every page on load; 'on-request': only when the user clicks the toolbar button. */
  scanMode: ScanMode.default('auto'),
  /** Hosts where Verbatim never scans; a host also covers its subdomains. */
  disabledSites: z.array(SiteHost).max(MAX_DISABLED_SITES).default([]),
  /** Record quotes found by automatic scans (manual checks are always recorded). */
  recordAutomaticScans: z.boolean().default(true),
  historyCap: z.number().int().min(MIN_HISTORY_CAP).max(MAX_HISTORY_CAP).default(DEFAULT_HISTORY_CAP),
  highlightStyle: HighlightStyle.default('underline'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/**
 * Field by field: a stored value with one bad field keeps every other field.
 * `problems` names each field that fell back to its default.
 */
export function readSettingsValue(raw: unknown): { settings: Settings; problems: string[] } {
  if (raw == null) return { settings: DEFAULT_SETTINGS, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: DEFAULT_SETTINGS, problems: ['settings: not an object'] };
  const whole = Settings.safeParse(raw);
  if (whole.success) return { settings: whole.data, problems: [] };
  const problems: string[] = [];
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [field, schema] of Object.entries(Settings.shape)) {
    const value = (raw as Record<string, unknown>)[field];
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) settings[field] = parsed.data;
    else if (field === 'disabledSites' && Array.isArray(value)) settings[field] = validSites(value, problems);
    else problems.push(`${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { settings: settings as Settings, problems };
}

/** One bad entry must not switch scanning back on for every other listed site. */
function validSites(values: unknown[], problems: string[]): string[] {
  const sites = values.flatMap((v) => {
    const parsed = SiteHost.safeParse(v);
    if (!parsed.success) problems.push(`disabledSites: ${JSON.stringify(v)} is not a site name`);
    return parsed.success ? [parsed.data] : [];
  });
  return [...new Set(sites)].slice(0, MAX_DISABLED_SITES);
}

/** Parse the options page's "one site per line" box; returns the bad lines so the form can say which. */
export function parseSiteList(text: string): { sites: string[]; invalid: string[] } {
  const sites = new Set<string>();
  const invalid: string[] = [];
  for (const line of text.split(/[\n,]/)) {
    const host = hostFromInput(line);
    if (host === '') continue;
    const parsed = SiteHost.safeParse(host);
    if (parsed.success) sites.add(parsed.data);
    else invalid.push(line.trim());
  }
  return { sites: [...sites].sort(), invalid };
}

/** Users paste whole URLs; keep only the host. */
function hostFromInput(line: string): string {
  const trimmed = line.trim();
  if (trimmed === '') return '';
  try {
    return new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname.replace(/^www\./, '');
  } catch {
    return trimmed;
  }
}

/** True when scanning is off for this page's host or a parent domain of it. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, pageUrl: string): boolean {
  let host: string;
  try {
    host = new URL(pageUrl).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
