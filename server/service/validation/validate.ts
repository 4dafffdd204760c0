/**
 * The diagnostics pipeline: syntax, schema (ajv), YAML typing traps, deprecations, literal
 * secrets and cross-field rules, then per-code severity settings. Never throws.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument, ValueNode } from '../../../request/parser/ast';
import { allRules } from '../rules';
import { defaultSettings, type CrossFieldRule, type RuleSetting, type ServiceSettings } from '../types';
import { DiagnosticCodes, SYNTAX_CODES } from './codes';
import { deprecationDiagnostics } from './deprecations';
import { makeDiagnostic, toLspSeverity } from './diagnostics';
import { ruleDiagnostics } from './ruleRunner';
import { schemaDiagnostics } from './schemaErrors';
import { secretDiagnostics, unstoredSecretDiagnostics } from './secrets';
import { syntaxDiagnostics } from './syntax';
import { MAX_CHECKED_NODES, MAX_DIAGNOSTICS } from './limits';
import type { AccountData } from '../account/accountData';
import { accountFindings } from '../account/accountChecks';
import { asObject, getValue } from '../../../request/parser/nodes';

export interface ValidationOptions {
  /** "Now" for time-based rules; tests pin it. */
  readonly now?: Date;
  /** The cross-field rules to run (default: all of them); tests swap in their own. */
  readonly rules?: readonly CrossFieldRule[];
  /** The account data the client sent (docs/lsp-extensions.md): adds the account checks. */
  readonly account?: AccountData;
  /** The secret names the client has stored (docs/lsp-extensions.md); undefined: not known. */
  readonly storedSecretNames?: ReadonlySet<string>;
}

export function validateDocument(
  document: ParsedDocument,
  settings: ServiceSettings = defaultSettings,
  options: ValidationOptions = {},
): Diagnostic[] {
  const diagnostics = guarded(() => syntaxDiagnostics(document, settings));
  const tooLarge = whySyntaxOnly(document, settings);
  if (tooLarge) {
    diagnostics.push(
      makeDiagnostic(document, { offset: 0, length: 0 }, tooLarge, 'information', DiagnosticCodes.documentTooLarge),
    );
    // Such a file can have tens of thousands of syntax problems (duplicate keys, say): list the first ones.
    return atMostMaxDiagnostics(document, diagnostics.sort(byPosition));
  }
  const root = document.root;
  if (root) {
    diagnostics.push(...guarded(() => schemaDiagnostics(document, root)));
    diagnostics.push(...guarded(() => deprecationDiagnostics(document, root)));
    if (settings.warnOnLiteralPassword) diagnostics.push(...guarded(() => secretDiagnostics(document, root)));
    const stored = options.storedSecretNames;
    if (stored) diagnostics.push(...guarded(() => unstoredSecretDiagnostics(document, root, stored)));
    if (root.type === 'object') {
      diagnostics.push(
        ...guarded(() => ruleDiagnostics(document, root, options.rules ?? allRules, options.now ?? new Date())),
      );
      const account = options.account;
      if (account)
        diagnostics.push(...guarded(() => accountDiagnostics(document, root, account, options.now ?? new Date())));
    }
  }
  return atMostMaxDiagnostics(
    document,
    preferRuleFindings(applySeveritySettings(diagnostics, settings)).sort(byPosition),
  );
}

function accountDiagnostics(document: ParsedDocument, root: ValueNode, account: AccountData, now: Date): Diagnostic[] {
  return accountFindings(asObject(getValue(asObject(root), 'server')), account, now).map((finding) =>
    makeDiagnostic(document, finding.node, finding.message, finding.severity, finding.code, finding.fixes),
  );
}

