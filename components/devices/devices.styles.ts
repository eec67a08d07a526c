import { css } from 'lit';

/** Styles of `<mfa-devices>`'s view (the element itself only styles its loading line). */
export const styles = css``;
