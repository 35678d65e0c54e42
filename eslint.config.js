// npm run lint: ESLint's and typescript-eslint's recommended rules (the ones that need no type information, so a
// run stays fast) over src/, test/, scripts/ and bin/. Formatting is Prettier's job: eslint-config-prettier, last,
// turns off every rule that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'scratch/', 'lexicons/', 'samples/', 'docs/', 'test/golden/json/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Control characters are matched on purpose: input is normalised, and reporters must escape them (tests check).
      'no-control-regex': 'off',
      // A leading _ marks a name kept on purpose (a callback's signature, a skipped element), as tsc's noUnused* do.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  prettier,
);
