import type { Plugin } from 'vite';

/**
 * The page around a Vite example app. Its index.html holds only the mount point and the entry
 * script; this wraps them, before Vite reads the scripts, in the document the apps share.
 */
export function examplePage(framework: string): Plugin {
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>mfa-elements in ${framework}</title>`,
  ];
  return {
    name: 'mfa-example-page',
    transformIndexHtml: {
      order: 'pre',
      handler: (body) =>
        `<!doctype html>\n<html lang="en">\n<head>${head.join('')}</head>\n<body>\n${body}</body>\n</html>\n`,
    },
  };
}
