/**
 * The log line of a server that stops because a message from the client could not be read
 * (server.ts says why it stops). The reader's own error text is not quoted: for a body that is
 * not JSON, V8 quotes a piece of it, and a body can hold a document's secrets.
 */
export function unreadableInputMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  const what = /^(Header must provide a Content-Length|Content-Length value must be a number)/.test(text)
    ? 'a message header without a valid Content-Length'
    : 'a message that is not valid JSON-RPC';
  return (
    `ECS language server: the editor sent ${what}, so the following messages cannot be read reliably. ` +
    'The server stops now; the editor starts it again.'
  );
}
