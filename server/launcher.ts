/**
 * `node dist/server.js --stdio` starts here (esbuild makes this file dist/server.js). It runs the
 * bundled server (dist/server-bundle.js, built from server.ts) as a classic script instead of
 * require()-ing it. V8 compiles a CommonJS module as one function, and for a 600 KB bundle the
 * scope analysis of that function's closures grows the C heap by about 3 MiB that glibc never
 * gives back; compiled as a script's top level, the same code costs about 0.7 MiB.
 *
 * The bundle's top-level names become globals of this process, which is the server's alone;
 * test/unit/serverBundle.test.ts checks that none of them replaces a Node.js global.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Script } from 'node:vm';

/**
 * Reads a file in 64 KiB pieces. readFileSync would grow one buffer to 1 MiB for the bundle, and
 * once glibc sees a freed block that large it raises its trim threshold for the whole process:
 * every malloc arena then keeps up to 2 MiB of free memory instead of returning it. Blocks under
 * glibc's 128 KiB default leave that threshold alone.
 */
function readInPieces(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const piece = new Uint8Array(64 * 1024);
    const decoder = new StringDecoder('utf8');
    let text = '';
    for (let read; (read = readSync(descriptor, piece, 0, piece.length, null)) > 0;) {
      text += decoder.write(Buffer.from(piece.buffer, 0, read));
    }
    return text + decoder.end();
  } finally {
    closeSync(descriptor);
  }
}

const bundle = join(__dirname, 'server-bundle.js');
// What a CommonJS module gets as parameters, the bundle finds as globals.
Object.assign(globalThis, { require, module, exports, __filename: bundle, __dirname });
new Script(readInPieces(bundle), { filename: bundle }).runInThisContext();
