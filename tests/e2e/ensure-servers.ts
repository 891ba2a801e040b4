/**
 * Runs before the browser tests: finds nginx, its Brotli module and Caddy, or
 * installs Debian's packages when run as root, or stops saying what to
 * install. The server tests never skip.
 */
import { spawnSync } from 'node:child_process';
import { NO_SERVERS_MESSAGE, SERVER_PACKAGES, missingServerPackages } from '../support/web-servers.ts';

let missing = missingServerPackages();
if (missing.length > 0 && process.getuid?.() === 0) {
  const install = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${SERVER_PACKAGES.join(' ')}`;
  console.log(`$ ${install}`);
  spawnSync('sh', ['-c', install], { stdio: 'inherit' });
  missing = missingServerPackages();
}
if (missing.length > 0) {
  console.error(NO_SERVERS_MESSAGE(missing));
  process.exit(1);
}
console.log('Server tests use nginx (with Brotli) and Caddy');
