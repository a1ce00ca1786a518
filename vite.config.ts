import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMessages } from './src/i18n/compile';
import { firstScreenMessages as chooseFirstScreen } from './src/i18n/firstScreen';

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

/**
 * The first load carries the messages of the first screen only (docs/i18n.md, "The first load"):
 * in the designer's build, english.ts and load.ts read `messages/firstScreen.{en,ru}.ts` instead of
 * `all.en`/`all.ru`; those hold the keys `src/i18n/firstScreen.ts` chooses from every area file
 * (compiled here, as a virtual module) and fetch the rest right after (src/i18n/later.ts). Workers,
 * the CLI and the tests keep every area.
 */
function firstScreenMessages(): Plugin {
  const VIRTUAL = 'virtual:orderflow-first-screen/';
  let build = false;
  return {
    name: 'orderflow-first-screen-messages',
    enforce: 'pre',
    config: (_config, { command }) => {
      build = command === 'build';
    },
    resolveId(source, importer) {
      if (source.startsWith(VIRTUAL)) return `\0${source}`;
      if (!build || !importer) return null;
      const language = /^\.\/messages\/all\.(en|ru)$/.exec(source)?.[1];
      const from = importer.replace(/\\/g, '/');
      if (language === 'en' && from.endsWith('/src/i18n/english.ts'))
        return this.resolve('./messages/firstScreen.en', importer, { skipSelf: true });
      if (language === 'ru' && from.endsWith('/src/i18n/load.ts'))
        return this.resolve('./messages/firstScreen.ru', importer, { skipSelf: true });
      return null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const language = id.slice(VIRTUAL.length + 1);
      const dir = fileURLToPath(new URL('./src/i18n/messages/', import.meta.url));
      const files: [string, string][] = [['core', join(dir, `${language}.json`)]];
      for (const name of readdirSync(join(dir, language)).sort())
        if (name.endsWith('.json') && name !== 'cli.json')
          files.push([name.slice(0, -'.json'.length), join(dir, language, name)]);
      const areas: Record<string, Record<string, string>> = {};
      for (const [area, file] of files) {
        this.addWatchFile(file);
        areas[area] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      }
      return `export default ${JSON.stringify(compileMessages(chooseFirstScreen(areas)))};`;
    },
  };
}

/** The CLI's messages (`messages/{en,ru}/cli.json`) are for Node only: a browser build gets none. */
function noCliMessages(): Plugin {
  return {
    name: 'orderflow-no-cli-messages',
    enforce: 'pre',
    transform: (_code, id) =>
      /\/src\/i18n\/messages\/[^/]+\/cli\.json$/.test(id) ? { code: '{}', map: null } : null,
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    noCliMessages(),
    compiledMessages(),
    firstScreenMessages(),
    devApiProxy(process.env.VITE_API_URL),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  // Workers are bundled with their own plugin list, not the page's: without this one the lint and
  // simulation workers would get raw ICU strings and no parser to read them.
  worker: { format: 'es', plugins: () => [noCliMessages(), compiledMessages()] },
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
