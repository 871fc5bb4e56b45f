/** Settings ⇄ the options form. Validation messages name the field and the bad input. */
import { MAX_DISABLED_SITES, MAX_HISTORY_CAP, MIN_HISTORY_CAP, parseSiteList, Settings, type Settings as SettingsValue } from '@/lib/settings';
import { $ } from '@/lib/ui/dom';

const radios = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

export function fillForm(settings: SettingsValue): void {
  for (const radio of radios('scanMode')) radio.checked = radio.value === settings.scanMode;
  for (const radio of radios('highlightStyle')) radio.checked = radio.value === settings.highlightStyle;
  $<HTMLTextAreaElement>('disabledSites').value = settings.disabledSites.join('\n');
  $<HTMLInputElement>('recordAutomaticScans').checked = settings.recordAutomaticScans;
  $<HTMLInputElement>('historyCap').value = String(settings.historyCap);
  showError('sites-error', null);
  showError('cap-error', null);
}

function showError(id: string, message: string | null): void {
  const node = $(id);
  node.hidden = message === null;
  node.textContent = message ?? '';
}

/** The form as settings, or null after showing what is wrong. */
export function readForm(): SettingsValue | null {
  const { sites, invalid } = parseSiteList($<HTMLTextAreaElement>('disabledSites').value);
  const capText = $<HTMLInputElement>('historyCap').value.trim();
  const cap = Number(capText);
  const siteError = invalid.length
    ? `Not a site name: ${invalid.slice(0, 5).map((s) => `“${s}”`).join(', ')}. Use a name like example.com.`
    : sites.length > MAX_DISABLED_SITES
      ? `At most ${MAX_DISABLED_SITES} sites can be listed.`
      : null;
  const capError = !/^\d+$/.test(capText) || cap < MIN_HISTORY_CAP || cap > MAX_HISTORY_CAP
    ? `Enter a whole number from ${MIN_HISTORY_CAP} to ${MAX_HISTORY_CAP.toLocaleString('en')}.`
    : null;
  showError('sites-error', siteError);
  showError('cap-error', capError);
  if (siteError || capError) return null;
  const parsed = Settings.safeParse({
    scanMode: radios('scanMode').find((r) => r.checked)?.value,
    highlightStyle: radios('highlightStyle').find((r) => r.checked)?.value,
    disabledSites: sites,
    recordAutomaticScans: $<HTMLInputElement>('recordAutomaticScans').checked,
    historyCap: cap,
  });
  return parsed.success ? parsed.data : null;
}
