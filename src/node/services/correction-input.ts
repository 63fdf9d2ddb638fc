import type { CorrectionInput } from '../../core/corrections/correction';
import { checkBoolean, checkObject, checkString } from './check-args';

/** Fields a caller may set on a correction; anything else it sends is left out of the record. */
const FIELDS = [
  'id',
  'storyId',
  'kind',
  'start',
  'end',
  'originalText',
  'newText',
  'rule',
  'category',
  'severity',
  'dismissScope',
  'suggestionIndex',
  'editor',
  'createdAt',
  'startedAt',
  'timeSpentMs',
  'undone',
] as const;

/**
 * A correction as received over IPC or HTTP, reduced to the known fields.
 * JSON has no undefined, so a null optional field means "not given". The
 * record itself is checked field by field by validateCorrection in the store;
 * here only the fields the store fills in when absent are checked, because a
 * wrong type there would be replaced or stored rather than refused.
 */
export function toCorrectionInput(value: unknown): CorrectionInput {
  const raw = checkObject(value, 'Correction');
  const picked: Record<string, unknown> = {};
  for (const field of FIELDS) {
    // Own fields only: a polluted Object.prototype must not slip an id or undone: true into the log.
    const v = Object.hasOwn(raw, field) ? raw[field] : undefined;
    if (v !== null && v !== undefined) picked[field] = v;
  }
  if (picked.id !== undefined) checkString(picked.id, 'Correction id');
  if (picked.createdAt !== undefined) checkString(picked.createdAt, 'createdAt');
  if (picked.undone !== undefined) checkBoolean(picked.undone, 'undone');
  return picked as unknown as CorrectionInput;
}
