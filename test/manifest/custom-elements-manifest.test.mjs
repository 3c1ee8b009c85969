// packages/elements/custom-elements.json (written by `npm run build`) documents every tag that
// src/define.ts registers, and agrees with the element README: a tag, attribute, property,
// event, part or design token that is added without its JSDoc (or its README row) fails here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
const read = (path) => readFileSync(join(pkg, path), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const readme = read('README.md');

/** The tags src/define.ts registers: it imports one `./dbi-<tag>.js` module per tag. */
const definedTags = [...read('src/define.ts').matchAll(/^import '\.\/(dbi-[a-z-]+)\.js';$/gmu)].map((match) => match[1]);

/** The manifest's class declaration for a tag, with its module path. */
function declarationOf(tag) {
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement && declaration.tagName === tag) return { declaration, path: mod.path };
    }
  }
  return undefined;
}

/** The lines of the README between `## \`<tag>\`` and the next `## ` heading. */
function readmeSection(tag) {
  const start = readme.indexOf(`## \`<${tag}>\``);
  if (start < 0) return undefined;
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The text under `### <heading>` inside a section, up to the next heading. */
function subsection(section, heading) {
  const start = section.indexOf(`### ${heading}`);
  if (start < 0) return undefined;
  const end = section.indexOf('\n##', start + 1);
  return section.slice(start, end < 0 ? undefined : end);
}

/** Backticked names in the table columns whose header matches `columns`, `.prop` read as `prop`. */
function tableNames(text, columns) {
  const rows = text.split('\n').filter((line) => line.startsWith('|'));
  const header = rows[0].split('|').slice(1, -1).map((cell) => cell.trim());
  const wanted = header.flatMap((cell, index) => (columns.test(cell) ? [index] : []));
  const names = new Set();
  for (const row of rows.slice(2)) {
    const cells = row.split('|').slice(1, -1);
    for (const index of wanted) for (const match of (cells[index] ?? '').matchAll(/`\.?([^`]+)`/gu)) names.add(match[1]);
  }
  return names;
}

/** Every first capture of `pattern` in the TypeScript files of one of the package's folders. */
function foundIn(folder, pattern) {
  const found = new Set();
  for (const file of readdirSync(join(pkg, folder), { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    for (const match of readFileSync(join(pkg, folder, file), 'utf8').matchAll(pattern)) found.add(match[1]);
  }
  return found;
}

const PART = /\bpart="([^"]+)"/gu;
const CUSTOM_PROPERTY = /var\((--dbi-[a-z0-9-]+)/gu;

/** The design tokens every element inherits from src/styles/tokens.ts. */
const sharedTokens = foundIn('src/styles', CUSTOM_PROPERTY);

const publicFields = (declaration) =>
  (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public');

test('src/define.ts registers the tags this test expects to find', () => {
  assert.ok(definedTags.includes('dbi-assessment') && definedTags.includes('dbi-platform-picker') && definedTags.includes('dbi-subsidy-calculator'), `define.ts imports: ${definedTags.join(', ')}`);
});

test('package.json points customElements at the manifest and publishes it', () => {
  const manifestField = JSON.parse(read('package.json')).customElements;
  assert.equal(manifestField, 'custom-elements.json');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkg, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  assert.ok(packed.files.some((file) => file.path === 'custom-elements.json'), 'custom-elements.json is in the package');
});

for (const tag of definedTags) {
  test(`<${tag}> is in the manifest with a definition, a summary and a README section`, () => {
    const found = declarationOf(tag);
    assert.ok(found, `${tag} has no class declaration in custom-elements.json (missing @tag or customElements.define?)`);
    const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition' && entry.name === tag));
    assert.equal(definitions.length, 1, `${tag} is defined by exactly one module`);
    assert.equal(definitions[0].declaration.name, found.declaration.name);
    assert.ok(found.declaration.description?.trim(), `${tag} has a description`);
    assert.ok(found.declaration.summary?.trim(), `${tag} has a @summary`);
    assert.ok(readmeSection(tag), `README.md has a "## \`<${tag}>\`" section`);
  });

  test(`<${tag}>'s events are documented in its JSDoc and its README table`, () => {
    const { declaration } = declarationOf(tag);
    const events = declaration.events ?? [];
    // A nameless event is one the element dispatches (`new SomeEvent(…)`) without an @event tag.
    assert.deepEqual(events.filter((event) => !event.name).map((event) => event.type?.text), [], 'every dispatched event has an @event tag');
    for (const event of events) {
      assert.match(event.name, /^dbi-[a-z-]+$/u);
      assert.ok(event.description?.trim(), `${event.name} has a description`);
      assert.match(event.type?.text ?? '', /^Dbi[A-Za-z]+Event$/u, `${event.name} names its event class`);
    }
    const table = subsection(readmeSection(tag), 'Events');
    // An element that fires no event may leave the section out.
    if (!table && events.length === 0) return;
    assert.ok(table, `README documents <${tag}>'s events`);
    const inReadme = [...tableNames(table, /^event$/u)].filter((name) => name.startsWith('dbi-'));
    assert.deepEqual(inReadme.sort(), events.map((event) => event.name).sort());
    for (const event of events) {
      const row = table.split('\n').find((line) => line.includes(`\`${event.name}\``));
      assert.ok(row.includes(event.type.text), `README's row for ${event.name} names ${event.type.text}`);
    }
  });

  test(`<${tag}>'s attributes and properties match its README table`, () => {
    const { declaration } = declarationOf(tag);
    const table = subsection(readmeSection(tag), 'Attributes and properties');
    assert.ok(table, `README documents <${tag}>'s attributes and properties`);
    const inReadme = tableNames(table, /attribute|property/u);
    const attributes = (declaration.attributes ?? []).map((attribute) => attribute.name);
    for (const attribute of attributes) assert.ok(inReadme.has(attribute), `README documents the ${attribute} attribute`);
    const fields = publicFields(declaration);
    for (const field of fields) {
      const attribute = declaration.attributes?.find((entry) => entry.fieldName === field.name)?.name;
      assert.ok(inReadme.has(field.name) || (attribute && inReadme.has(attribute)), `README documents the ${field.name} property`);
      assert.ok(field.description?.trim(), `${field.name} has a JSDoc description`);
    }
    const known = new Set([...attributes, ...fields.map((field) => field.name)]);
    for (const name of inReadme) assert.ok(known.has(name), `README names ${name}, which the manifest does not list for <${tag}>`);
  });

  test(`<${tag}>'s parts and custom properties are documented`, () => {
    const { declaration, path } = declarationOf(tag);
    const documentedParts = new Set((declaration.cssParts ?? []).map((part) => part.name));
    const folder = path.slice(0, path.lastIndexOf('/'));
    for (const part of foundIn(folder, PART)) assert.ok(documentedParts.has(part), `part "${part}" (used in ${folder}) has a @csspart tag`);
    const readmeParts = subsection(readmeSection(tag), 'Parts');
    assert.ok(readmeParts, `README has a Parts section for <${tag}>`);
    for (const part of documentedParts) assert.ok(readmeParts.includes(`\`${part}\``), `README lists the ${part} part`);
    const documentedProps = new Set((declaration.cssProperties ?? []).map((property) => property.name));
    for (const token of sharedTokens) assert.ok(documentedProps.has(token), `${token} (a shared token) has a @cssprop tag`);
    for (const property of foundIn(folder, CUSTOM_PROPERTY)) assert.ok(documentedProps.has(property), `${property} (used in ${folder}) has a @cssprop tag`);
  });
}
