import { franc } from 'franc';

/** franc's answer when a text is too short (or too odd) to tell. */
export const UNDETERMINED = 'und';

/**
 * franc reads at most 2,048 characters and costs about half a microsecond a
 * character: telling English from a few other languages needs far less, so a
 * long text is judged on its opening (about a headline and a paragraph).
 */
const SAMPLE_LENGTH = 600;

/**
 * English function words that French, Spanish and most other languages franc
 * may be asked about do not use as words ("a", "in", "on" are left out: they
 * are French, Spanish, Italian or German too).
 */
const ENGLISH_MARKERS = /\b(?:the|and|of|to|was|were|is|are|for|that|with|from|by|has|have|had|said|his|its|their|they|this|which|will|would|after)\b/gi;
const WORD = /\S+/g;
/** A sample this rich in English function words is English: franc need not be asked. */
const ENGLISH_MARKERS_MIN = 12;
const ENGLISH_SHARE_MIN = 0.1;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * The language of `text` as franc's ISO 639-3 code, chosen among English and
 * `candidates` (the profiles' franc codes, e.g. "fra", "spa"); "und" when the
 * text is shorter than `minLength` characters.
 */
export function detectLanguage(text: string, candidates: readonly string[], minLength = 10): string {
  if (text.length < minLength) return UNDETERMINED;
  let sample = text;
  if (sample.length > SAMPLE_LENGTH) {
    // Cut at a space so the last word is whole.
    const cut = sample.lastIndexOf(' ', SAMPLE_LENGTH);
    sample = sample.slice(0, cut > SAMPLE_LENGTH / 2 ? cut : SAMPLE_LENGTH);
  }
  const markers = count(ENGLISH_MARKERS, sample);
  if (markers >= ENGLISH_MARKERS_MIN && markers / count(WORD, sample) >= ENGLISH_SHARE_MIN) return 'eng';
  const only = ['eng', ...candidates.filter((c) => c !== 'eng')];
  return franc(sample, { only, minLength });
}
