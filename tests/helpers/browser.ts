/**
 * Headless Debian Chromium through playwright-core, for the browser tests and screenshots. CI
 * installs the `chromium` package (.ci/run); set CHROMIUM_PATH to use another build.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Whether a Chromium binary is there to launch. */
export function hasChromium(): boolean {
	return existsSync(CHROMIUM_PATH);
}

/** Launches headless Chromium with no network chatter of its own. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
}
