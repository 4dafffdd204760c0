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
