import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrated, TEST_DATABASES } from './support/databases';
import { api } from './support/flows';
import { signedInFetch, startServer } from './support/server';

const RACERS = 24;

describe.each(TEST_DATABASES)('racing saves ($name)', (kind) => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dispose: () => Promise<void>;
  let editor: ReturnType<typeof api>;

  beforeAll(async () => {
    const fresh = await migrated(kind);
    dispose = fresh.dispose;
    server = await startServer(fresh.db);
    editor = api(server.base, await signedInFetch(server.base, 'editor'));
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  it(`lets exactly one of ${RACERS} saves on one revision win; the others get 409 and the winner`, async () => {
    const { id, flow } = await editor.create();
    const answers = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        editor.call('PUT', `/api/flows/${id}`, { flow: { ...flow, name: `Racer ${i}` }, baseRevision: 1 }),
      ),
    );
    const winners = answers.filter((a) => a.status === 200);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(RACERS - 1);
    const winner = answers.indexOf(winners[0]!);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.body.current.revision).toBe(2);
      expect(a.body.current.flow.name).toBe(`Racer ${winner}`);
    }
    const history = (await editor.call('GET', `/api/flows/${id}/revisions`)).body.revisions;
    expect(history.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
  });

  it('chains saves that each start from the revision before: every one lands, in order', async () => {
    const { id, flow } = await editor.create();
    let revision = 1;
    const writers = Array.from({ length: 6 }, (_, w) => async () => {
      for (let k = 0; k < 5; k++) {
        for (;;) {
          const r = await editor.call('PUT', `/api/flows/${id}`, {
            flow: { ...flow, name: `w${w}k${k}` },
            baseRevision: revision,
          });
          if (r.status === 200) {
            revision = Math.max(revision, r.body.revision);
            break;
          }
          expect(r.status).toBe(409);
          revision = r.body.current.revision;
        }
      }
    });
    await Promise.all(writers.map((w) => w()));
    const history = (await editor.call('GET', `/api/flows/${id}/revisions`)).body.revisions;
    expect(history.map((r: { revision: number }) => r.revision)).toEqual(
      Array.from({ length: 31 }, (_, i) => 31 - i),
    );
  });
});
