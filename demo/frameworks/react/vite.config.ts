import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { examplePage } from '../common/example-page';

export default defineConfig({
  plugins: [examplePage('React 19'), react()],
  // Hidden source maps: the test reads them to measure the kit's share of the bundle.
  build: { reportCompressedSize: false, sourcemap: 'hidden' },
});
