import { MQM_CATEGORIES, SEVERITIES, type MqmCategory, type Severity } from '../model/finding';
import { isCountedError, type Correction } from './correction';

/** The top level of the MQM core typology, as the findings use it. */
export type MqmDimension = 'accuracy' | 'fluency' | 'terminology' | 'style' | 'locale-convention';

export const MQM_DIMENSIONS: readonly MqmDimension[] = ['accuracy', 'fluency', 'terminology', 'style', 'locale-convention'];

/**
 * Penalty weights, in tenths of a point so that sums stay exact integers
 * (0.1 + 0.2 is not 0.3 in floating point).
 *
 * Minor 1 and major 5, and 0.1 for a minor Fluency/Punctuation error, are the
 * weights of the MQM evaluation used at WMT since 2020 (Freitag et al. 2021,
 * "Experts, Errors, and Context", TACL 9).
 *
 * Critical 25: that WMT scheme has no critical level, but it weights a
 * Non-translation (output unrelated to the source, useless as it stands) at 25.
 * A critical error on a wire desk (a wrong figure, a flipped negation, the
 * wrong person named) leaves the story unusable in the same way, so it gets
 * the same weight; it also continues the 1 : 5 : 25 ladder, each level five
 * times the one below.
 */
const WEIGHT_TENTHS: Readonly<Record<Severity, number>> = { minor: 10, major: 50, critical: 250 };
const MINOR_PUNCTUATION_TENTHS = 1;

/** Readable form of the weights, for a legend or an export header. */
export const MQM_WEIGHTS = {
  minor: WEIGHT_TENTHS.minor / 10,
  major: WEIGHT_TENTHS.major / 10,
  critical: WEIGHT_TENTHS.critical / 10,
  minorPunctuation: MINOR_PUNCTUATION_TENTHS / 10,
} as const;

export function dimensionOf(category: MqmCategory): MqmDimension {
  return category.slice(0, category.indexOf('/')) as MqmDimension;
}

function weightTenths(category: MqmCategory, severity: Severity): number {
  if (severity === 'minor' && category === 'fluency/punctuation') return MINOR_PUNCTUATION_TENTHS;
  return WEIGHT_TENTHS[severity];
}

/** Penalty points of one error of this category and severity. */
export function errorWeight(category: MqmCategory, severity: Severity): number {
  return weightTenths(category, severity) / 10;
}

export interface MqmTally {
  readonly count: number;
  readonly penalty: number;
}

export interface MqmScore {
  /** Errors counted: accepted suggestions and hand edits not undone. */
  readonly errors: number;
  /** Sum of the weights of those errors. */
  readonly penalty: number;
  /** Words of the MT as opened, the sample the penalty is normed by. */
  readonly sourceWords: number;
  /** penalty * 1000 / sourceWords; null when there are no words to norm by. */
  readonly perThousandWords: number | null;
  /** Every dimension and severity is present (zero when none), so a chart has stable bars. */
  readonly byDimension: Readonly<Record<MqmDimension, MqmTally>>;
  readonly bySeverity: Readonly<Record<Severity, MqmTally>>;
  readonly byCategory: Readonly<Record<MqmCategory, MqmTally>>;
}

function zeroTallies<K extends string>(keys: readonly K[]): Record<K, { count: number; tenths: number }> {
  const out = {} as Record<K, { count: number; tenths: number }>;
  for (const k of keys) out[k] = { count: 0, tenths: 0 };
  return out;
}

function toTallies<K extends string>(acc: Record<K, { count: number; tenths: number }>): Record<K, MqmTally> {
  const out = {} as Record<K, MqmTally>;
  for (const k of Object.keys(acc) as K[]) out[k] = { count: acc[k].count, penalty: acc[k].tenths / 10 };
  return out;
}

/**
 * MQM score of one story from its correction log. Each accepted suggestion or
 * hand edit that is not undone is one error the MT made, with the category and
 * severity on its record (for a hand edit without a rule, the ones the editor
 * chose). Dismissals and undone corrections count for nothing.
 *
 * @param sourceWords word count of the MT as opened (e.g. countWords(story.sourceText)).
 */
export function scoreMqm(corrections: readonly Correction[], sourceWords: number): MqmScore {
  const byDimension = zeroTallies(MQM_DIMENSIONS);
  const bySeverity = zeroTallies(SEVERITIES);
  const byCategory = zeroTallies(MQM_CATEGORIES);
  let errors = 0;
  let tenths = 0;
  for (const c of corrections) {
    if (!isCountedError(c)) continue;
    const w = weightTenths(c.category, c.severity);
    errors++;
    tenths += w;
    for (const t of [byDimension[dimensionOf(c.category)], bySeverity[c.severity], byCategory[c.category]]) {
      t.count++;
      t.tenths += w;
    }
  }
  const penalty = tenths / 10;
  const words = Number.isFinite(sourceWords) && sourceWords > 0 ? sourceWords : 0;
  return {
    errors,
    penalty,
    sourceWords: words,
    perThousandWords: words > 0 ? (tenths * 100) / words : null,
    byDimension: toTallies(byDimension),
    bySeverity: toTallies(bySeverity),
    byCategory: toTallies(byCategory),
  };
}
