import type { Profile } from './profile';
import { BUILTINS_CHECKED_AT_BUILD } from './builtin-checked';
import { validateProfile } from './validate';
import frProfile from './fr/profile.json';
import frExonyms from './fr/exonyms.json';
import frPlaceWords from './fr/place-words.json';
import frCalques from './fr/calques.json';
import frDomainCalques from './fr/calques-domains.json';
import frUntranslated from './fr/untranslated.json';
import frConnectors from './fr/connectors.json';
import frLexicon from './fr/lexicon.json';
import frAcronyms from './fr/acronyms.json';
import frHonorifics from './fr/honorifics.json';
import frTransliteration from './fr/transliteration.json';
import esProfile from './es/profile.json';
import esExonyms from './es/exonyms.json';
import esPlaceWords from './es/place-words.json';
import esCalques from './es/calques.json';
import esDomainCalques from './es/calques-domains.json';
import esUntranslated from './es/untranslated.json';
import esConnectors from './es/connectors.json';
import esLexicon from './es/lexicon.json';
import esAcronyms from './es/acronyms.json';
import esHonorifics from './es/honorifics.json';
import esTransliteration from './es/transliteration.json';

// Each built-in profile is kept as one JSON file per section so that reviewers
// of, say, the French calques see only that list. Calques of one beat (sport,
// markets, courts, health, weather) are kept apart from the general ones, and the
// connectors and the generated lexicon of the untranslated section and the place
// words of the exonyms have files of their own. A desk's own profile is one
// JSON file with the same sections (see validate.ts and the README).
const RAW = [
  { ...frProfile, exonyms: { ...frExonyms, placeWords: frPlaceWords }, calques: [...frCalques, ...frDomainCalques], untranslated: { ...frUntranslated, connectors: frConnectors, lexicon: frLexicon }, acronyms: frAcronyms, honorifics: frHonorifics, transliteration: frTransliteration },
  { ...esProfile, exonyms: { ...esExonyms, placeWords: esPlaceWords }, calques: [...esCalques, ...esDomainCalques], untranslated: { ...esUntranslated, connectors: esConnectors, lexicon: esLexicon }, acronyms: esAcronyms, honorifics: esHonorifics, transliteration: esTransliteration },
];

let builtins: readonly Profile[] | undefined;

/**
 * The built-in source-language profiles (French, Spanish), validated once
 * (validation returns the object it was given, so skipping it where the build
 * already did gives the same profiles).
 */
export function builtinProfiles(): readonly Profile[] {
  builtins ??= RAW.map((raw) => (BUILTINS_CHECKED_AT_BUILD ? (raw as unknown as Profile) : validateProfile(raw, `built-in profile ${raw.id}`)));
  return builtins;
}
