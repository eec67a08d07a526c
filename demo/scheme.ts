/**
 * Light / dark / follow-the-system. The choice sets `color-scheme` on <html> through a class, so
 * the page's light-dark() colours and the elements' own light-dark() defaults switch together.
 */
import { appendRadios } from './dom.js';

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
  appendRadios(
    picker,
    'scheme',
    [
      { value: 'system', label: 'Auto', title: 'Follow the system setting' },
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
    ],
    scheme,
  );
  picker.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (!isScheme(value)) return;
    apply(value);
    if (value === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, value);
  });
}
