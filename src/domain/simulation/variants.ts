import type { EmailType, PhoneType } from './contactTypes';
import { resolveEnvironment } from '../reference/defaultEnvironment';
import type { Scenario } from '../scenario';
import { digitsOf, sampleCombinations } from './pairwise';
import { sampleIndices, seededRandom } from './random';
import type { ChoiceText } from './choiceText';
import { choiceWords, variantWords } from './choiceText';

/**
 * The what-if dimensions: which of the scenario's events happen, which phone and email
 * types the client has, paid or not at the start, SMS providers configured or not. Every
 * combination of the chosen dimensions is one variant of the base scenario.
 */
export interface BatchDimensions {
  /** Indices into the base scenario's events: each one happens or not. */
  events?: readonly number[];
  /** Phone types to vary: the client has every subset of them (other types stay as in the base). */
  phoneTypes?: readonly PhoneType[];
  /** Email types to vary, as phone types. */
  emailTypes?: readonly EmailType[];
  /** Try the order unpaid and paid at the start. */
  paid?: boolean;
  /** Try the SMS providers as given and with none of them configured. */
  smsProvider?: boolean;
}

/**
 * How many combinations to run: all of them up to `cap` (pairwise first, then seeded random, when
 * there are more), or `random` of them picked with a seed.
 */
export type VariantSelection = { cap: number; seed?: number } | { random: number; seed: number };

/** One combination: which choice was made on each dimension, and the scenario it gives. */
export interface Variant {
  /** The combination's number among all of them (stable for the same base and dimensions). */
  index: number;
  /** The choices in English words, e.g. "Phones: work · Not paid at start" (the page words `texts` in its language). */
  label: string;
  choices: string[];
  /** The choices as data, for `variantWords`/`choiceWords` in the designer's language. */
  texts: ChoiceText[];
  scenario: Scenario;
}

export interface VariantSet {
  variants: Variant[];
  /** How many combinations the dimensions make. */
  total: number;
  /** True when fewer than all combinations were taken. */
  truncated: boolean;
  /** Pairs of choices on two dimensions that the runs cover, of all such pairs. */
  pairs: { covered: number; total: number };
  /** Combinations not run: how many, and the first few in (English) words and as data. */
  leftOut: { count: number; examples: string[]; exampleTexts: ChoiceText[][] };
  /** Per choice (its English label and its data): in how many of the runs it was made, so a never-tried choice shows. */
  choiceRuns: { label: string; text: ChoiceText; runs: number }[];
}

interface Choice {
  text: ChoiceText;
  apply: (s: Scenario) => void;
}

/** A placeholder address for a contact point type the base scenario does not have. */
const placeholderPhone = (type: PhoneType) =>
  `+1 555 01${String(['MOBILE', 'WORK', 'HOME', 'OTHER'].indexOf(type)).padStart(2, '0')}`;
const placeholderEmail = (type: EmailType) => `${type.toLowerCase()}@client.example`;

function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, i) => mask & (1 << i)));
}

function listAxis<T extends string, E extends { type: T; value: string }>(
  text: (chosen: T[], of: T[]) => ChoiceText,
  types: readonly T[],
  list: (s: Scenario) => E[],
  set: (s: Scenario, items: E[]) => void,
  placeholder: (type: T) => string,
): Choice[] {
  return subsets(types).map((chosen) => ({
    text: text(chosen, [...types]),
    apply: (s) => {
      const base = list(s);
      const kept = base.filter((e) => !types.includes(e.type));
      const added = chosen.flatMap((type) => {
        const own = base.filter((e) => e.type === type);
        return own.length ? own : [{ type, value: placeholder(type) } as E];
      });
      set(s, [...added, ...kept]);
    },
  }));
}

