/** The filter form ⇄ HistoryQuery (lib/history/filter.ts). Dates are the user's local days. */
import type { HistoryQuery, HistoryVerdict } from '@/lib/history';
import { $, el } from '@/lib/ui/dom';

export interface ViewOptions {
  query: HistoryQuery;
  groupByPage: boolean;
}

/** "2026-11-23" → local midnight (or the last millisecond of that day with endOfDay). */
export function localDay(value: string, endOfDay: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return endOfDay ? start + 86_400_000 - 1 : start;
}

export function readView(): ViewOptions {
  const form = $<HTMLFormElement>('filters');
  const verdicts = [...form.querySelectorAll<HTMLInputElement>('input[name="verdict"]:checked')].map((i) => i.value as HistoryVerdict);
  return {
    query: {
      text: $<HTMLInputElement>('f-text').value,
      verdicts,
      speaker: $<HTMLSelectElement>('f-speaker').value || undefined,
      site: $<HTMLSelectElement>('f-site').value || undefined,
      from: localDay($<HTMLInputElement>('f-from').value, false),
      to: localDay($<HTMLInputElement>('f-to').value, true),
      attributionDiffers: $<HTMLInputElement>('f-differs').checked,
    },
    groupByPage: $<HTMLInputElement>('f-group').checked,
  };
}

/** Refill a drop-down with the values present, keeping the user's choice if it still exists. */
export function fillSelect(id: string, values: readonly string[], labelOf: (v: string) => string = (v) => v): void {
  const select = $<HTMLSelectElement>(id);
  const chosen = select.value;
  const any = el('option', '', 'Any');
  any.value = '';
  const options = values.map((v) => {
    const option = el('option', '', labelOf(v));
    option.value = v;
    return option;
  });
  select.replaceChildren(any, ...options);
  select.value = values.includes(chosen) ? chosen : '';
}

/** Call `onChange` on any filter edit; typing is debounced so a fast typist filters once. */
export function onFiltersChange(onChange: () => void): void {
  const form = $<HTMLFormElement>('filters');
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    const typing = (event.target as HTMLElement).id === 'f-text';
    timer = setTimeout(onChange, typing ? 120 : 0);
  });
  form.addEventListener('change', () => onChange());
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(onChange, 0));
}
