/**
 * A reusable suite for form-associated custom elements: call `formControlSuite({...})` inside a
 * `describe` and it checks, against a real `<form>`, what a native `<input>` guarantees — form
 * and labels, `name`, `FormData`, the `value` attribute as default, reset, `disabled` (own and
 * `<fieldset>`), `required`, `readonly`, custom validity, the `invalid` event, blocked submission
 * and state restoration.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { expectSameNode } from './same-node.js';

/** What the suite expects of a control (the `MfaFormAssociatedElement` API). */
export interface FormControl extends HTMLElement {
  name: string;
  value: string;
  defaultValue: string;
  disabled: boolean;
  required: boolean;
  readonly: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  formStateRestoreCallback(state: unknown, reason: 'restore' | 'autocomplete'): void;
  updateComplete: Promise<unknown>;
}

export interface FormControlSuiteOptions<T extends FormControl> {
  /** The registered tag. */
  tag: string;
  /** Make a new control (attributes are added by the suite). Default: `document.createElement(tag)`. */
  create?: () => T;
  /** A value that meets every constraint. */
  validValue: string;
  /** Another valid value, different from `validValue`. */
  otherValue: string;
  /** Values a script may set that must be invalid, with the flag each raises. */
  invalidValues?: Array<{ value: string; flag: keyof ValidityState }>;
  /** Change the value the way a user does (the control has focus rights). Default: sets `.value`. */
  edit?: (control: T, value: string) => Promise<void>;
  /**
   * The control holds a one-time secret (a code): it saves no state for the browser to restore on
   * back/forward or reload, and ignores a restore (an autofill still fills it).
   */
  neverRestored?: boolean;
}

/** Remembers the last `setFormValue(value, state)` of every control, to replay it as a browser restore. */
const saved = new WeakMap<HTMLElement, { value: unknown; state: unknown }>();

