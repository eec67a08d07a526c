import { css } from 'lit';

/** Styles of `<mfa-action-guard>`'s view (the element itself only styles its loading line). */
export const styles = css``;
