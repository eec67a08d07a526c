/**
 * Theme presets: each is a class on <html> whose rules live in public/themes/<name>.css (linked
 * from index.html); default.css holds the page's base tokens, which apply without a class.
 * Switching toggles classes only — no style attributes — and shows the CSS.
 */
import type { MfaRecoveryCodes } from '../src/index.js';
import { createMemoryClient } from '../src/clients/memory/index.js';
import { appendRadios, byId, h } from './dom.js';
import { ISSUER, LATENCY_MS } from './session.js';

const KEY = 'mfa-demo:theme';
const THEMES = ['default', 'ocean', 'forest', 'paper', 'soft'] as const;
type Theme = (typeof THEMES)[number];

function isTheme(value: string | null): value is Theme {
  return (THEMES as readonly string[]).includes(value ?? '');
}

export function setUpTheming(): void {
  // The preview's recovery-code form gets a throwaway client of its own (not the provider's), set
  // up with codes nobody knows, so trying it shows the themed error state without touching the
  // visitor's demo account.
  const previewClient = createMemoryClient({
    userName: 'preview@example.com',
    issuer: ISSUER,
    latency: LATENCY_MS,
  });
  void previewClient.setUpTotp({ signOut: true });
  byId<MfaRecoveryCodes>('preview-recovery').client = previewClient;

  const picker = byId('theme-picker');
  const source = byId('theme-css');
  const file = byId('theme-css-file');
  const cache = new Map<Theme, string>();

  const show = async (theme: Theme): Promise<void> => {
    file.textContent = `demo/public/themes/${theme}.css`;
    let css = cache.get(theme);
    if (css === undefined) {
      try {
        const response = await fetch(`/themes/${theme}.css`);
        css = response.ok ? await response.text() : `/* could not load ${theme}.css */`;
      } catch {
        css = `/* could not load ${theme}.css */`;
      }
      cache.set(theme, css);
    }
    source.textContent = css.trim();
  };

  const apply = (theme: Theme): void => {
    for (const name of THEMES)
      document.documentElement.classList.toggle(
        `theme-${name}`,
        name === theme && name !== 'default',
      );
    if (theme === 'default') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
    void show(theme);
  };

  const stored = localStorage.getItem(KEY);
  const initial: Theme = isTheme(stored) ? stored : 'default';
  appendRadios(
    picker,
    'theme',
    THEMES.map((theme) => ({
      value: theme,
      label: theme.charAt(0).toUpperCase() + theme.slice(1),
      before: h('span', { className: `swatch swatch-${theme}`, attrs: { 'aria-hidden': 'true' } }),
    })),
    initial,
    'theme-option',
  );
  apply(initial);

  picker.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (isTheme(value)) apply(value);
  });
}