/** The dimensions as lists of choices, in a fixed order so variant numbers stay stable. */
function axes(base: Scenario, dims: BatchDimensions): Choice[][] {
  const out: Choice[][] = [];
  for (const index of [...new Set(dims.events ?? [])].sort((a, b) => a - b)) {
    const event = base.events[index];
    if (!event) continue;
    const { type, at } = event;
    out.push([
      { text: { kind: 'event', type, at, happens: true }, apply: () => undefined },
      // Dropped events are marked, then removed together so indices of the others stay valid.
      {
        text: { kind: 'event', type, at, happens: false },
        apply: (s) => void (s.events[index] = undefined as never),
      },
    ]);
  }
  if (dims.phoneTypes?.length)
    out.push(
      listAxis(
        (chosen, of) => ({ kind: 'phones', chosen, of }),
        dims.phoneTypes,
        (s) => s.contact.phones,
        (s, p) => (s.contact.phones = p),
        placeholderPhone,
      ),
    );
  if (dims.emailTypes?.length)
    out.push(
      listAxis(
        (chosen, of) => ({ kind: 'emails', chosen, of }),
        dims.emailTypes,
        (s) => s.contact.emails,
        (s, e) => (s.contact.emails = e),
        placeholderEmail,
      ),
    );
  if (dims.paid)
    out.push([
      { text: { kind: 'paid', paid: false }, apply: (s) => void (s.order.paid = false) },
      { text: { kind: 'paid', paid: true }, apply: (s) => void (s.order.paid = true) },
    ]);
  if (dims.smsProvider)
    out.push([
      { text: { kind: 'smsProvider', configured: true }, apply: () => undefined },
      {
        text: { kind: 'smsProvider', configured: false },
        apply: (s) => {
          const providers = resolveEnvironment(s.environment).smsProviders;
          s.environment = {
            ...s.environment,
            smsProviders: providers.map((p) => ({ ...p, configured: false })),
          };
        },
      },
    ]);
  return out;
}

/** The number of combinations the dimensions make (1: the base scenario alone). */
export function countVariants(base: Scenario, dims: BatchDimensions): number {
  return axes(base, dims).reduce((n, axis) => n * axis.length, 1);
}

function build(base: Scenario, all: Choice[][], index: number): Variant {
  const scenario = structuredClone(base);
  const choices: Choice[] = [];
  // Mixed-radix digits of the index, first dimension fastest.
  let rest = index;
  for (const axis of all) {
    choices.push(axis[rest % axis.length]!);
    rest = Math.floor(rest / axis.length);
  }
  for (const c of choices) c.apply(scenario);
  scenario.events = scenario.events.filter((e) => e !== undefined);
  const texts = choices.map((c) => c.text);
  const label = variantWords(texts);
  scenario.name = `${base.name || 'Scenario'} — ${label}`;
  return { index, label, choices: texts.map((c) => choiceWords(c)), texts, scenario };
}

/** The variants of a base scenario over the chosen dimensions, and what the choice of them left out. */
export function enumerateVariants(
  base: Scenario,
  dims: BatchDimensions,
  selection: VariantSelection,
): VariantSet {
  const all = axes(base, dims);
  const sizes = all.map((axis) => axis.length);
  const total = sizes.reduce((n, size) => n * size, 1);
  const indices =
    'cap' in selection
      ? sampleCombinations(sizes, selection.cap, selection.seed ?? 1).indices
      : sampleIndices(total, Math.max(0, Math.floor(selection.random)), seededRandom(selection.seed));
  const variants = indices.map((i) => build(base, all, i));
  return {
    variants,
    total,
    truncated: indices.length < total,
    pairs: pairCoverage(sizes, indices),
    leftOut: leftOut(base, all, total, indices),
    choiceRuns: all.flatMap((axis, d) =>
      axis.map((choice, c) => ({
        label: choiceWords(choice.text),
        text: choice.text,
        runs: indices.filter((i) => digitsOf(i, sizes)[d] === c).length,
      })),
    ),
  };
}

function pairCoverage(
  sizes: readonly number[],
  indices: readonly number[],
): { covered: number; total: number } {
  let total = 0;
  for (let i = 0; i < sizes.length; i++)
    for (let j = i + 1; j < sizes.length; j++) total += sizes[i]! * sizes[j]!;
  const seen = new Set<string>();
  for (const index of indices) {
    const d = digitsOf(index, sizes);
    for (let i = 0; i < d.length; i++)
      for (let j = i + 1; j < d.length; j++) seen.add(`${i}:${d[i]}|${j}:${d[j]}`);
  }
  return { covered: seen.size, total };
}

const EXAMPLES = 20;

function leftOut(base: Scenario, all: Choice[][], total: number, indices: readonly number[]) {
  const ran = new Set(indices);
  const examples: string[] = [];
  const exampleTexts: ChoiceText[][] = [];
  for (let i = 0; i < total && examples.length < EXAMPLES; i++)
    if (!ran.has(i)) {
      const variant = build(base, all, i);
      examples.push(variant.label);
      exampleTexts.push(variant.texts);
    }
  return { count: total - indices.length, examples, exampleTexts };
}
