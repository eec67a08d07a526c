import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';

// A constructor can be registered once per registry, so each test makes its own classes.
const makeClass = () => class extends HTMLElement {};

function captureWarnings<T>(action: () => T): { result: T; warnings: unknown[][] } {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
  };
  try {
    return { result: action(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('defineElement (registration guard)', () => {
  it('defines a free tag', () => {
    const First = makeClass();
    const { warnings } = captureWarnings(() => defineElement('test-guard-free', First));
    expect(customElements.get('test-guard-free')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('defining the same class twice does not throw and does not warn', () => {
    const First = makeClass();
    defineElement('test-guard-twice', First);
    const { warnings } = captureWarnings(() => {
      expect(() => defineElement('test-guard-twice', First)).not.to.throw();
    });
    expect(customElements.get('test-guard-twice')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('another class under a taken tag is left alone, with a warning naming the tag', () => {
    const First = makeClass();
    const Second = makeClass();
    defineElement('test-guard-taken', First);
    const { warnings } = captureWarnings(() => {
      expect(() => defineElement('test-guard-taken', Second)).not.to.throw();
    });
    expect(customElements.get('test-guard-taken')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('<test-guard-taken>');
  });

  it('importing the registering modules twice (two copies of the kit) is harmless', async () => {
    await import('../../components/provider/mfa-provider.js');
    const Provider = customElements.get('mfa-provider');
    expect(Provider).to.exist;
    // A second copy of the kit: a different class, same tag.
    const { warnings } = captureWarnings(() => {
      expect(() => defineElement('mfa-provider', makeClass())).not.to.throw();
    });
    expect(customElements.get('mfa-provider')).to.equal(Provider);
    expect(warnings).to.have.length(1);
  });
});
