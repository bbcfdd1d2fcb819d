// Minifies the page's JavaScript (and its style sheet) for the deployed builds (scripts/build-site.mjs,
// scripts/build-single.mjs); www/ keeps the readable source, served as written in development.
// esbuild's transform, one file at a time: whitespace, syntax and local names; nothing is
// bundled and no syntax is lowered, so imports, file names and module semantics stay as written.

import { transform } from 'esbuild';

/**
 * `code` minified. `module`: ES module code, whose top-level names are its own and may be
 * renamed; otherwise a classic script (the service worker, the single file's Blob worker),
 * whose top-level names are globals and are kept.
 */
export async function minifyJs(code, { module }) {
  const { code: min } = await transform(code, { minify: true, format: module ? 'esm' : undefined, target: 'esnext' });
  return min;
}

/** The style sheet minified (esbuild's CSS minifier: whitespace, comments, shorter forms; same rules). */
export async function minifyCss(code) {
  return (await transform(code, { loader: 'css', minify: true })).code;
}
