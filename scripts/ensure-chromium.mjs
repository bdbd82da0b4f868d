// Finds a Chromium for Playwright (BITACORA_CHROMIUM, CHROMIUM_PATH or the usual Debian paths);
// installs Debian's `chromium` with apt-get when none is present. Never downloads a browser build.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export function findChromium() {
  const fromEnv = process.env.BITACORA_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (!found) {
    console.log('Chromium not found; installing Debian package "chromium" with apt-get…');
    const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core`, { stdio: 'inherit' });
    found = findChromium();
  }
  if (!found) {
    console.error('No Chromium available: set BITACORA_CHROMIUM to a Chromium binary.');
    process.exit(2);
  }
  console.log(`Chromium: ${found}`);
}
