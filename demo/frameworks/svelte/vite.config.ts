import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Hidden source maps: the test reads them to measure the kit's share of the bundle.
  build: { reportCompressedSize: false, sourcemap: 'hidden' },
});
