// ESLint flat config: typescript-eslint for TypeScript, eslint-plugin-astro for .astro files.
// https://typescript-eslint.io/getting-started/ · https://ota-meshi.github.io/eslint-plugin-astro/
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'reports/', '.scratch/', 'tests/fixtures/'] },
	js.configs.recommended,
	tseslint.configs.strict,
	astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node },
		},
		rules: {
			// Unused values are errors, but `_name` marks a parameter a callback signature requires.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
);
