/** A desk's own profile as a test would write it: every section, one small calque. */
export function deskProfile() {
  return {
    id: 'xx',
    name: 'Desk test language',
    franc: 'fra',
    locale: 'fr',
    exonyms: { entries: [{ source: 'Tigre', english: ['Tigris'], kind: 'river', context: { after: ['River'] } }], regionNamesFromIcu: false, ignore: [] },
    calques: [
      {
        id: 'head-of-diplomacy',
        pattern: 'head of US diplomacy',
        message: 'French calque for the Secretary of State',
        suggestions: ['Secretary of State'],
        category: 'style/awkward',
        severity: 'minor',
        examples: { fire: ['the head of US diplomacy'], quiet: ['the Secretary of State'] },
      },
    ],
    untranslated: { words: ['selon'], allowed: [] },
    acronyms: [],
    honorifics: [],
    transliteration: { rewrites: [['ch', 'sh']], markers: ['al-'], established: [] },
    numbers: { decimalSeparator: ',', groupSeparators: [' '] },
  };
}
