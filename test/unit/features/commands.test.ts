// The ids features register are the ids package.json contributes: a command renamed on one side only
// would leave a palette entry or a key that does nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Commands, InternalCommands } from '../../../src/features/commands';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));

describe('commands', () => {
	it('contributes every command the features register, and no other', () => {
		const contributed = (manifest.contributes.commands as { command: string }[]).map(entry => entry.command).sort();
		assert.deepStrictEqual(contributed, Object.values(Commands).sort());
	});

	it('names in menus and keys only commands that are registered', () => {
		const { menus, keybindings } = manifest.contributes as { menus: Record<string, { command: string }[]>; keybindings: { command: string }[] };
		const registered = new Set<string>(Object.values(Commands));
		const named = [...Object.values(menus).flat(), ...keybindings].map(entry => entry.command);
		assert.ok(named.length > 0);
		assert.deepStrictEqual(
			named.filter(command => !registered.has(command)),
			[],
		);
	});

	it('keeps its internal commands out of the palette', () => {
		const contributed = new Set((manifest.contributes.commands as { command: string }[]).map(entry => entry.command));
		for (const command of Object.values(InternalCommands)) {
			assert.ok(command.startsWith('dramatis.') && !contributed.has(command), command);
		}
	});
});
