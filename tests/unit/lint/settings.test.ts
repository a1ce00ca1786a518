import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { audioUrlProblem } from '../../../src/domain/lint';
import { flowWith, problemsOf, robot } from './helpers';

describe('OF101 required setting missing', () => {
  it('reports an empty required setting with its path', () => {
    const flow = flowWith((d) => (robot(d, 'n_sms').settings.text = '  '));
    expect(problemsOf('OF101', flow)).toEqual([
      {
        code: 'OF101',
        severity: 'error',
        path: '$.robots[1].settings.text',
        message: '"Text" is required for Send SMS “SMS with the order number”.',
      },
    ]);
  });

  it('reports an absent required setting of a trigger', () => {
    const flow = flowWith((d) =>
      d.triggers.push({ id: 't_link', type: 'email.linkClicked', status: 'F', settings: {} }),
    );
    expect(problemsOf('OF101', flow).map((p) => p.path)).toEqual(['$.triggers[4].settings.url']);
  });

  it('honours visibleWhen: the robocall text is not required in audio mode', () => {
    const audio = flowWith((d) => {
      Object.assign(robot(d, 's_robocall').settings, {
        mode: 'audio',
        text: '',
        audioUrl: 'https://media.example.com/a.mp3',
      });
    });
    expect(problemsOf('OF101', audio)).toEqual([]);
    const noLink = flowWith((d) =>
      Object.assign(robot(d, 's_robocall').settings, { mode: 'audio', audioUrl: '' }),
    );
    expect(problemsOf('OF101', noLink).map((p) => p.path)).toEqual(['$.robots[9].settings.audioUrl']);
  });

  it('does not fire on the default flow', () => {
    expect(problemsOf('OF101', DEFAULT_FLOW)).toEqual([]);
  });
});

describe('OF102 invalid setting', () => {
  it("reports a value the type declares impossible, in the catalog's words", () => {
    const flow = flowWith((d) => (robot(d, 's_robocall').settings.speed = 'warp'));
    const [p] = problemsOf('OF102', flow);
    expect(p).toMatchObject({ path: '$.robots[9].settings.speed', severity: 'error' });
    expect(p!.message).toContain('Speed is one of');
  });

  it('does not repeat a missing required setting', () => {
    const flow = flowWith((d) => delete robot(d, 'n_code').settings.pattern);
    expect(problemsOf('OF102', flow)).toEqual([]);
    expect(problemsOf('OF101', flow)).toHaveLength(1);
  });
});

describe('OF103 text over 200 characters', () => {
  it('counts the literal text, not the inserts', () => {
    const long = 'x'.repeat(201);
    const flow = flowWith((d) => (robot(d, 'n_sms').settings.text = long));
    const [p] = problemsOf('OF103', flow);
    expect(p).toMatchObject({ path: '$.robots[1].settings.text', severity: 'error' });
    expect(p!.message).toMatch(/201 characters without the inserted values/);
  });

  it('accepts 200 literal characters plus inserts, and checks robocall texts too', () => {
    const ok = flowWith(
      (d) => (robot(d, 'n_sms').settings.text = `${'x'.repeat(200)}{{order.accountNumber}}`),
    );
    expect(problemsOf('OF103', ok)).toEqual([]);
    const call = flowWith((d) => (robot(d, 's_robocall').settings.text = 'y'.repeat(250)));
    expect(problemsOf('OF103', call).map((p) => p.path)).toEqual(['$.robots[9].settings.text']);
  });

  it('ignores the robocall text in audio mode', () => {
    const flow = flowWith((d) =>
      Object.assign(robot(d, 's_robocall').settings, {
        mode: 'audio',
        text: 'y'.repeat(250),
        audioUrl: 'https://a.example/x.mp3',
      }),
    );
    expect(problemsOf('OF103', flow)).toEqual([]);
  });
});

describe('OF104 audio link', () => {
  const withLink = (audioUrl: string) =>
    flowWith((d) => Object.assign(robot(d, 's_robocall').settings, { mode: 'audio', audioUrl }));

  it('accepts a public https .mp3 link (query strings allowed)', () => {
    expect(problemsOf('OF104', withLink('https://media.example.com/voice/thanks.MP3?v=2'))).toEqual([]);
  });

  it.each([
    ['ftp://files.example.com/a.mp3', /ftp/],
    ['https://media.example.com/a.wav', /\.mp3/],
    ['http://localhost:8080/a.mp3', /not reachable/],
    ['http://192.168.1.10/a.mp3', /not reachable/],
    ['a.mp3', /not a web address/],
  ])('rejects %s', (link, why) => {
    const [p] = problemsOf('OF104', withLink(link));
    expect(p).toMatchObject({ code: 'OF104', path: '$.robots[9].settings.audioUrl' });
    expect(p!.message).toMatch(why);
    expect(audioUrlProblem(link)).toBeDefined();
  });
});
