/**
 * The form fields of a source (the add form, and each edit form in the list): read values,
 * fill them, and show one validation message next to each field.
 */
import { FIELD_NAMES, type FieldErrors, type FieldName } from '@/lib/sources/form';

type Control = HTMLInputElement | HTMLTextAreaElement;

export class SourceFields {
  /** Fields the user typed in: a later prefill (another file) leaves them alone. */
  private readonly touched = new Set<FieldName>();

  constructor(private readonly root: HTMLElement, private readonly names: readonly FieldName[] = FIELD_NAMES) {
    for (const name of names) this.control(name)?.addEventListener('input', () => {
      this.touched.add(name);
      this.showError(name, undefined);
    });
  }

  control(name: FieldName): Control | null {
    return this.root.querySelector<Control>(`[name="${name}"]`);
  }

  values(): Partial<Record<FieldName, string>> {
    const out: Partial<Record<FieldName, string>> = {};
    for (const name of this.names) out[name] = this.control(name)?.value ?? '';
    return out;
  }

  /** Fill fields the user has not typed in (or all, with `force`). */
  fill(values: Partial<Record<FieldName, string>>, force = false): FieldName[] {
    const filled: FieldName[] = [];
    for (const name of this.names) {
      const value = values[name];
      const control = this.control(name);
      if (value === undefined || !control || (!force && this.touched.has(name) && control.value.trim())) continue;
      control.value = value;
      this.showError(name, undefined);
      filled.push(name);
    }
    return filled;
  }

  /** One message per field; the first field at fault gets the focus. */
  showErrors(errors: FieldErrors): void {
    for (const name of this.names) this.showError(name, errors[name]);
    const first = this.names.find((n) => errors[n]);
    if (first) this.control(first)?.focus();
  }

  private showError(name: FieldName, message: string | undefined): void {
    const control = this.control(name);
    const slot = this.root.querySelector<HTMLElement>(`[data-error-for="${name}"]`);
    if (slot) slot.textContent = message ?? '';
    if (control) control.setAttribute('aria-invalid', message ? 'true' : 'false');
  }

  reset(): void {
    this.touched.clear();
    for (const name of this.names) this.showError(name, undefined);
  }
}
