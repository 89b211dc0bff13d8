/**
 * Serve the built site with `astro preview` on a free local port, for the browser tests and
 * Lighthouse. The server is our own child process and is stopped by its PID.
 *
 * Node-only, no project imports (run by Node's own TypeScript support in src/scripts/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface PreviewServer {
  /** "http://127.0.0.1:4321" — no trailing slash, no base path. */
  origin: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`astro preview exited with code ${child.exitCode} before serving:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

export interface PreviewOptions {
  /** A build other than root/dist (e.g. a sub-path build in a temp folder). */
  outDir?: string;
  /** The child's environment; defaults to this process's. */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Start `astro preview` for root/dist (or `outDir`). Throws with the server's output if it does not come up. */
export async function startPreview(root: string, base: string, options: PreviewOptions = {}): Promise<PreviewServer> {
  const outDir = options.outDir ?? join(root, 'dist');
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`No build in ${outDir}: run \`npm run build\` first`);
  const port = await freePort();
  const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const command = existsSync(astroBin) ? process.execPath : join(root, 'node_modules', '.bin', 'astro');
  // --ignore-lock: several suites (or a developer) may each run a preview of the same project.
  const args = [
    ...(existsSync(astroBin) ? [astroBin] : []),
    'preview',
    '--ignore-lock',
    ...(options.outDir ? ['--outDir', options.outDir] : []),
  ];
  const child = spawn(command, [...args, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...(options.env ?? process.env), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${origin}${base}`, child, () => log, options.timeoutMs ?? 60_000);
  } catch (error) {
    if (child.pid) process.kill(child.pid);
    throw error;
  }
  const pid = child.pid!;
  return {
    origin,
    port,
    pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(pid, 'SIGTERM');
        setTimeout(() => {
          if (child.exitCode === null) process.kill(pid, 'SIGKILL');
        }, 3000).unref();
      }),
  };
}
