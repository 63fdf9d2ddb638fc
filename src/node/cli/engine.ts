import { createAnalyzer, type Analyzer } from '../../core/analyze';
import { builtinProfiles } from '../../core/profiles/builtin';
import type { Profile } from '../../core/profiles/profile';
import type { EngineOptions } from './args';
import { loadProfileFile } from './load-profile';
import { UsageError } from './usage-error';

/**
 * The profile set for a run: the built-in profiles named by --source (all by
 * default), then each --profile file. A desk profile with the id of a built-in
 * one replaces it, since a desk's file is usually the built-in one extended.
 */
async function selectProfiles(options: EngineOptions): Promise<Profile[]> {
  const builtins = builtinProfiles();
  for (const id of options.sources) {
    if (!builtins.some((p) => p.id === id)) {
      throw new UsageError(`--source: no built-in profile "${id}" (there are: ${builtins.map((p) => p.id).join(', ')})`);
    }
  }
  const profiles = options.sources.length === 0 ? [...builtins] : builtins.filter((p) => options.sources.includes(p.id));
  for (const file of options.profileFiles) {
    const own = await loadProfileFile(file);
    const same = profiles.findIndex((p) => p.id === own.id);
    if (same === -1) profiles.push(own);
    else profiles[same] = own;
  }
  return profiles;
}

/** Builds the analyzer the command line asks for; bad options are UsageErrors. */
export async function buildAnalyzer(options: EngineOptions): Promise<Analyzer> {
  const analyzer = createAnalyzer({ profiles: await selectProfiles(options), disabledRules: options.disabled });
  const known = new Set(analyzer.rules.map((r) => r.id));
  const unknown = options.disabled.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UsageError(`--disable: no rule ${unknown.map((id) => `"${id}"`).join(', ')} (see "copydesk rules")`);
  }
  return analyzer;
}
