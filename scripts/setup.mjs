// `node scripts/setup.mjs`: the set-up `npm start` and `npm test` do first (Debian packages when root,
// npm ci when node_modules is stale, code-server), on its own, so CI shows it as a step with its own time.
import { prepare } from './lib/setup.mjs';

try {
	prepare({ browser: true });
	console.log('Set-up done: Debian packages, node_modules and code-server are in place.');
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
