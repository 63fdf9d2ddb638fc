/** `s` as a literal inside a regular expression source (valid with and without the u flag). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
