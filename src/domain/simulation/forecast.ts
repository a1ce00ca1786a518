import type { Coverage } from './coverage';

export type MessageChannel = 'email' | 'sms' | 'call' | 'chat';

/** Which robots send a message to the client, and on which channel. */
export function channelOf(type: string | undefined): MessageChannel | undefined {
  switch (type) {
    case 'email.send':
      return 'email';
    case 'sms.send':
      return 'sms';
    case 'call.robocall':
      return 'call';
    case 'chat.send':
      return 'chat';
    case undefined:
    default:
      return undefined;
  }
}

// The GSM 03.38 basic set; the extension set's characters take two septets.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

/**
 * How many SMS a text is billed as: GSM-7 when every character is in the GSM alphabet (160 in one
 * message, 153 per part when split; extension characters count twice), else UCS-2 (70, or 67 per
 * part, counting UTF-16 code units as docs/semantics.md §4.2 counts text limits). An empty text is one message.
 */
export function smsParts(text: string): number {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM_BASIC.has(ch)) septets += 1;
    else if (GSM_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return septets <= 160 ? 1 : Math.ceil(septets / 153);
  return text.length <= 70 ? 1 : Math.ceil(text.length / 67);
}

/** One row of the forecast: a messaging robot and what it sends per 1,000 orders of the batch's mix. */
export interface ForecastRow {
  robot: string;
  status: string;
  channel: MessageChannel;
  perThousand: number;
  /** SMS only. */
  partsPerThousand?: number;
}

/**
 * The message forecast: per 1,000 orders mixed as the batch's combinations (each run one order), how
 * many emails, SMS (and their parts), calls and chat messages each robot sends. Rounded to one
 * decimal; the batch's own counts are `perThousand × runs / 1000`.
 */
export function messageForecast(cov: Coverage): {
  rows: ForecastRow[];
  totals: Record<MessageChannel, number>;
  smsParts: number;
} {
  const scale = cov.runs === 0 ? 0 : 1000 / cov.runs;
  const round = (n: number) => Math.round(n * scale * 10) / 10;
  const totals: Record<MessageChannel, number> = { email: 0, sms: 0, call: 0, chat: 0 };
  let parts = 0;
  const rows = Object.entries(cov.messages).map(([robot, t]): ForecastRow => {
    totals[t.channel] += t.sent;
    if (t.channel === 'sms') parts += t.parts;
    const row: ForecastRow = { robot, status: t.status, channel: t.channel, perThousand: round(t.sent) };
    if (t.channel === 'sms') row.partsPerThousand = round(t.parts);
    return row;
  });
  return {
    rows,
    totals: {
      email: round(totals.email),
      sms: round(totals.sms),
      call: round(totals.call),
      chat: round(totals.chat),
    },
    smsParts: round(parts),
  };
}
