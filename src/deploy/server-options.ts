import { isAbsolute } from 'node:path';

/** Where a server finds the built site and the port it listens on. */
export interface ServerOptions {
  /** The built site's folder, absolute, without a final slash. */
  root: string;
  port: number;
}

/**
 * A value written into a server configuration, refused when it holds a
 * character the configuration language would read as syntax (a quote, a
 * variable's `$`, a placeholder's brace) or any control character, so that a
 * folder name or header value cannot change what the configuration does.
 */
export function configValue(value: string, what: string, syntax: RegExp): string {
  // Control characters are what this looks for, so the pattern names them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value) || syntax.test(value)) throw new Error(`${what} cannot be written into the configuration: ${JSON.stringify(value)}`);
  return value;
}

export function serverOptions(root: string, port: string): ServerOptions {
  if (!isAbsolute(root)) throw new Error(`--root must be an absolute path; got ${JSON.stringify(root)}`);
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) throw new Error(`--port must be a number from 1 to 65535; got ${JSON.stringify(port)}`);
  return { root: root.replace(/\/+$/, '') || '/', port: Number(port) };
}
