/**
 * `node tests/support/serve-with.ts nginx|caddy DIR PORT`: serves a built
 * site with a real nginx or Caddy, configured by `npm run server-config` as a
 * deployment would be, in the foreground until stopped. Its configuration and
 * state live in tests/.tmp/servers/SERVER-PORT/.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [server, dir, port] = process.argv.slice(2);
if ((server !== 'nginx' && server !== 'caddy') || !dir || !port) {
  console.error('usage: node tests/support/serve-with.ts nginx|caddy DIR PORT');
  process.exit(2);
}

const home = resolve(`tests/.tmp/servers/${server}-${port}`);
rmSync(home, { recursive: true, force: true });
mkdirSync(home, { recursive: true });
const config = execFileSync('node', ['scripts/server-config.ts', server, '--root', resolve(dir), '--port', port], { encoding: 'utf8' });
const file = resolve(home, server === 'nginx' ? 'nginx.conf' : 'Caddyfile');
writeFileSync(file, config);

// Run as root, nginx would hand requests to an unprivileged user that may not reach a checkout under /root.
const asRoot = process.getuid?.() === 0 ? ' user root;' : '';
const child =
  server === 'nginx'
    ? spawn('nginx', ['-p', `${home}/`, '-c', file, '-e', 'stderr', '-g', `daemon off;${asRoot}`], { stdio: 'inherit' })
    : spawn('caddy', ['run', '--config', file, '--adapter', 'caddyfile'], {
        stdio: 'inherit',
        // Caddy keeps its state under these; a test run leaves the user's alone.
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home },
      });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
