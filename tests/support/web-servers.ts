/**
 * The real web servers the browser tests serve the built sites with: Debian's
 * nginx (with its Brotli module) and Caddy, found on PATH.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { DEBIAN_BROTLI_MODULE } from '../../src/deploy/nginx-config.ts';

export const SERVER_PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static', 'caddy'];

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** What is missing, as the Debian packages that provide it. */
export function missingServerPackages(): string[] {
  return [!onPath('nginx') && 'nginx', !existsSync(DEBIAN_BROTLI_MODULE) && 'libnginx-mod-http-brotli-static', !onPath('caddy') && 'caddy'].filter(
    (name): name is string => typeof name === 'string',
  );
}

export const NO_SERVERS_MESSAGE = (missing: readonly string[]) =>
  `The server tests need nginx with its Brotli module and Caddy. Install them (as root: apt-get install -y ${missing.join(' ')}) and run the tests again.`;
