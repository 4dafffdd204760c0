/**
 * Decides whether a completion request opened by a trigger character is worth answering.
 * A space is a trigger only so that YAML values (`key: `) and list items (`- `) get suggestions
 * as soon as they are typed; a space inside a description or a script must not pop up a list.
 */
export const COMPLETION_TRIGGER_CHARACTERS = ['"', ':', ' '];

/**
 * @param text the document text
 * @param offset the cursor offset (just after the trigger character)
 * @param triggerCharacter the character that opened the request, if any
 */
export function shouldComplete(text: string, offset: number, triggerCharacter: string | undefined): boolean {
  if (triggerCharacter !== ' ') return true;
  const before = text.charAt(offset - 2);
  return before === ':' || before === '-';
}
