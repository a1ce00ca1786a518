import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, row } from './shared/declarations';
import { quote } from '../summary';
import { pickContactPoint } from './shared/contactPoints';
import {
  NO_PHONE,
  PHONE_TYPE_OPTIONS,
  PHONE_TYPE_VALUES,
  TEXT_LIMIT,
  TEXT_TOO_LONG,
  phoneTo,
} from './shared/options';

const SPEEDS = ['x-slow', 'slow', 'medium', 'fast', 'x-fast'] as const;
const VOLUMES = ['x-soft', 'soft', 'medium', 'loud', 'x-loud'] as const;
const asOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

const settingsSchema = z
  .object({
    from: z.string('Choose the origination number').min(1, 'Choose the origination number'),
    mode: z.enum(['text', 'audio'], 'Choose whether the call reads a text or plays a recording'),
    text: z.string().optional(),
    voice: z.string().optional(),
    speed: z.enum(SPEEDS, 'Speed is one of x-slow, slow, medium, fast, x-fast').optional(),
    volume: z.enum(VOLUMES, 'Volume is one of x-soft, soft, medium, loud, x-loud').optional(),
    audioUrl: z.string().optional(),
    phoneType: z.enum(PHONE_TYPE_VALUES, 'Choose Auto select or a phone type').optional(),
    waitForResult: z.boolean().optional(),
  })
  .superRefine((s, ctx) => {
    // Each mode requires only its own content; the other mode's settings may linger from editing.
    if (s.mode === 'text' && !s.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Enter the text the robot reads' });
    if (s.mode === 'audio' && !s.audioUrl)
      ctx.addIssue({ code: 'custom', path: ['audioUrl'], message: 'Enter the link to the .mp3 recording' });
  });
export type RobocallSettings = z.infer<typeof settingsSchema>;

const textMode = { key: 'mode', equals: 'text' } as const;

/** Robocall: calls the client and reads a rendered text (≤ 200 characters) or plays a recording. */
export const callRobocall = defineRobot({
  kind: 'robot',
  type: 'call.robocall',
  title: 'Robocall',
  group: 'communications',
  description: 'Calls the client and reads a text aloud or plays an audio recording.',
  icon: 'phone',
  fields: [
    { key: 'from', label: 'Origination number', widget: 'select', required: true, reference: 'numbers' },
    { key: 'phoneType', label: 'Client phone', widget: 'select', options: PHONE_TYPE_OPTIONS },
    {
      key: 'mode',
      label: 'Message',
      widget: 'select',
      required: true,
      options: [
        { value: 'text', label: 'Read a text' },
        { value: 'audio', label: 'Play a recording' },
      ],
    },
    {
      key: 'text',
      label: 'Text',
      widget: 'textarea',
      required: true,
      template: true,
      maxLength: TEXT_LIMIT,
      visibleWhen: textMode,
    },
    { key: 'voice', label: 'Voice', widget: 'select', reference: 'voices', visibleWhen: textMode },
    { key: 'speed', label: 'Speed', widget: 'select', options: asOptions(SPEEDS), visibleWhen: textMode },
    { key: 'volume', label: 'Volume', widget: 'select', options: asOptions(VOLUMES), visibleWhen: textMode },
    {
      key: 'audioUrl',
      label: 'Recording link',
      widget: 'url',
      recordingLink: true,
      required: true,
      placeholder: 'https://example.com/message.mp3',
      help: 'A public http(s) link to an .mp3 file.',
      visibleWhen: { key: 'mode', equals: 'audio' },
    },
    { key: 'waitForResult', label: 'Wait for the call result', widget: 'checkbox' },
  ],
  settingsSchema,
  defaults: {
    from: '',
    mode: 'text',
    text: '',
    speed: 'medium',
    volume: 'medium',
    phoneType: 'auto',
    waitForResult: false,
  },
  summary: (s, { names, t }) => {
    const what =
      s.mode === 'audio'
        ? s.audioUrl
          ? t.t('catalog.summary.call.robocall.plays', { file: s.audioUrl.split('/').pop() ?? s.audioUrl })
          : t.t('catalog.summary.call.robocall.noLink')
        : s.text
          ? quote(s.text, { names, t })
          : t.t('catalog.summary.noTextYet');
    return t.t('catalog.summary.call.robocall', { to: phoneTo(s.phoneType, t), what });
  },
  emits: ['call.outgoing'],
  moves: null,
  writes: writesNothing,
  people: involvesNoOne,
  clientMessage: (s) => ({
    contactField: 'contact.phones',
    pointType: typeof s.phoneType === 'string' ? s.phoneType : 'auto',
    missingError: NO_PHONE,
    rings: true,
  }),
  output: (o) => [
    row('From', o.from),
    row('To', o.to),
    row('Says', o.mode === 'audio' ? o.audioUrl : o.text),
  ],
  outputLabels: { from: 'From', to: 'To', mode: 'Message type', text: 'Text', audioUrl: 'Recording link' },
  effect: (settings, ctx) => {
    // Checks run in docs/semantics.md §4.1 order: number, phone, text.
    const number = ctx.env.numbers.find((n) => n.id === settings.from);
    if (!number) return { ok: false, error: 'Origination number is not specified' };
    const to = pickContactPoint(ctx, 'phones', settings.phoneType);
    if (to === undefined) return { ok: false, error: NO_PHONE };
    if (settings.mode === 'audio') {
      return {
        ok: true,
        output: { from: number.number, to, mode: 'audio', audioUrl: settings.audioUrl ?? '' },
        emit: [{ type: 'call.outgoing' }],
      };
    }
    const text = ctx.render(settings.text ?? '');
    if (text.length > TEXT_LIMIT) return { ok: false, error: TEXT_TOO_LONG };
    return {
      ok: true,
      output: { from: number.number, to, mode: 'text', text },
      emit: [{ type: 'call.outgoing' }],
    };
  },
});
