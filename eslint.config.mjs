// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, caches and the documents themselves are not code.
  { ignores: ['dist/', 'dist.partial/', 'dist.previous/', '.astro/', 'node_modules/', 'tests/.tmp/', 'screenshots/', 'content/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Build code runs in Node, page scripts in the browser; both kinds of global are in scope somewhere.
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
