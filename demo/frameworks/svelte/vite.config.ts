import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { examplePage } from '../common/example-page';

export default defineConfig({
  plugins: [examplePage('Svelte 5'), svelte()],
  // Hidden source maps: the test reads them to measure the kit's share of the bundle.
  build: { reportCompressedSize: false, sourcemap: 'hidden' },
});
