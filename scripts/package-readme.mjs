// The README inside the VSIX. VS Code's extension details page cannot load an image by a relative
// path from an installed VSIX (vsce would rewrite such links to a repository, and this project
// names none), so the screenshots are inlined as data URLs. README.md itself keeps its links.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
let inlined = 0;
const packaged = readme.replace(/\]\((docs\/screenshots\/[A-Za-z0-9._-]+\.png)\)/g, (_, relative) => {
  inlined++;
  return `](data:image/png;base64,${readFileSync(new URL(relative, root)).toString('base64')})`;
});
if (inlined === 0) throw new Error('README.md shows no screenshot: nothing to inline');
mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/README.vsix.md', root), packaged);
console.log(`dist/README.vsix.md: ${inlined} screenshots inlined`);
