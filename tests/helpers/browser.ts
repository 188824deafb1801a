// Headless Chromium (Debian's, installed by scripts/ensure-test-tools.js) driven by
// playwright-core, and the built web page served on loopback by scripts/serve-web.js.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..');
export const WEB_DIR = path.join(ROOT, 'dist', 'web');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export const HARNESS_DIR = path.join(ROOT, 'dist', 'test-harness');

/** Runs webpack with a config unless `built` is newer than every file it is made from. */
function buildIfStale(built: string, config: string, sourceDirs: string[]): void {
  const sources = Math.max(...sourceDirs.map((d) => newestMtime(path.join(ROOT, d))), statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--config', config], { cwd: ROOT, stdio: 'pipe' });
}

/** The web page and task pane bundle (dist/web). */
export const ensureWebBuild = (): void => buildIfStale(path.join(WEB_DIR, 'index.html'), path.join(ROOT, 'webpack.config.js'), ['src']);

/** The task pane over the fake Excel (dist/test-harness). */
export const ensureHarnessBuild = (): void =>
  buildIfStale(path.join(HARNESS_DIR, 'index.html'), path.join(ROOT, 'tests', 'e2e', 'pane', 'webpack.config.js'), ['src', 'tests/fakes', 'tests/e2e/pane']);

export async function startServer(root = WEB_DIR): Promise<{ server: Server; origin: string }> {
  const { serve } = require(path.join(ROOT, 'scripts', 'serve-web.js')) as { serve(port: number, root: string): Promise<Server> };
  const server = await serve(0, root);
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** What a browser suite shares: Chromium and the local server's origin, set before the first test. */
export interface BrowserSuite {
  browser: Browser;
  origin: string;
}

/**
 * Builds the page (the web page, or the task pane harness over the fake Excel) if it is stale,
 * serves it on loopback and launches Chromium once for the suite; closes both after it.
 */
export function useBrowserSuite(site: 'web' | 'harness'): BrowserSuite {
  const suite = {} as BrowserSuite;
  let server: Server | undefined;
  beforeAll(async () => {
    if (site === 'web') ensureWebBuild();
    else ensureHarnessBuild();
    const started = await startServer(site === 'web' ? WEB_DIR : HARNESS_DIR);
    server = started.server;
    suite.origin = started.origin;
    suite.browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await suite.browser?.close();
    await new Promise((r) => server?.close(r));
  });
  return suite;
}

/** A page at 320 px and what it did that a test must see fail: console errors, requests leaving the machine. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to anywhere but the local server (blob: and data: URLs are local too). */
  outside: string[];
  consoleErrors: string[];
}

export async function openWatchedPage(suite: BrowserSuite, height = 900): Promise<WatchedPage> {
  const context = await suite.browser.newContext({ viewport: { width: 320, height }, acceptDownloads: true, locale: 'ru-RU', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(suite.origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { page, context, outside, consoleErrors };
}
