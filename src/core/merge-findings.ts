import { severityRank, type Finding } from './model/finding';

/**
 * One passage, one fix: when two findings cover the same range with the same
 * first suggestion (two profiles, or two rules such as name-variant and
 * transliteration agreeing on "Hashd al-Shaabi"), the editor sees one, the more
 * severe. Otherwise the MQM score would count one error twice.
 */
export function mergeFindings(sorted: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map<string, number>();
  for (const f of sorted) {
    const key = f.suggestions.length > 0 ? `${f.start}:${f.end}:${f.suggestions[0]}` : `${f.start}:${f.end}:${f.rule}`;
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, out.length);
      out.push(f);
    } else if (severityRank(f.severity) > severityRank(out[at]!.severity)) {
      out[at] = f;
    }
  }
  return dropCovered(out);
}

/**
 * A finding with nothing to offer inside one that has a fix says the same
 * thing less well: "de l'Afrique" (untranslated, no fix) inside "Corne de
 * l'Afrique" (exonym: Horn of Africa). Findings are sorted by start, so only
 * those starting before this one's end can cover it.
 */
function dropCovered(sorted: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.suggestions.length === 0 && coveredByFix(sorted, i)) continue;
    out.push(f);
  }
  return out;
}

function coveredByFix(sorted: readonly Finding[], i: number): boolean {
  const f = sorted[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const g = sorted[j]!;
    if (g.suggestions.length > 0 && g.start <= f.start && f.end <= g.end) return true;
    // Far enough back that nothing earlier can reach this one? Findings are short; 64 is a generous bound.
    if (i - j > 64) break;
  }
  for (let j = i + 1; j < sorted.length && sorted[j]!.start === f.start; j++) {
    const g = sorted[j]!;
    if (g.suggestions.length > 0 && f.end <= g.end) return true;
  }
  return false;
}
