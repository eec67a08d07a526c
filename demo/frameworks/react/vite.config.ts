import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Hidden source maps: the test reads them to measure the kit's share of the bundle.
  build: { reportCompressedSize: false, sourcemap: 'hidden' },
});
