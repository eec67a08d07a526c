// custom-elements.json describes the published package: paths of built files that exist, the eight
// elements and the modules registering them, and no internal name. Framework types and IDE data
// are generated from it, so every element keeps its attributes, properties and typed events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const text = JSON.stringify(manifest);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.customElement);

test('every module path is a built file of the package', () => {
  assert.ok(manifest.modules.length >= 16);
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/components\/[a-z-]+\/[a-z-]+\.js$/);
    assert.ok(existsSync(new URL(module.path, root)), `${module.path} exists after the build`);
  }
  const references = [...text.matchAll(/"module":"([^"]+)"/g)].map((match) => match[1]);
  for (const path of references) assert.match(path, /^dist\/.+\.js$/, path);
  assert.doesNotMatch(text, /\.ts"/);
});

test('only public API: the eight elements, no helper, base class or internal type', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), [
    'mfa-action-guard',
    'mfa-devices',
    'mfa-flow',
    'mfa-otp-input',
    'mfa-passkey-prompt',
    'mfa-provider',
    'mfa-recovery-codes',
    'mfa-totp-enroll',
  ]);
  const declared = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).map((d) => d.name),
  );
  assert.deepEqual(declared.sort(), elements.map((element) => element.name).sort());
  for (const internal of [
    'inheritedLang',
    'MfaElement',
    'MfaClientElement',
    'MfaViewElement',
    'MfaFormAssociatedElement',
    'FlowStep',
    'LazyView',
    'missingClient',
    'toggleState',
    'describeError',
    'trackPending',
    '"msg"',
  ]) {
    assert.ok(!text.includes(internal), `the manifest names ${internal}`);
  }
});

test('elements keep their attributes, properties and typed events', () => {
  for (const element of elements) {
    const events = element.events ?? [];
    for (const event of events)
      assert.match(
        event.type?.text ?? '',
        /^Mfa[A-Za-z]+Event$|^Event$|^InputEvent$/,
        `${element.tagName} ${event.name}`,
      );
    const members = new Set((element.members ?? []).map((member) => member.name));
    if (element.tagName !== 'mfa-otp-input')
      assert.ok(members.has('client'), `${element.tagName}.client`);
    assert.ok(
      !(element.attributes ?? []).some((attribute) => attribute.name === 'client'),
      `${element.tagName}: client is a property only`,
    );
  }
  const flow = elements.find((element) => element.tagName === 'mfa-flow');
  assert.deepEqual(flow.events.map((event) => event.name).sort(), [
    'mfa-error',
    'mfa-flow-complete',
    'mfa-verified',
  ]);
  assert.ok(
    flow.attributes.some(
      (attribute) => attribute.name === 'heading-level' && attribute.fieldName === 'headingLevel',
    ),
  );
});
