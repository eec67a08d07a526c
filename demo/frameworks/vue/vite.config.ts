import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { examplePage } from '../common/example-page';

export default defineConfig({
  // The mfa-* tags are custom elements, not Vue components: Vue renders them as they are.
  plugins: [
    examplePage('Vue 3'),
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mfa-') } } }),
  ],
  // Hidden source maps: the test reads them to measure the kit's share of the bundle.
  build: { reportCompressedSize: false, sourcemap: 'hidden' },
});
