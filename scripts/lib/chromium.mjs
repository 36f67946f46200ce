/**
 * The one Chromium the scripts drive (bench, profile, screenshots): Debian's, unless CHROME_PATH
 * says otherwise, headless and quiet (no sandbox in containers, no background traffic that would
 * disturb a measurement).
 */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
