import { loadSamples } from '../../src/domain/samples';

// The Russian default design and samples load on demand in the designer (main.tsx, the language
// switch); tests that ask for them synchronously find them loaded, as the designer would have.
await loadSamples('ru');
