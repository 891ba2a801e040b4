import { spawn, type ChildProcess } from 'node:child_process';

/** Serves dist/ as `npm start` does (headers, Brotli and gzip files) on a free-ish port, and resolves once it answers. */
export async function startPreview(port = 4399): Promise<{ url: string; stop: () => void }> {
  const server: ChildProcess = spawn('node', ['scripts/serve-static.ts', 'dist', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => server.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`the site server did not answer on ${url} within 30 s; run npm run build first`);
}
