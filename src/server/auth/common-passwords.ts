import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommonPasswords } from '#core/accounts/password-policy';

const LIST = join('core', 'accounts', 'common-passwords.txt');
let loaded: ReadonlySet<string> | undefined;

/** The common-password list shipped with Counterpart, read once (from src/ or beside the bundle's checkout). */
export function commonPasswords(): ReadonlySet<string> {
  loaded ??= parseCommonPasswords(readFileSync(listFile(), 'utf8'));
  return loaded;
}

function listFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    for (const candidate of [join(dir, LIST), join(dir, 'src', LIST)]) {
      if (existsSync(candidate)) return candidate;
    }
    dir = dirname(dir);
  }
  throw new Error(`The common-password list (src/${LIST}) is missing: this installation is incomplete.`);
}
