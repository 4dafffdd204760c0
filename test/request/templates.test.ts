/**
 * The whole-request templates (request/templates.ts): what the editor's completion and
 * "ECS: New Request File" offer, and the file name a new request is saved under.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatOfFileName, REQUEST_FILE_NAME } from '../../request/languageIds';
import { requestTemplates, suggestedFileName } from '../../request/templates';

describe('request templates', () => {
  for (const format of ['json', 'yaml'] as const) {
    it(`offers ${format} templates with a label and a file name the request language matches`, () => {
      const templates = requestTemplates(format);
      assert.ok(templates.length >= 3);
      const names = new Set<string>();
      for (const template of templates) {
        assert.ok(template.label.length > 0 && !/^ECS request/i.test(template.label), template.name);
        assert.ok(template.name.endsWith(template.label), template.name);
        const fileName = suggestedFileName(template, format);
        assert.match(fileName, REQUEST_FILE_NAME);
        assert.equal(formatOfFileName(fileName), format);
        assert.doesNotMatch(fileName, /^ecs-/);
        names.add(fileName);
      }
      assert.equal(names.size, templates.length, 'each template has its own file name');
    });
  }
});
