/**
 * `{time}` and `{date}` in messages (see message-types.ts), registered with the views' shared
 * strings: a wait as the language says it ("in 45 seconds", "dans 2 minutes", "через 45 секунд")
 * with `Intl.RelativeTimeFormat`, and a date with `Intl.DateTimeFormat`.
 */
import { cached, registerParamFormat } from './format.js';

registerParamFormat('time', (locale, value) => {
  const format = cached(`r${locale}`, () => new Intl.RelativeTimeFormat(locale));
  const whole = Math.max(0, Math.ceil(Number(value)));
  return whole < 60
    ? format.format(whole, 'second')
    : format.format(Math.ceil(whole / 60), 'minute');
});

registerParamFormat('date', (locale, value) =>
  cached(`d${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(value),
);
