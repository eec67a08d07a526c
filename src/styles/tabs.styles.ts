import { css } from 'lit';

/**
 * The selected method tab (`method-tabs.ts`: `.method-tabs` > `.method-tab[role='tab']`) differs
 * from the others by more than its weight: a 3px indicator along its bottom and its text in the
 * accent colour (both ≥ 3:1 against the tab and the tab list), and a border in the control
 * colour. In forced colours the indicator and the border are the system `Highlight`.
 *
 * The tabs' layout is still in `verifyMethodsStyles` (adopted after the element's styles), so
 * these rules carry one more attribute than its `.method-tabs .method-tab[aria-selected]` to win
 * whatever the order. Once that piece adopts this module itself, the extra `[role='tab']` can go.
 */
export const methodTabs = css`
  .method-tabs .method-tab[role='tab'][aria-selected='true'] {
    border-color: var(--_control-border);
    color: var(--_accent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }

  @media (forced-colors: active) {
    .method-tabs .method-tab[role='tab'] {
      border-color: Canvas;
    }

    .method-tabs .method-tab[role='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Canvas;
      color: CanvasText;
      box-shadow: inset 0 -3px 0 Highlight;
    }
  }
`;
