// Entry point of the web test bundle (scripts/webTests.mjs builds it with esbuild): the browser's
// extension host loads it as extensionTestsPath and calls run(). mocha's browser build defines its globals;
// the test files are required after mocha.setup so that their describe() calls find it.
/* eslint-disable @typescript-eslint/no-require-imports */

export function run(): Promise<void> {
	require('mocha/mocha');
	mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
	// The workbench forwards console output as one joined string, so mocha's printf-style "%d passing"
	// lines are formatted here, as util.format does in the Node host.
	(globalThis as unknown as { Mocha: typeof Mocha }).Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(args));
	// The Node host's own tests, unchanged, where they need no Node: the fixtures folder read through the
	// remote file system, and a story on a virtual file system of the test's own.
	require('../integration/extension.test');
	require('../integration/dialogue.test');
	require('../integration/cast.test');
	require('../integration/sceneCast.test');
	require('../integration/manuscript.test');
	require('../integration/virtualFiles.test');
	require('./webWorkerHost.test');
	return new Promise((resolve, reject) => {
		mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} web test(s) failed.`)) : resolve()));
	});
}

/** `%s`, `%d`, `%i` and `%%` filled from the arguments, the rest joined with spaces. */
function format(args: unknown[]): string {
	const [first, ...rest] = args;
	if (typeof first !== 'string') {
		return args.map(String).join(' ');
	}
	const text = first.replace(/%[sdi%]/g, spec =>
		spec === '%%' ? '%' : rest.length > 0 ? String(spec === '%s' ? rest.shift() : Math.trunc(Number(rest.shift()))) : spec,
	);
	return [text, ...rest.map(String)].join(' ');
}
