/**
 * Whether the built-in profiles were validated when this code was bundled.
 * False here, so tests and the app validate them when first used (~10 ms).
 * scripts/build-cli.mjs validates them before bundling the CLI, refuses to
 * bundle a broken one, and puts `true` in place of this module.
 */
export const BUILTINS_CHECKED_AT_BUILD: boolean = false;
