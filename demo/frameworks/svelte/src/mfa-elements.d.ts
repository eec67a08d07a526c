// The mfa-* tags in Svelte's SvelteHTMLElements, with typed properties and `on<event>` handlers.
/// <reference types="mfa-elements/svelte" />