export function formControlSuite<T extends FormControl>(options: FormControlSuiteOptions<T>): void {
  const { tag, validValue, otherValue } = options;
  const create = options.create ?? (() => document.createElement(tag) as T);
  const edit =
    options.edit ??
    (async (control: T, value: string) => {
      control.value = value;
    });
  const roots: HTMLElement[] = [];
  const originalAttachInternals = HTMLElement.prototype.attachInternals;

  before(() => {
    HTMLElement.prototype.attachInternals = function attachInternals(this: HTMLElement) {
      const internals = originalAttachInternals.call(this);
      const setFormValue = internals.setFormValue.bind(internals);
      const element = this;
      internals.setFormValue = (value, state) => {
        saved.set(element, { value, state: state === undefined ? value : state });
        setFormValue(value, state);
      };
      return internals;
    };
  });

  after(() => {
    HTMLElement.prototype.attachInternals = originalAttachInternals;
  });

  afterEach(() => {
    for (const root of roots.splice(0)) root.remove();
  });

  async function setup(
    attributes: Record<string, string | true> = {},
  ): Promise<{ form: HTMLFormElement; control: T }> {
    const form = document.createElement('form');
    const control = create();
    for (const [name, value] of Object.entries(attributes))
      control.setAttribute(name, value === true ? '' : value);
    form.append(control);
    document.body.append(form);
    roots.push(form);
    await control.updateComplete;
    return { form, control };
  }

  const entries = (form: HTMLFormElement) => Array.from(new FormData(form).entries());

  describe(`<${tag}> as a form control`, () => {
    it('is form-associated', async () => {
      const { control } = await setup();
      expect(
        (control.constructor as unknown as { formAssociated?: boolean }).formAssociated,
      ).to.equal(true);
    });

    it('reports its form, and none outside one', async () => {
      const { form, control } = await setup();
      expectSameNode(control.form, form, 'the form');
      document.body.append(control);
      roots.push(control);
      expectSameNode(control.form, null, 'the form');
    });

    it('follows the form attribute to a form elsewhere', async () => {
      const { form, control } = await setup();
      const other = document.createElement('form');
      other.id = 'other-form';
      document.body.append(other);
      roots.push(other);
      control.setAttribute('form', 'other-form');
      expectSameNode(control.form, other, 'the form');
      control.setAttribute('name', 'code');
      control.value = validValue;
      expect(entries(other)).to.deep.equal([['code', validValue]]);
      expect(entries(form)).to.deep.equal([]);
    });

    it('lists its labels: for=id and a wrapping label', async () => {
      const { form, control } = await setup();
      control.id = 'control-under-test';
      const byFor = document.createElement('label');
      byFor.htmlFor = 'control-under-test';
      const wrapping = document.createElement('label');
      form.append(byFor, wrapping);
      wrapping.append(control);
      expect(control.labels).to.be.instanceOf(NodeList);
      expect(Array.from(control.labels)).to.have.members([byFor, wrapping]);
    });

    it('keeps name and its attribute in step, synchronously', async () => {
      const { form, control } = await setup();
      expect(control.name).to.equal('');
      control.name = 'code';
      expect(control.getAttribute('name')).to.equal('code');
      control.setAttribute('name', 'otp');
      expect(control.name).to.equal('otp');
      control.value = validValue;
      expect(entries(form)).to.deep.equal([['otp', validValue]]);
    });

    it('submits nothing without a name', async () => {
      const { form, control } = await setup();
      control.value = validValue;
      expect(entries(form)).to.deep.equal([]);
    });

    it('puts its value in FormData as soon as it is set, and an empty value as ""', async () => {
      const { form, control } = await setup({ name: 'code' });
      expect(entries(form)).to.deep.equal([['code', '']]);
      control.value = validValue;
      expect(entries(form)).to.deep.equal([['code', validValue]]);
      control.value = otherValue;
      expect(entries(form)).to.deep.equal([['code', otherValue]]);
    });

    it('submits the value with the form', async () => {
      const { form, control } = await setup({ name: 'code' });
      await edit(control, validValue);
      let submitted: Array<[string, FormDataEntryValue]> | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = Array.from(new FormData(form).entries());
      });
      form.requestSubmit();
      expect(submitted).to.deep.equal([['code', validValue]]);
    });

    it('starts from the value attribute, which a script value does not change', async () => {
      const { control } = await setup({ value: validValue });
      expect(control.value).to.equal(validValue);
      expect(control.defaultValue).to.equal(validValue);
      control.value = otherValue;
      expect(control.getAttribute('value')).to.equal(validValue);
    });

    it('follows the value attribute until the value is edited', async () => {
      const { control } = await setup({ value: validValue });
      control.setAttribute('value', otherValue);
      expect(control.value).to.equal(otherValue);
      control.value = validValue;
      control.setAttribute('value', '');
      expect(control.value).to.equal(validValue);
    });

    it('goes back to the value attribute on reset', async () => {
      const { form, control } = await setup({ name: 'code', value: validValue });
      await edit(control, otherValue);
      expect(control.value).to.equal(otherValue);
      form.reset();
      expect(control.value).to.equal(validValue);
      expect(entries(form)).to.deep.equal([['code', validValue]]);
    });

    it('goes back to empty on reset without a value attribute', async () => {
      const { form, control } = await setup({ name: 'code' });
      await edit(control, validValue);
      form.reset();
      expect(control.value).to.equal('');
      expect(entries(form)).to.deep.equal([['code', '']]);
    });

    it('follows the value attribute again after a reset', async () => {
      const { form, control } = await setup({ value: validValue });
      control.value = otherValue;
      form.reset();
      control.setAttribute('value', otherValue);
      expect(control.value).to.equal(otherValue);
    });

    it('is left out of FormData, not validated and not focusable when disabled', async () => {
      const { form, control } = await setup({ name: 'code', required: true });
      control.value = validValue;
      control.disabled = true;
      expect(control.hasAttribute('disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
      expect(control.matches(':disabled')).to.equal(true);
      expect(control.willValidate).to.equal(false);
      control.value = '';
      expect(control.checkValidity()).to.equal(true);
      await control.updateComplete;
      control.focus();
      expect(control.contains(document.activeElement), 'focus stays out').to.equal(false);
      control.disabled = false;
      control.value = validValue;
      expect(entries(form)).to.deep.equal([['code', validValue]]);
    });

    it('is disabled by a disabled fieldset', async () => {
      const { form, control } = await setup({ name: 'code' });
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(control);
      control.value = validValue;
      fieldset.disabled = true;
      await control.updateComplete;
      expect(control.matches(':disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
      control.focus();
      expect(control.contains(document.activeElement), 'focus stays out').to.equal(false);
      fieldset.disabled = false;
      await control.updateComplete;
      expect(control.matches(':disabled')).to.equal(false);
      expect(entries(form)).to.deep.equal([['code', validValue]]);
    });

    it('is valueMissing when required and empty, and blocks submission', async () => {
      const { form, control } = await setup({ name: 'code', required: true });
      expect(control.required).to.equal(true);
      expect(control.validity.valueMissing).to.equal(true);
      expect(control.validity.valid).to.equal(false);
      expect(control.validationMessage).to.not.equal('');
      expect(control.matches(':invalid')).to.equal(true);
      let invalidEvents = 0;
      control.addEventListener('invalid', () => invalidEvents++);
      expect(control.checkValidity()).to.equal(false);
      expect(invalidEvents).to.equal(1);
      expect(form.checkValidity()).to.equal(false);
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      form.requestSubmit();
      expect(submits).to.equal(0);
      control.value = validValue;
      expect(control.validity.valid).to.equal(true);
      expect(control.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submits).to.equal(1);
    });

    it('is valid when empty and not required', async () => {
      const { control } = await setup();
      expect(control.required).to.equal(false);
      expect(control.validity.valid).to.equal(true);
      control.required = true;
      expect(control.hasAttribute('required')).to.equal(true);
      expect(control.validity.valueMissing).to.equal(true);
      control.required = false;
      expect(control.validity.valid).to.equal(true);
    });

    it('is not validated when readonly', async () => {
      const { control } = await setup({ required: true });
      control.readonly = true;
      expect(control.hasAttribute('readonly')).to.equal(true);
      expect(control.willValidate).to.equal(false);
      expect(control.checkValidity()).to.equal(true);
    });

    it('takes a custom validity message and drops it again', async () => {
      const { form, control } = await setup({ name: 'code' });
      control.value = validValue;
      control.setCustomValidity('Already used');
      expect(control.validity.customError).to.equal(true);
      expect(control.validationMessage).to.equal('Already used');
      expect(form.checkValidity()).to.equal(false);
      control.setCustomValidity('');
      expect(control.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    for (const { value, flag } of options.invalidValues ?? []) {
      it(`is ${String(flag)} for the value ${JSON.stringify(value)}`, async () => {
        const { form, control } = await setup({ name: 'code' });
        control.value = value;
        expect(control.validity[flag]).to.equal(true);
        expect(control.validity.valid).to.equal(false);
        expect(control.validationMessage).to.not.equal('');
        expect(form.checkValidity()).to.equal(false);
        control.value = validValue;
        expect(control.validity.valid).to.equal(true);
      });
    }

    if (options.neverRestored) {
      it('saves no restorable state, and ignores a restore (a one-time code is never restored)', async () => {
        const { form, control } = await setup({ name: 'code' });
        await edit(control, validValue);
        expect(saved.get(control)?.value).to.equal(validValue, 'the form still submits the value');
        expect(saved.get(control)?.state).to.equal(null);
        control.remove();
        const restored = create();
        restored.setAttribute('name', 'code');
        form.append(restored);
        restored.formStateRestoreCallback(validValue, 'restore');
        await restored.updateComplete;
        expect(restored.value).to.equal('');
        expect(entries(form)).to.deep.equal([['code', '']]);
        await nextFrame();
      });
    }

    if (!options.neverRestored)
      it('restores the state it saved, in a new control', async () => {
        const { form, control } = await setup({ name: 'code' });
        await edit(control, validValue);
        const state = saved.get(control)?.state;
        expect(state).to.equal(validValue);
        control.remove();
        const restored = create();
        restored.setAttribute('name', 'code');
        form.append(restored);
        restored.formStateRestoreCallback(state, 'restore');
        await restored.updateComplete;
        expect(restored.value).to.equal(validValue);
        expect(entries(form)).to.deep.equal([['code', validValue]]);
        await nextFrame();
      });

    it('ignores a restore with no state it understands', async () => {
      const { control } = await setup({ value: validValue });
      control.formStateRestoreCallback(null, 'restore');
      expect(control.value).to.equal(validValue);
    });
  });
}
