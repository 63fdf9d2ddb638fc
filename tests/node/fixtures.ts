/**
 * Wire-copy texts for the Node tests, written for them. GARBLED carries the
 * kinds of MT garble the rules look for (a French exonym, a doubled word, a
 * doubled full stop, a lower-case day, two spellings of one name, a French
 * transliteration, a calque); CLEAN is plain native English.
 */
export const GARBLED = [
  'Rockets fired at the US embassy in Baghdad',
  '',
  'At least three rockets were fired on friday at the the US embassy in Baghdad, near the Tigre River, a security official reported. Iraqi.',
  '',
  'No one has claimed responsibility for the attack.. Most attacks were claimed by affiliates of Hachd al-Chaabi.',
  '',
  'The Al-Noujaba group, a faction of Hashd al-Shaabi, held funerals, and Prime Minister Mohamed Chia al-Soudani spoke with the head of US diplomacy.',
  '',
].join('\n');

export const CLEAN = [
  'Rockets target US embassy in Baghdad',
  '',
  'Several rockets were fired at the US embassy in Baghdad early on Friday, a security official said. There were no immediate reports of casualties.',
  '',
  'The embassy sits in the fortified Green Zone on the banks of the Tigris River. No group has claimed responsibility for the attack.',
  '',
].join('\n');
