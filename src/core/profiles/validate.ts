import type { Profile } from './profile';

/** Placeholder: full schema checks land with the CLI's --profile option. */
export function validateProfile(raw: unknown, _where: string): Profile {
  return raw as Profile;
}
