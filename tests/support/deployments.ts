import { BASE_PATH_SITE, DIST } from './built-site.ts';

/** One built site served by one server, as the server tests reach it. */
export interface Deployment {
  server: 'nginx' | 'caddy' | 'npm start';
  dist: string;
  port: number;
  /** The base path the site was built for. */
  base: string;
}

/** Every way the server tests serve the built sites: at the root and under a base path, by nginx and Caddy, and dist/ as `npm start` serves it. */
export const DEPLOYMENTS: readonly Deployment[] = [
  { server: 'npm start', dist: DIST, port: 4322, base: '/' },
  { server: 'nginx', dist: DIST, port: 4330, base: '/' },
  { server: 'nginx', dist: BASE_PATH_SITE.dist, port: 4331, base: BASE_PATH_SITE.base },
  { server: 'caddy', dist: DIST, port: 4332, base: '/' },
  { server: 'caddy', dist: BASE_PATH_SITE.dist, port: 4333, base: BASE_PATH_SITE.base },
];
