// Entry point the extension host loads (extensionTestsPath): runs every compiled *.test.js beside it with
// mocha's BDD interface, inside the real extension host, where `require('vscode')` is the real API.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export function run(): Promise<void> {
	// The workbench forwards console output as one joined string, so mocha's printf-style
	// "%d passing" lines must be formatted before they leave the extension host.
	Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
	const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000 });
	// DRAMATIS_INTEGRATION_FILES (comma-separated names, e.g. `bigFile`) runs only those files.
	const only = process.env.DRAMATIS_INTEGRATION_FILES?.split(',').map(name => `${name.trim()}.test.js`);
	const testFiles = (fs.readdirSync(__dirname, { recursive: true }) as string[]).filter(
		file => file.endsWith('.test.js') && (!only || only.includes(path.basename(file))),
	);
	for (const file of testFiles.sort()) {
		mocha.addFile(path.join(__dirname, file));
	}
	return new Promise((resolve, reject) => {
		mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
	});
}
