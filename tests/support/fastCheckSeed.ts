import fc from 'fast-check';

/*
 * Property tests draw the same cases on every machine and every run, so a failure in CI is the
 * failure on a laptop, and a green run means the same cases passed. `FC_SEED=N` explores others
 * (fast-check prints the seed of a failure); `npm run test:soak` draws ten thousand fresh ones.
 */
export const PROPERTY_SEED = process.env.FC_SEED === undefined ? 20_261_206 : Number(process.env.FC_SEED);

fc.configureGlobal({ seed: PROPERTY_SEED });
