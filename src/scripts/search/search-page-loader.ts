/**
 * Loads the search page's code from the URL its <search-page> names; the
 * element upgrades when the module defines it. Imports nothing, so it is inlined.
 */
const searchPageModule = document.querySelector<HTMLElement>('search-page')?.dataset['module'];
if (searchPageModule) void import(/* @vite-ignore */ searchPageModule);

export {};
