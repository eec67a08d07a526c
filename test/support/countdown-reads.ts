import { expect } from '@open-wc/testing';

/**
 * Checking that a countdown ticks on screen without requiring a number that a late wake-up
 * rightly skips (src/controllers/countdown.ts jumps, e.g. from 2 to 0, when its timer fires late).
 */

export interface Read {
  /** When the read was due (`Date.now()` as it was set, plus its delay: at most when it was due). */
  due: number;
  /** When it ran. */
  at: number;
  /** What it read; undefined when nothing was shown. */
  text: string | undefined;
}

/**
 * Reads by a timer of the test's own, every 50 ms, each with the time it was due. Timers run in
 * the order they are due, so a read due after one of a countdown's whole-second wake-ups runs
 * after that wake-up and its render (a microtask), however late both run: it sees that wake-up's
 * number or a smaller one.
 */
export function readEvery(read: () => string | undefined): { samples: Read[]; stop(): void } {
  const samples: Read[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = (): void => {
    const due = Date.now() + 50;
    timer = setTimeout(() => {
      samples.push({ due, at: Date.now(), text: read() });
      next();
    }, 50);
  };
  next();
  return { samples, stop: () => clearTimeout(timer) };
}

const collapsed = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Room for clock granularity between the countdown's wake-ups and the reads, in ms. */
const SLACK = 100;

/**
 * The countdown ticked: it started at the latest when a read first saw it, so it woke at the
 * latest k seconds after that read, and any read due later (plus SLACK) shows at most
 * `length - k` seconds, or nothing. `secondsOf` turns a shown text into its seconds (NaN for a
 * text that is not a countdown value, which fails).
 */
export function expectTicked(
  samples: Read[],
  length: number,
  secondsOf: (text: string) => number,
): void {
  const first = samples.find((sample) => sample.text);
  // A read is due every 50 ms and timers run in due order, so one runs while the countdown shows.
  if (!first) throw new Error('no read saw the countdown');
  for (const sample of samples) {
    const passed = Math.floor((sample.due - first.at - SLACK) / 1000);
    if (!sample.text || passed < 1) continue;
    const shown = collapsed(sample.text);
    expect(
      secondsOf(shown),
      `"${shown}" read ${sample.due - first.at} ms after the countdown was first seen`,
    ).to.be.at.most(length - passed);
  }
}

/**
 * A countdown text's seconds by the words that show `n` seconds (1–`length`), NaN for any other
 * text. Compared with whitespace collapsed, as `textHistory` records texts.
 */
export function secondsIn(
  words: (seconds: number) => string,
  length: number,
): (text: string) => number {
  const shown = Array.from({ length }, (_, i) => collapsed(words(i + 1)));
  return (text) => shown.indexOf(collapsed(text)) + 1 || Number.NaN;
}

/**
 * What a countdown of `length` seconds showed (`textHistory`'s texts): `length` at first, then
 * fewer each time it changed, every text one of its values. A value a late wake-up skipped is
 * allowed; one shown out of order, twice or not at all at the start is not.
 */
export function expectCountedDown(
  texts: string[],
  length: number,
  secondsOf: (text: string) => number,
): void {
  const what = `the countdown showed ${JSON.stringify(texts)}`;
  const seconds = texts.map(secondsOf);
  expect(seconds.length, `${what}: shown`).to.be.above(0);
  expect(seconds[0], `${what}: at first`).to.equal(length);
  seconds.forEach((value, i) => {
    expect(value, `${what}: value ${i}`).to.be.within(1, i === 0 ? length : seconds[i - 1] - 1);
  });
}
