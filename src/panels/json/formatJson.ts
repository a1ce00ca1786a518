import { parseJsonText, serializeDocument } from '../../io';

/**
 * The text in Orderflow's export layout (stable key order, two spaces), or undefined when it is not
 * JSON. Works on the parsed JSON rather than the loaded flow, so formatting never drops keys the
 * flow format does not know: it only moves whitespace and key order.
 */
export function formatJsonText(text: string): string | undefined {
  const parsed = parseJsonText(text);
  return parsed.ok ? serializeDocument(parsed.value) : undefined;
}
