const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The one way article text (and anything else not written by us) reaches
 * HTML in an export: the five characters that can open a tag, an entity or
 * end an attribute value become entities. Safe in element content and in
 * quoted attribute values alike, which is everywhere the report puts text;
 * never used to build tag names, unquoted attributes, URLs, scripts or styles.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
