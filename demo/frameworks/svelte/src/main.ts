// Register the tags before Svelte renders them, so Svelte sets `client` as a property.
import 'mfa-elements/all.js';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
