import type { ExonymEntry, Profile } from '../profiles/profile';
import { foldAccents } from './fold';
import { regionNames } from './icu-regions';
import { ICU_SKIP_REGIONS, LEADING_ARTICLES, LOWER_CASE_IN_NAMES, RIVER_WORDS } from './name-guards';
import { keyOf, partsOfString, vocabularyKeys } from './parts';

/** An entry as the matcher uses it: cue words as sets, "unless near" words as vocabulary keys. */
export interface CompiledExonym {
  readonly entry: ExonymEntry;
  readonly profile: Profile;
  /** Cue words, one of which must stand right before or after the name (null: no cue needed). */
  readonly before: ReadonlySet<string> | null;
  readonly after: ReadonlySet<string> | null;
  /** Words after the name that are flagged and fixed with it ("River" in "Tigre River"). */
  readonly absorb: ReadonlySet<string>;
  /** Each item is one "unless near" phrase as lower-case words; all present in the story means skip. */
  readonly unlessNear: readonly (readonly string[])[];
}

/** One written form of a name ("Etats-Unis", "Arabie Saoudite", "the Haye"), cut into parts like running text. */
export interface ExonymForm {
  readonly parts: readonly { readonly text: string; readonly elision: string }[];
  /** Lower-case key of each part, to check that the story holds them all before scanning it. */
  readonly keys: readonly string[];
  /** Article words of which one must stand right before the parts ("Le", "le", "the" for "Le Caire"); null when none. */
  readonly articles: ReadonlySet<string> | null;
  readonly target: CompiledExonym;
  /** English names of the source languages sharing this form with the same fix ("French", "Spanish"). */
  readonly languages: string[];
}

export interface ExonymTable {
  /** Forms by the lower-cased key of their first part, longest first. */
  readonly byFirstKey: ReadonlyMap<string, readonly ExonymForm[]>;
}

/** Case-sensitive comparison key of a name: straight apostrophes, hyphens as spaces, single spaces. */
export function nameKey(s: string): string {
  return s.replace(/’/g, "'").replace(/[-‐\s]+/g, ' ').trim();
}

/**
 * The profile's place names: its curated entries, then (when the profile asks
 * for them) the country and territory names ICU knows in its locale that differ
 * from English. A curated entry with the same name wins over ICU's, so that a
 * menu name ("Türkiye", "Czechia") can be given the name copy uses.
 */
export function profileExonyms(profile: Profile): readonly ExonymEntry[] {
  const { entries, regionNamesFromIcu } = profile.exonyms;
  if (!regionNamesFromIcu) return entries;
  const out: ExonymEntry[] = [...entries];
  const seen = new Set<string>();
  for (const e of entries) {
    seen.add(nameKey(e.source));
    seen.add(nameKey(foldAccents(e.source)));
  }
  for (const r of regionNames(profile.locale)) {
    if (ICU_SKIP_REGIONS.has(r.code) || r.name === r.english) continue;
    const key = nameKey(r.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: r.name, english: [r.english], kind: 'country' });
  }
  return out;
}

function upperFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** "Arabie saoudite" -> "Arabie Saoudite"; "Corée du Nord" keeps "du"; "Côte d’Ivoire" keeps "d’". */
function titleCase(s: string): string {
  return s.replace(/[\p{L}\p{M}'’]+/gu, (w, offset: number) => {
    if (offset > 0 && (LOWER_CASE_IN_NAMES.has(w.toLowerCase()) || /^.['’]/u.test(w))) return w;
    return upperFirst(w);
  });
}

/** Written forms of a source name: as given, without accents, with its first or every main word capitalised. */
function spellings(source: string): string[] {
  const out = new Set<string>();
  for (const base of [source, foldAccents(source)]) {
    out.add(base);
    out.add(upperFirst(base));
    out.add(titleCase(base));
  }
  return [...out];
}

function compileEntry(entry: ExonymEntry, profile: Profile): CompiledExonym {
  const after = entry.context?.after?.length ? new Set(entry.context.after) : null;
  const absorb = new Set<string>(after ?? []);
  if (entry.kind === 'river') for (const w of RIVER_WORDS) absorb.add(w);
  return {
    entry,
    profile,
    before: entry.context?.before?.length ? new Set(entry.context.before) : null,
    after,
    absorb,
    unlessNear: (entry.unlessNear ?? []).map((phrase) => phrase.split(/\s+/).flatMap((w) => vocabularyKeys(w.toLowerCase()))),
  };
}

interface Pending {
  readonly spelling: string;
  readonly explicit: boolean;
  readonly target: CompiledExonym;
}

/**
 * Compiles every form of every place name of the profiles into one index.
 * Precedence: names as written in the data (all profiles) before generated
 * spellings, and the first profile before the next. A form is dropped when it
 * is in any profile's ignore list or is itself an English name ("Crete" from
 * "Crète", "Port Said" from "Port-Saïd").
 */
export function compileExonymTable(profiles: readonly Profile[]): ExonymTable {
  const english = new Set<string>();
  const perProfile = profiles.map((profile) => {
    const entries = profileExonyms(profile);
    for (const e of entries) {
      for (const name of e.english) {
        english.add(nameKey(name));
        english.add(nameKey(foldAccents(name)));
      }
    }
    return { profile, entries };
  });
  // A name one profile knows to be English (a word, a person's name, an old English
  // spelling) is English whichever language the copy came from.
  const ignore = new Set(profiles.flatMap((p) => p.exonyms.ignore.map(nameKey)));

  const pending: Pending[] = [];
  const explicitOwner = new Map<string, CompiledExonym>();
  for (const { profile, entries } of perProfile) {
    for (const entry of entries) {
      const target = compileEntry(entry, profile);
      pending.push({ spelling: entry.source, explicit: true, target });
      if (!explicitOwner.has(nameKey(entry.source))) explicitOwner.set(nameKey(entry.source), target);
    }
  }
  for (const p of [...pending]) {
    for (const s of spellings(p.spelling)) if (s !== p.spelling) pending.push({ spelling: s, explicit: false, target: p.target });
  }

  const forms = new Map<string, ExonymForm>();
  for (const { spelling, explicit, target } of pending) {
    const key = nameKey(spelling);
    if (ignore.has(key)) continue;
    const owner = explicitOwner.get(key);
    if (!explicit && owner !== undefined && owner.entry !== target.entry) continue;
    const form = formOf(spelling, target, english);
    if (form === undefined) continue;
    const formKey = (form.articles ? 'article ' : '') + form.parts.map((p) => p.elision + p.text).join(' ');
    const existing = forms.get(formKey);
    if (existing === undefined) {
      forms.set(formKey, form);
    } else if (existing.target.entry.english[0] === target.entry.english[0] && !existing.languages.includes(target.profile.name)) {
      existing.languages.push(target.profile.name);
    }
  }

  const byFirstKey = new Map<string, ExonymForm[]>();
  for (const form of forms.values()) {
    const k = keyOf(form.parts[0]!.text);
    let list = byFirstKey.get(k);
    if (list === undefined) byFirstKey.set(k, (list = []));
    list.push(form);
  }
  for (const list of byFirstKey.values()) {
    list.sort((a, b) => b.parts.length - a.parts.length || Number(b.articles !== null) - Number(a.articles !== null));
  }
  return { byFirstKey };
}

/** Articles that stand for the source article in front of a name: itself, lower-cased, and "the" when safe. */
function articlesFor(article: string, core: string, english: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set([article, article.toLowerCase()]);
  // "the Caire", "the Haye": MT swaps the article but keeps the name. Not when the
  // bare name is English ("El Cairo" -> "the Cairo government") or too short to be sure ("Le Cap").
  if (core.length > 3 && !english.has(nameKey(core)) && !english.has(nameKey(foldAccents(core)))) {
    out.add('the');
    out.add('The');
  }
  return out;
}

function formOf(spelling: string, target: CompiledExonym, english: ReadonlySet<string>): ExonymForm | undefined {
  let core = spelling;
  let articles: ReadonlySet<string> | null = null;
  const space = spelling.indexOf(' ');
  if (space > 0 && LEADING_ARTICLES.has(spelling.slice(0, space))) {
    core = spelling.slice(space + 1);
    articles = articlesFor(spelling.slice(0, space), core, english);
  }
  if (articles === null && english.has(nameKey(core))) return undefined;
  const parts = partsOfString(core);
  if (parts.length === 0) return undefined;
  return { parts, keys: parts.map((p) => keyOf(p.text)), articles, target, languages: [target.profile.name] };
}
