/**
 * `npm run -s server-config -- nginx|caddy --root DIR --port N [--brotli-module PATH|none]`:
 * prints a complete nginx.conf or Caddyfile that serves the site built in DIR
 * with the headers of DIR/_headers (src/deploy/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { caddyfile } from '../src/deploy/caddy-config.ts';
import { parseHeadersFile } from '../src/deploy/headers-file.ts';
import { DEBIAN_BROTLI_MODULE, nginxConfig } from '../src/deploy/nginx-config.ts';
import { serverOptions } from '../src/deploy/server-options.ts';

const USAGE = 'usage: npm run -s server-config -- nginx|caddy --root DIR --port N [--brotli-module PATH|none]';

try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { root: { type: 'string', default: 'dist' }, port: { type: 'string', default: '8080' }, 'brotli-module': { type: 'string' } },
  });
  const [server, ...rest] = positionals;
  if ((server !== 'nginx' && server !== 'caddy') || rest.length > 0) throw new Error(USAGE);
  if (server === 'caddy' && values['brotli-module']) throw new Error('--brotli-module is for nginx: Caddy serves .br files by itself');
  const options = serverOptions(resolve(values.root), values.port);
  const headersFile = `${options.root}/_headers`;
  if (!existsSync(headersFile)) throw new Error(`${headersFile} not found: build the site first (npm run build), or name its folder with --root`);
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile);
  const module = values['brotli-module'] ?? DEBIAN_BROTLI_MODULE;
  process.stdout.write(server === 'nginx' ? nginxConfig(rules, options, module === 'none' ? null : module) : caddyfile(rules, options));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
