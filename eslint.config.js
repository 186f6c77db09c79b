// ESLint flat config: typescript-eslint for TypeScript, eslint-plugin-astro for .astro files.
// https://typescript-eslint.io/getting-started/ · https://ota-meshi.github.io/eslint-plugin-astro/
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'reports/',
			'.scratch/',
			// Stryker's sandboxes (npm run test:mutation).
			'.stryker-tmp/',
			'tests/fixtures/',
			// The fixture site's build output (tests/helpers/fixture-site.ts).
			'tests/fixture-site/dist/',
		],
	},
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
	{
		// Type-aware rules where the logic lives: src/lib, the command-line scripts and the bench
		// (not its baseline site, whose astro:content types exist only in its own temporary copy).
		// https://typescript-eslint.io/getting-started/typed-linting/
		files: ['src/lib/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
		ignores: ['bench/baseline/**'],
		extends: [tseslint.configs.strictTypeChecked],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// Numbers in messages ("line 12", "3 problems") read naturally; other types still need care.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
);
