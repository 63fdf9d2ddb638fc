import type { RuleFactory } from './rule';
import { acronymRule } from './acronym';
import { calqueRule } from './calque';
import { capitalizationRule } from './capitalization';
import { exonymRule } from './exonym';
import { honorificRule } from './honorific';
import { nameVariantRule } from './name-variant';
import { numberFormatRule } from './number-format';
import { punctuationRule } from './punctuation';
import { repeatedWordRule } from './repeated-word';
import { sentenceBoundaryRule } from './sentence-boundary';
import { transliterationRule } from './transliteration';
import { untranslatedRule } from './untranslated';

/** Every rule family, in the order their findings are listed when two start at one offset. */
export const RULE_FACTORIES: readonly RuleFactory[] = [
  exonymRule,
  nameVariantRule,
  transliterationRule,
  sentenceBoundaryRule,
  punctuationRule,
  numberFormatRule,
  capitalizationRule,
  untranslatedRule,
  acronymRule,
  honorificRule,
  calqueRule,
  repeatedWordRule,
];
