// Builds the component demo on its own (no DuckDB, no app shell), e.g. for screenshots:
// npx vite build -c src/app/components/demo/vite.demo.config.ts && npx vite preview -c src/app/components/demo/vite.demo.config.ts
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: { outDir: '/tmp/bitacora-demo-dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 6000 },
  preview: { port: 5198, strictPort: true },
});
