// Opens Debian's chromium headless through playwright-core (which downloads no browser of its own).
// Playwright gives each launch a fresh profile in a temp folder and removes it on close.
import { chromium } from 'playwright-core';
import { chromiumPath, requireExecutable } from './prerequisites.mjs';

// Flags from REAL-VSCODE.md: no sandbox as root, no GPU, and no background calls to Google's servers.
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export async function launchBrowser() {
	return chromium.launch({ executablePath: requireExecutable(chromiumPath), headless: true, args: chromiumArgs });
}
