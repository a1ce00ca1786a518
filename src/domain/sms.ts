/*
 * How many parts an SMS text is sent in (3GPP TS 23.038): a text of GSM-7 characters fits 160 in one
 * message, 153 per part when split; one character outside GSM-7 makes the whole text UCS-2, 70 in
 * one message, 67 per part. The extension characters (€, [, ], {, }, …) take two GSM-7 places.
 * UCS-2 counts UTF-16 code units, as the 200-character limit does (an emoji counts two).
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';
const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export interface SmsParts {
  encoding: 'GSM-7' | 'UCS-2';
  /** Length in the encoding's units: GSM-7 places (extension characters count two) or UTF-16 code units. */
  units: number;
  parts: number;
}

/** The encoding, length and number of parts of an SMS text; an empty text is one (empty) part. */
export function smsParts(text: string): SmsParts {
  let units = 0;
  for (const ch of text) {
    if (BASIC.has(ch)) units += 1;
    else if (EXTENSION.has(ch)) units += 2;
    else return split('UCS-2', text.length, 70, 67);
  }
  return split('GSM-7', units, 160, 153);
}

function split(encoding: SmsParts['encoding'], units: number, single: number, perPart: number): SmsParts {
  return { encoding, units, parts: units <= single ? 1 : Math.ceil(units / perPart) };
}
