import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: { port: 5173 },
  preview: { port: 4173 },
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      treeshake: {
        // Our modules do nothing when imported but define things (imports only for side effects are
        // CSS files), so one whose exports go unused can be dropped: a barrel such as io/exchange/index
        // then no longer drags its every module into the first load (3 kB gzip). Packages keep their
        // own package.json "sideEffects" declarations.
        moduleSideEffects: (id: string) => !/\/src\/.*\.tsx?$/.test(id),
      },
    },
  },
});
