import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * `VITE_API_URL=http://127.0.0.1:8080 npm run dev` works on the designer against a running server
 * (`npm start`): the dev server forwards /api there and the page calls its own origin, so the
 * session cookie (SameSite=Strict, HttpOnly) is first-party and the server's cross-site check sees
 * no foreign Origin. The mocked backend is off then. Builds are left alone.
 */
function devApiProxy(target: string | undefined): Plugin {
  return {
    name: 'orderflow-dev-api-proxy',
    config: (_config, { command }) =>
      command === 'serve' && target
        ? {
            server: {
              proxy: {
                '/api': {
                  target,
                  changeOrigin: true,
                  configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
                },
              },
            },
            define: { 'import.meta.env.VITE_API_URL': '""', 'import.meta.env.VITE_API_MOCK': '"off"' },
          }
        : undefined,
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), devApiProxy(process.env.VITE_API_URL)],
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
