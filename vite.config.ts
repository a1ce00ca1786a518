import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { compileMessages } from './src/i18n/compile';

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

/**
 * The designer's messages are parsed here, once, instead of in every browser (docs/i18n.md): the
 * JSON keeps its shape, each ICU string becomes its syntax tree, and a build holds no ICU parser
 * (about 7 kB gzip of the first load). A message that does not parse fails the build, naming it.
 */
function compiledMessages(): Plugin {
  return {
    name: 'orderflow-compiled-messages',
    enforce: 'pre',
    config: (_config, { command }) =>
      command === 'build'
        ? {
            resolve: {
              alias: [
                {
                  find: /^@formatjs\/icu-messageformat-parser$/,
                  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
                },
              ],
            },
          }
        : undefined,
    transform(code, id) {
      if (!/\/src\/i18n\/messages\/(?:[^/]+\/)?[^/]+\.json$/.test(id)) return null;
      return { code: JSON.stringify(compileMessages(JSON.parse(code) as Record<string, string>)), map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), compiledMessages(), devApiProxy(process.env.VITE_API_URL)],
  server: { port: 5173 },
  preview: { port: 4173 },
  // Workers are bundled with their own plugin list, not the page's: without this one the lint and
  // simulation workers would get raw ICU strings and no parser to read them.
  worker: { format: 'es', plugins: () => [compiledMessages()] },
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
