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
  return out;
}
