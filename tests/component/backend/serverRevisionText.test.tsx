import { describe, expect, it } from 'vitest';
import { sameDesign } from '../../../src/store/sameDesign';
import { serverRevisionText } from '../../../src/app/ServerRevision';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';

const flow = DEFAULT_FLOW;
const link = { flowId: flow.id, revision: 4, flow };

describe('serverRevisionText', () => {
  it('names the revision while the design is unchanged since it', () => {
    expect(serverRevisionText(flow, link, null)).toMatchObject({
      text: 'Saved to server · rev 4',
      tone: 'ok',
    });
  });

  it('says the design changed since, or never reached the server', () => {
    const edited = { ...flow, name: 'Edited' };
    expect(serverRevisionText(edited, link, null).text).toBe('Not saved to server · based on rev 4');
    expect(serverRevisionText(flow, null, null).text).toBe('Not saved to server');
  });

  it('puts a failed contact or a newer server revision first', () => {
    expect(serverRevisionText(flow, link, 'offline').text).toBe('Offline — saved in this browser');
    expect(serverRevisionText(flow, link, 'unreachable').text).toBe(
      'Server unavailable — saved in this browser',
    );
    expect(serverRevisionText(flow, link, 'newer')).toMatchObject({
      text: 'Server has a newer revision',
      tone: 'warning',
    });
  });
});

describe('sameDesign', () => {
  it('ignores where the cards are drawn and keys holding undefined', () => {
    const moved = { ...flow, layout: { ...flow.layout, viewport: { x: 9, y: 9, zoom: 2 } } };
    expect(sameDesign(flow, moved)).toBe(true);
    expect(sameDesign(flow, structuredClone({ ...flow, description: undefined }))).toBe(true);
  });

  it('sees a changed robot', () => {
    const changed = { ...flow, robots: flow.robots.map((r, i) => (i === 0 ? { ...r, name: 'Other' } : r)) };
    expect(sameDesign(flow, changed)).toBe(false);
  });
});