/** The first MAX_DIAGNOSTICS diagnostics, and one saying how many were left out. */
function atMostMaxDiagnostics(document: ParsedDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const listed = diagnostics.slice(0, MAX_DIAGNOSTICS);
  listed.push(
    makeDiagnostic(
      document,
      { offset: 0, length: 0 },
      `This file has more than ${MAX_DIAGNOSTICS} problems; only the first ${MAX_DIAGNOSTICS} are listed. Fix ` +
        `those, and the rest will show.`,
      'information',
      DiagnosticCodes.tooManyProblems,
    ),
  );
  return listed;
}

/**
 * Why a document only gets its syntax checked (too large for a request body), or undefined.
 * Formatting, the outline and folding stop at the same limits (see outputLimits.ts).
 */
export function whySyntaxOnly(document: ParsedDocument, settings: ServiceSettings): string | undefined {
  if (document.text.length > settings.maxDocumentSize) {
    return (
      `This file has ${document.text.length} characters, more than the ${settings.maxDocumentSize} set in ` +
      `ecs.maxDocumentSize, so only its syntax was checked.`
    );
  }
  // The parser did not read such a file (parser/problems.ts); a request body is far smaller.
  if (document.notReadBecause !== undefined) return document.notReadBecause;
  // At most MAX_CHECKED_NODES + 1 nodes are visited: cheap next to the checks it guards.
  if (countNodes(document.root, MAX_CHECKED_NODES) > MAX_CHECKED_NODES) {
    return (
      `This file has more than ${MAX_CHECKED_NODES.toLocaleString('en-US')} keys and values, ` +
      'while a request body has about a thousand at most, so only its syntax was checked. ' +
      'Check that this is the request file you meant.'
    );
  }
  return undefined;
}

/** Values and keys under `root`, counted up to `limit + 1` (without recursion). */
export function countNodes(root: ValueNode | undefined, limit: number): number {
  let count = 0;
  const pending: ValueNode[] = root ? [root] : [];
  while (pending.length > 0 && count <= limit) {
    const node = pending.pop() as ValueNode;
    count++;
    if (node.type === 'object') {
      for (const property of node.properties) {
        count++;
        if (property.valueNode) pending.push(property.valueNode);
      }
    } else if (node.type === 'array') {
      for (const item of node.items) pending.push(item);
    }
  }
  return count;
}

/**
 * A cross-field rule that flags a value as an error explains it better than the generic schema
 * message on the same node (e.g. the name rule versus the name pattern): show the rule's only.
 */
function preferRuleFindings(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) =>
    `${d.range.start.line}:${d.range.start.character}:${d.range.end.line}:${d.range.end.character}`;
  const ruleErrors = new Set(
    diagnostics.filter((d) => String(d.code).startsWith('ECS-R') && d.severity === DiagnosticSeverity.Error).map(key),
  );
  if (ruleErrors.size === 0) return diagnostics;
  return diagnostics.filter((d) => d.code !== DiagnosticCodes.schema || !ruleErrors.has(key(d)));
}

/** One failing check must not hide the others' results. */
function guarded(check: () => Diagnostic[]): Diagnostic[] {
  try {
    return check();
  } catch {
    return [];
  }
}

/** `ecs.rules`: 'off' drops a code's diagnostics, a severity re-grades them. Syntax errors stay. */
function applySeveritySettings(diagnostics: Diagnostic[], settings: ServiceSettings): Diagnostic[] {
  const rules = settings.rules;
  if (Object.keys(rules).length === 0) return diagnostics;
  // Own keys only: settings objects from elsewhere may still have Object.prototype behind them.
  const own = (key: string): RuleSetting | undefined => (Object.hasOwn(rules, key) ? rules[key] : undefined);
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const code = String(diagnostic.code ?? '');
    const setting: RuleSetting | undefined = SYNTAX_CODES.has(code)
      ? undefined
      : (own(code) ?? own(code.replace(/^ECS-(?=R\d)/, '')));
    if (setting === 'off') continue;
    result.push(setting ? { ...diagnostic, severity: toLspSeverity(setting) } : diagnostic);
  }
  return result;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.severity ?? DiagnosticSeverity.Error) - (b.severity ?? DiagnosticSeverity.Error)
  );
}
