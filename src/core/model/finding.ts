import type { Span } from './span';

/** MQM severities. WMT weights (major 5, minor 1) live with the scoring code. */
export type Severity = 'minor' | 'major' | 'critical';

export const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * MQM error typology (dimension/type), as used by the findings.
 * Dimensions follow the MQM core: Accuracy, Fluency, Terminology, Style, Locale conventions.
 */
export type MqmCategory =
  | 'accuracy/mistranslation'
  | 'accuracy/untranslated'
  | 'accuracy/omission'
  | 'accuracy/addition'
  | 'fluency/punctuation'
  | 'fluency/grammar'
  | 'fluency/spelling'
  | 'terminology/inconsistent'
  | 'terminology/wrong-term'
  | 'style/awkward'
  | 'locale-convention/number-format'
  | 'locale-convention/date-format'
  | 'locale-convention/time-format'
  | 'locale-convention/currency-format';

export const MQM_CATEGORIES: readonly MqmCategory[] = [
  'accuracy/mistranslation',
  'accuracy/untranslated',
  'accuracy/omission',
  'accuracy/addition',
  'fluency/punctuation',
  'fluency/grammar',
  'fluency/spelling',
  'terminology/inconsistent',
  'terminology/wrong-term',
  'style/awkward',
  'locale-convention/number-format',
  'locale-convention/date-format',
  'locale-convention/time-format',
  'locale-convention/currency-format',
];

/**
 * One garbled passage. Shaped like an editor diagnostic: it holds a range into
 * the document, never a copy of the text, so it cannot drift from it.
 */
export interface Finding extends Span {
  /** Id of the rule that found it, e.g. "exonym". */
  readonly rule: string;
  readonly category: MqmCategory;
  readonly severity: Severity;
  /** What is wrong, in words an editor understands. */
  readonly message: string;
  /** Replacement texts for [start, end), best first; may be empty. */
  readonly suggestions: readonly string[];
  /** Source-language profile whose data produced it ("fr", "es"), if any. */
  readonly profile?: string;
}
