/**
 * The shape of the kit's text, as data a translator can write without code:
 *
 * - a string: `'Copy'`, or with placeholders in braces: `'“{name}” was deleted.'`;
 * - a plural: one string per CLDR plural category of the language (`zero`, `one`, `two`, `few`,
 *   `many`, `other`; `other` is always required), chosen by `Intl.PluralRules` from `{count}`.
 *
 * Placeholders are formatted for the language: `{count}` and other numbers with
 * `Intl.NumberFormat`, `{time}` (a wait in seconds) with `Intl.RelativeTimeFormat` ("in 45
 * seconds"), `{date}` with `Intl.DateTimeFormat`; names (`{name}`, `{issuer}`, …) as they are.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export type PluralMessage = { readonly [category in Exclude<PluralCategory, 'other'>]?: string } & {
  readonly other: string;
};

export type Message = string | PluralMessage;

/** What a placeholder can be given: numbers and dates are formatted for the language. */
export type MessageParam = string | number | Date;

export type MessageParams = Readonly<Record<string, MessageParam>>;

/** `'a {x} b {y}'` → `'x' | 'y'`. */
type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The placeholders of an English message; a plural also takes `count`. */
export type ParamsOf<M> = M extends string
  ? Placeholders<M>
  : M extends PluralMessage
    ? Placeholders<M[keyof M]> | 'count'
    : never;

type ParamValue<Name> = Name extends 'count' | 'time'
  ? number
  : Name extends 'date'
    ? Date
    : string;

/** A message ready to show: a string, or a function of its placeholders when it has any. */
export type Formatted<M> = [ParamsOf<M>] extends [never]
  ? string
  : (params: { readonly [P in ParamsOf<M>]: ParamValue<P> }) => string;

/** What a language provides for a message whose English is `M`: a string, or a plural when English has one. */
export type Translated<M> = M extends PluralMessage ? PluralMessage : string;
