import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the renderer once before the end-to-end files run: they test what `npm run web` serves. */
export function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
