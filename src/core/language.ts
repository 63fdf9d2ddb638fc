import { franc } from 'franc';

/** Languages franc chooses among: English plus every profile's source language. */
export function detectLanguage(text: string, candidates: readonly string[], minLength = 10): string {
  return franc(text, { only: ['eng', ...candidates.filter((c) => c !== 'eng')], minLength });
}
