// What a Svelte app adds once (README, "Svelte"): the tags in SvelteHTMLElements.
/// <reference types="mfa-elements/svelte" />
