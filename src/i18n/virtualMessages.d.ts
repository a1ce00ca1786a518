// The first screen's messages of a language, made by the build (vite.config.ts, src/i18n/firstScreen.ts).
declare module 'virtual:orderflow-first-screen/*' {
  import type { CompiledMessage } from './messageTypes';

  const messages: Readonly<Record<string, CompiledMessage>>;
  export default messages;
}
