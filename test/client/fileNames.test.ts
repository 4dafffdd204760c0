import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { withRequestExtension } from '../../client/requests/fileNames';

describe('withRequestExtension', () => {
  it('keeps names that already end in .ecs.*', () => {
    assert.equal(withRequestExtension('/w/a.ecs.yaml', 'yaml'), '/w/a.ecs.yaml');
    assert.equal(withRequestExtension('/w/a.ecs.yml', 'yaml'), '/w/a.ecs.yml');
    assert.equal(withRequestExtension('/w/a.ECS.JSON', 'json'), '/w/a.ECS.JSON');
  });
  it('inserts .ecs before a JSON or YAML extension', () => {
    assert.equal(withRequestExtension('/w/web.yaml', 'yaml'), '/w/web.ecs.yaml');
    assert.equal(withRequestExtension('/w/web.json', 'json'), '/w/web.ecs.json');
  });
  it('appends the whole extension otherwise', () => {
    assert.equal(withRequestExtension('/w/web', 'json'), '/w/web.ecs.json');
    assert.equal(withRequestExtension('/w/web.txt', 'yaml'), '/w/web.txt.ecs.yaml');
  });
  it('drops a format extension typed before the ending the save dialog appended', () => {
    // code-server's save dialog: the user types `web-server.yaml` over the preselected name and
    // the dialog appends the filter's `.ecs.yaml`.
    assert.equal(withRequestExtension('/w/web-server.yaml.ecs.yaml', 'yaml'), '/w/web-server.ecs.yaml');
    assert.equal(withRequestExtension('/w/web.json.ecs.json', 'json'), '/w/web.ecs.json');
    assert.equal(withRequestExtension('/w/web.ecs.yml.ecs.yaml', 'yaml'), '/w/web.ecs.yaml');
    assert.equal(withRequestExtension('/w/web.ecs', 'yaml'), '/w/web.ecs.yaml');
    assert.equal(withRequestExtension('/w.yaml/web.ecs.yaml', 'yaml'), '/w.yaml/web.ecs.yaml');
  });
});

describe('withRequestExtension: every save dialog and window kind', () => {
  // What each dialog returns when the user types a name over the proposed `pay-per-use.ecs.yaml`
  // (filter "ECS request (YAML)": ecs.yaml, ecs.yml), and the file written.
  const yamlCases: [string, string, string][] = [
    ['accepted as proposed', '/w/pay-per-use.ecs.yaml', '/w/pay-per-use.ecs.yaml'],
    ['simple dialog, "web-server"', '/w/web-server.ecs.yaml', '/w/web-server.ecs.yaml'],
    ['simple dialog, "web-server.yaml"', '/w/web-server.yaml.ecs.yaml', '/w/web-server.ecs.yaml'],
    ['simple dialog, "web-server.yml"', '/w/web-server.yml.ecs.yaml', '/w/web-server.ecs.yaml'],
    ['native (Windows, macOS) keeps a typed ".yaml"', '/w/web-server.yaml', '/w/web-server.ecs.yaml'],
    ['native (Linux) appends nothing', '/w/web-server', '/w/web-server.ecs.yaml'],
    ['a typed ".ecs.yml" is kept', '/w/web-server.ecs.yml', '/w/web-server.ecs.yml'],
    ['macOS adds only the last part', '/w/web-server.ecs', '/w/web-server.ecs.yaml'],
    ['upper case', '/w/WEB.YAML', '/w/WEB.ecs.yaml'],
    ['another format typed', '/w/web.json', '/w/web.ecs.yaml'],
    ["the other format's ending typed", '/w/web.ecs.json', '/w/web.ecs.yaml'],
    ['a dotted name keeps its dots', '/w/web.v2', '/w/web.v2.ecs.yaml'],
    ['a folder with dots is never changed', '/w.yaml/x.ecs/web.yaml', '/w.yaml/x.ecs/web.ecs.yaml'],
    ['Windows URI path', '/c:/Users/me/web-server.yaml.ecs.yaml', '/c:/Users/me/web-server.ecs.yaml'],
    ['a remote URI path (vscode-remote)', '/home/me/requests/web', '/home/me/requests/web.ecs.yaml'],
    ['a name with spaces', '/w/my server.yaml', '/w/my server.ecs.yaml'],
  ];
  for (const [what, returned, written] of yamlCases) {
    it(`YAML: ${what}`, () => assert.equal(withRequestExtension(returned, 'yaml'), written));
  }

  const jsonCases: [string, string, string][] = [
    ['accepted as proposed', '/w/spot.ecs.json', '/w/spot.ecs.json'],
    ['simple dialog, "web.json"', '/w/web.json.ecs.json', '/w/web.ecs.json'],
    ['native keeps ".json"', '/w/web.json', '/w/web.ecs.json'],
    ['nothing appended', '/w/web', '/w/web.ecs.json'],
    ['a YAML ending typed for JSON content', '/w/web.ecs.yaml', '/w/web.ecs.json'],
    ['a ".yml" typed', '/w/web.yml', '/w/web.ecs.json'],
  ];
  for (const [what, returned, written] of jsonCases) {
    it(`JSON: ${what}`, () => assert.equal(withRequestExtension(returned, 'json'), written));
  }

  it('is idempotent: a written name stays as it is', () => {
    for (const [, , written] of [...yamlCases, ...jsonCases]) {
      const format = written.endsWith('.json') ? 'json' : 'yaml';
      assert.equal(withRequestExtension(written, format), written);
    }
  });
});
