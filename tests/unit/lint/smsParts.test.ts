import { describe, expect, it } from 'vitest';
import { smsParts } from '../../../src/domain/sms';

describe('smsParts', () => {
  it('GSM-7: 160 in one message, 153 per part beyond', () => {
    expect(smsParts('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, parts: 1 });
    expect(smsParts('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, parts: 2 });
    expect(smsParts('a'.repeat(306)).parts).toBe(2);
    expect(smsParts('a'.repeat(307)).parts).toBe(3);
  });

  it('extension characters take two places', () => {
    expect(smsParts('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, parts: 1 });
    expect(smsParts(`${'€'.repeat(80)}a`).parts).toBe(2);
  });

  it('one character outside GSM-7 makes it UCS-2: 70 in one message, 67 per part', () => {
    expect(smsParts('д'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, parts: 1 });
    expect(smsParts('д'.repeat(71)).parts).toBe(2);
    expect(smsParts(`${'a'.repeat(69)}😀`)).toEqual({ encoding: 'UCS-2', units: 71, parts: 2 });
    expect(smsParts('Д'.repeat(100)).parts).toBe(2);
    expect(smsParts('Д'.repeat(135)).parts).toBe(3);
  });
});
