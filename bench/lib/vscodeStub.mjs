// A stand-in `vscode` module for timing activation outside VS Code: every API answers with a
// harmless object that can be called, constructed and disposed, and settings read as unset, so
// activate() runs its real code path with the defaults.
import * as fs from 'fs';
import Module from 'module';
import { createRequire } from 'module';

function harmless() {
	const target = function () {};
	return new Proxy(target, {
		get(_, property) {
			if (property === 'then') {
				return undefined;
			}
			if (property === Symbol.toPrimitive) {
				return () => '';
			}
			if (property === Symbol.iterator) {
				return function* () {};
			}
			if (property === 'get') {
				return () => undefined;
			}
			return harmless();
		},
		set: () => true,
		apply: () => harmless(),
		construct: () => harmless(),
	});
}

/** The API's top-level names, so a bundler's namespace copy of the module finds them all. */
function apiNames() {
	const typings = fs.readFileSync(createRequire(import.meta.url).resolve('@types/vscode/index.d.ts'), 'utf8');
	return [...new Set([...typings.matchAll(/^\t(?:export )?(?:namespace|class|enum) (\w+)/gm)].map(match => match[1]))];
}

function apiModule() {
	const names = apiNames();
	const target = function () {};
	const module = harmless();
	return new Proxy(target, {
		get: (_, property) => module[property],
		ownKeys: () => [...names, 'prototype'],
		getOwnPropertyDescriptor: (_, property) =>
			property === 'prototype' ? Reflect.getOwnPropertyDescriptor(target, property) : { configurable: true, enumerable: true, value: module[property] },
	});
}

export const vscodeStub = apiModule();

const originalLoad = Module._load;
Module._load = function (request, ...rest) {
	return request === 'vscode' ? vscodeStub : originalLoad.call(this, request, ...rest);
};

export function fakeExtensionContext() {
	const memento = { get: (_key, fallback) => fallback, update: async () => undefined, keys: () => [] };
	return new Proxy(
		{ subscriptions: [], globalState: memento, workspaceState: memento },
		{
			get: (target, property) => (property in target ? target[property] : harmless()),
		},
	);
}
