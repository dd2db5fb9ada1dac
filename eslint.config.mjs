// ESLint over the code we write: the recommended JavaScript and typescript-eslint rules, without type
// information (a type-aware pass would take minutes on two cores; `tsc` already checks the types).
// Formatting is Prettier's job (`npm run format:check`), so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**', 'test/grammar/**', 'samples/**'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// Control characters in patterns are meant: ASCII ranges (`[\x00-\x7f]`) and terminal colour codes.
			'no-control-regex': 'off',
		},
	},
	{
		files: ['test/**'],
		languageOptions: { globals: { ...globals.mocha } },
	},
	{
		// The e2e tests hand functions to the workbench page, where they run against its DOM.
		files: ['test/e2e/**'],
		languageOptions: { globals: { ...globals.browser } },
	},
);
