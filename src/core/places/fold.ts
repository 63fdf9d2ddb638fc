const MARKS = /\p{M}/gu;

/** The string without diacritics ("États-Unis" -> "Etats-Unis"), as AFP and MT often write French capitals. */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').normalize('NFC');
}
