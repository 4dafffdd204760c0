import { test } from 'node:test';
import { parse } from './completionHelpers';
test('probe', () => {
  const y = parse('server:\n  name: a   # c\n  root_volume:\n    volumetype: SSD\n\n  # trailing\n  user_data: |\n    #!/bin/sh\n    echo\n  tags: []\n  x: {}\n', 'yaml');
  const s = (y.root as any).properties[0].valueNode;
  for (const p of s.properties) console.log(JSON.stringify(p.key), JSON.stringify(y.text.slice(p.offset, p.offset + p.length)), p.valueNode && JSON.stringify(y.text.slice(p.valueNode.offset, p.valueNode.offset + p.valueNode.length)), p.colonOffset);
  console.log(JSON.stringify(y.text.slice(s.offset, s.offset + s.length)));
  const j = parse('{"server": {"name": "a" , "x": {}}}', 'json');
  const sj = (j.root as any).properties[0].valueNode;
  for (const p of sj.properties) console.log(JSON.stringify(j.text.slice(p.offset, p.offset + p.length)));
  const b = parse('server:\n  root_volume:\n', 'yaml');
  console.log(JSON.stringify(b.root, (k, v) => k === 'parent' ? undefined : v));
});
