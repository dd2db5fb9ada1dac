// Checks for the system programs the real-VS Code tests cannot run without. A missing one is a
// failure with the command that fixes it, never a silent skip: CI must not pass on a bare machine.
import { accessSync, constants } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ripgrepPath = '/usr/bin/rg';

const aptPackageOf = { [chromiumPath]: 'chromium', [ripgrepPath]: 'ripgrep' };

export function requireExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
	} catch {
		throw new Error(`${path} is missing. Install it with: apt-get install -y ${aptPackageOf[path] ?? path}` + ' (.ci/run does this when run as root).');
	}
	return path;
}
