/**
 * Exact Levenshtein distance (unit cost insert, delete, substitute) between
 * two sequences of code points, by the classic dynamic programme in two rows:
 * O(n * m) time, O(min(n, m)) memory. Meant for the short runs a diff leaves
 * over, not for whole stories (see edit-distance.ts).
 */
export function levenshtein(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let lo = 0;
  let aHi = a.length;
  let bHi = b.length;
  // A common prefix or suffix never costs anything; skip it.
  while (lo < aHi && lo < bHi && a[lo] === b[lo]) lo++;
  while (aHi > lo && bHi > lo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  let n = aHi - lo;
  let m = bHi - lo;
  if (n === 0) return m;
  if (m === 0) return n;
  // Keep the row as short as the shorter side.
  let outer = a;
  let inner = b;
  if (m > n) {
    outer = b;
    inner = a;
    [n, m] = [m, n];
  }
  const row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= n; i++) {
    const ci = outer[lo + i - 1];
    let diagonal = row[0]!; // cell (i - 1, j - 1)
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const above = row[j]!; // cell (i - 1, j)
      const cost = ci === inner[lo + j - 1] ? diagonal : diagonal + 1;
      const left = row[j - 1]! + 1;
      const up = above + 1;
      row[j] = cost < left ? (cost < up ? cost : up) : left < up ? left : up;
      diagonal = above;
    }
  }
  return row[m]!;
}

export interface EditCounts {
  readonly insertions: number;
  readonly deletions: number;
  readonly substitutions: number;
}

/**
 * The edits of a Levenshtein alignment of a into b, split by kind. Among the
 * alignments of least cost it takes one with the most substitutions (so the
 * fewest insertions and deletions), the count TER and WER report: comparing
 * (cost, -substitutions) pairs keeps the usual recurrence exact.
 */
export function editCounts(a: ArrayLike<number>, b: ArrayLike<number>): EditCounts {
  const n = a.length;
  const m = b.length;
  // cost[j] and subs[j] for the previous row, updated in place.
  const cost = new Int32Array(m + 1);
  const subs = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) cost[j] = j;
  for (let i = 1; i <= n; i++) {
    let diagCost = cost[0]!;
    let diagSubs = subs[0]!;
    cost[0] = i;
    subs[0] = 0;
    for (let j = 1; j <= m; j++) {
      const upCost = cost[j]!;
      const upSubs = subs[j]!;
      // Diagonal: a match, or a substitution.
      const same = a[i - 1] === b[j - 1];
      let bestCost = same ? diagCost : diagCost + 1;
      let bestSubs = same ? diagSubs : diagSubs + 1;
      // From above (delete a[i - 1]) or from the left (insert b[j - 1]).
      if (upCost + 1 < bestCost || (upCost + 1 === bestCost && upSubs > bestSubs)) {
        bestCost = upCost + 1;
        bestSubs = upSubs;
      }
      const leftCost = cost[j - 1]! + 1;
      const leftSubs = subs[j - 1]!;
      if (leftCost < bestCost || (leftCost === bestCost && leftSubs > bestSubs)) {
        bestCost = leftCost;
        bestSubs = leftSubs;
      }
      diagCost = upCost;
      diagSubs = upSubs;
      cost[j] = bestCost;
      subs[j] = bestSubs;
    }
  }
  const distance = cost[m]!;
  const substitutions = subs[m]!;
  // insertions - deletions = m - n and insertions + deletions = distance - substitutions.
  const indels = distance - substitutions;
  return { insertions: (indels + m - n) / 2, deletions: (indels - m + n) / 2, substitutions };
}

/** Code points of text, as numbers (a surrogate pair is one). */
export function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

/** Number of code points in text, without building them. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
