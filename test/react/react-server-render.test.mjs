// The built `@dbi-kit/elements/react` (npm run build) loads in Node and renders on the server
// (as Next.js and other React frameworks do before hydrating): the bare tag, which the element
// upgrades in the browser. React is the app's own copy, never bundled into the entry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import React from 'react';
import { renderToString } from 'react-dom/server';

const entry = fileURLToPath(new URL('../../packages/elements/dist/react/index.js', import.meta.url));

test('the react entry imports react and @lit/react rather than bundling them', () => {
  const code = readFileSync(entry, 'utf8');
  assert.match(code, /^import \w+ from 'react';$/mu);
  assert.match(code, /^import \{ createComponent \} from '@lit\/react';$/mu);
  assert.doesNotMatch(code, /__SECRET_INTERNALS|react\.development/u);
});

test('each wrapper renders its tag on the server', async () => {
  const wrappers = await import('@dbi-kit/elements/react');
  for (const [name, tag] of [
    ['DbiAssessment', 'dbi-assessment'],
    ['DbiPlatformPicker', 'dbi-platform-picker'],
    ['DbiSubsidyCalculator', 'dbi-subsidy-calculator'],
    ['DbiBadge', 'dbi-badge'],
  ]) {
    assert.ok(wrappers[name], `@dbi-kit/elements/react exports ${name}`);
    assert.match(renderToString(React.createElement(wrappers[name])), new RegExp(`^<${tag}(\\s[^>]*)?></${tag}>$`, 'u'));
  }
});
