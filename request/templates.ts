/**
 * Whole-request templates, offered by completion where a whole request fits and by New Request
 * File…. Written in snippets/ (VS Code's snippet file format, one file per language) and bundled at
 * build time. They are not contributed to VS Code as snippets: the editor would offer them at every
 * position and a second time next to these completions.
 */
import jsonSnippets from '../snippets/ecs-json.snippets.json';
import yamlSnippets from '../snippets/ecs-yaml.snippets.json';
import { requestFileName } from './languageIds';
import type { DocumentFormat } from './parser/ast';

/** One entry of a VS Code snippet file. */
export interface SnippetDefinition {
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description?: string;
}

export type SnippetFile = Readonly<Record<string, SnippetDefinition>>;

export interface RequestTemplate {
  readonly name: string;
  /** The name without its "ECS request:" lead, for a list that is only of requests. */
  readonly label: string;
  readonly prefix: string;
  readonly description: string;
  /** Snippet text (with tab stops), lines joined with `\n`. */
  readonly body: string;
}

export function templatesFromSnippets(file: SnippetFile): RequestTemplate[] {
  return Object.entries(file)
    .filter(([key]) => !key.startsWith('$'))
    .map(([name, snippet]) => ({
      name,
      label: name.replace(/^ECS request:\s*/, ''),
      prefix: Array.isArray(snippet.prefix) ? snippet.prefix[0] : snippet.prefix,
      description: snippet.description ?? name,
      body: Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body,
    }));
}

const templatesByFormat: Record<DocumentFormat, RequestTemplate[]> = {
  json: templatesFromSnippets(jsonSnippets as SnippetFile),
  yaml: templatesFromSnippets(yamlSnippets as SnippetFile),
};

/** The file name a new request from `template` is offered under: `ecs-spot` → `spot.ecs.yaml`. */
export function suggestedFileName(template: RequestTemplate, format: DocumentFormat): string {
  return requestFileName(template.prefix.replace(/^ecs-/, ''), format);
}

/** The whole-request templates for documents in `format`. */
export function requestTemplates(format: DocumentFormat): readonly RequestTemplate[] {
  return templatesByFormat[format];
}
