/**
 * Light / dark / follow-the-system. The choice sets `color-scheme` on <html> through a class, so
 * the page's light-dark() colours and the elements' own light-dark() defaults switch together.
 */
const KEY = 'mfa-demo:scheme';
type Scheme = 'system' | 'light' | 'dark';

function isScheme(value: string | null): value is Scheme {
  return value === 'system' || value === 'light' || value === 'dark';
}

function apply(scheme: Scheme): void {
  const root = document.documentElement;
  root.classList.toggle('scheme-light', scheme === 'light');
  root.classList.toggle('scheme-dark', scheme === 'dark');
}

export function setUpSchemePicker(picker: HTMLElement): void {
  const stored = localStorage.getItem(KEY);
  const scheme: Scheme = isScheme(stored) ? stored : 'system';
  apply(scheme);
  const radio = picker.querySelector<HTMLInputElement>(`input[value="${scheme}"]`);
  if (radio) radio.checked = true;
  picker.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (!isScheme(value)) return;
    apply(value);
    if (value === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, value);
  });
}
