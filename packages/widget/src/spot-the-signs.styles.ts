import { css } from 'lit';

/**
 * Public theming API: the `--sts-*` custom properties below and the `::part` names in the element's
 * JSDoc. The base font size is the reader's browser default (`medium`), which a partner's `html { font-size }`
 * cannot shrink.
 * Only logical properties (inline/block), so right-to-left languages lay out mirrored.
 */
export const styles = css`
  :host {
    --_text: var(--sts-color-text, #0b0c0c);
    --_muted: var(--sts-color-muted, #484949);
    --_background: var(--sts-color-background, #ffffff);
    --_surface: var(--sts-color-surface, #f3f2f1);
    --_border: var(--sts-color-border, #b1b4b6);
    --_link: var(--sts-color-link, #1d4e89);
    --_accent: var(--sts-color-accent, #1d4e89);
    --_accent-text: var(--sts-color-accent-text, #ffffff);
    --_emergency: var(--sts-color-emergency, #a8200d);
    --_exit: var(--sts-color-exit, #a8200d);
    --_exit-text: var(--sts-color-exit-text, #ffffff);
    --_focus: var(--sts-color-focus, #ffdd00);
    --_focus-text: var(--sts-color-focus-text, #0b0c0c);
    --_radius: var(--sts-radius, 4px);
    --_space: var(--sts-space, 16px);

    /* A host page may restyle the element itself (\`* { all: unset }\`); !important in the shadow scope wins. */
    display: block !important;
    box-sizing: border-box;
    container-type: inline-size;
    visibility: visible !important;
    opacity: 1 !important;
  }

  /*
   * Typography lives on the root inside the shadow tree, where the host page's selectors cannot reach.
   * The base size is \`medium\`: the reader's own default text size from the browser's settings (16px unless
   * they changed it). It is absolute, so neither a partner's \`html { font-size }\` nor the size of the text
   * around the widget can shrink it; a partner can still set --sts-font-size.
   */
  .root {
    color: var(--_text);
    background: var(--_background);
    font-family: var(--sts-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: var(--sts-font-size, medium);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--sts-color-text, #f3f2f1);
      --_muted: var(--sts-color-muted, #c8c8c8);
      --_background: var(--sts-color-background, #1b1b1b);
      --_surface: var(--sts-color-surface, #2b2b2b);
      --_border: var(--sts-color-border, #6f777b);
      --_link: var(--sts-color-link, #8ab8f0);
      --_accent: var(--sts-color-accent, #8ab8f0);
      --_accent-text: var(--sts-color-accent-text, #0b0c0c);
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [hidden] {
    display: none !important;
  }

  .root {
    display: block;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-inline-size: 100%;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    margin-block: 0 calc(var(--_space) * 0.75);
    font-family: inherit;
    font-weight: 700;
    line-height: 1.25;
    color: inherit;
  }

  .title {
    font-size: 1.75em;
  }

  .section-title {
    font-size: 1.375em;
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .part-title {
    font-size: 1.25em;
    margin-block-start: calc(var(--_space) * 1.25);
  }

  .group-title {
    font-size: 1.125em;
    margin-block-start: var(--_space);
  }

  p,
  ul {
    margin-block: 0 var(--_space);
  }

  ul {
    padding-inline-start: 1.25em;
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-decoration-thickness: max(1px, 0.0625em);
  }

  a,
  button,
  select,
  summary {
    /* WCAG 2.2 target size: at least 24 by 24 CSS pixels. */
    min-block-size: 24px;
  }

  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
    text-decoration: none;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_space);
  }

  /*
   * The quick exit stays in view while the reader scrolls through the widget (GOV.UK's Exit this page is
   * position: sticky for the same reason: a phone has no Shift key, so the button is the only exit there).
   * It is sticky within the widget, never fixed over the partner's page: it is the widget's first line, and
   * scrolls away only with the widget itself. On a narrow widget it is a full-width bar; on a wide one it
   * floats at the inline end, beside the language picker. --sts-exit-top clears a partner's fixed header.
   */
  .exit {
    position: sticky;
    inset-block-start: var(--sts-exit-top, 0);
    z-index: 1;
    display: flex;
    margin-block-end: calc(var(--_space) / 2);
  }

  /* What scrolls under the sticky exit can still be brought into view above it (focus, in-page links). */
  .root :is(a, button, select, summary, [tabindex], h1, h2, h3, h4, h5, h6) {
    scroll-margin-block-start: 5em;
  }

  .exit-button {
    display: inline-flex;
    flex: 1 1 auto;
    justify-content: center;
    align-items: center;
    flex-wrap: wrap;
    gap: 8px;
    min-block-size: 44px;
    padding-block: 8px;
    padding-inline: 16px;
    border-radius: var(--_radius);
    background: var(--_exit);
    color: var(--_exit-text);
    font-weight: 700;
    text-decoration: none;
    box-shadow: 0 2px 0 #000;
  }

  .exit-button:hover {
    text-decoration: underline;
  }

  .exit-hint {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .indicator-lights {
    display: inline-flex;
    gap: 4px;
  }

  .indicator-lights span {
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    border: 2px solid currentColor;
  }

  .indicator-lights span.on {
    background: currentColor;
  }

  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }

  select {
    /* Sized to the language shown, so the browser need not lay out all 28 names (in many scripts) on load. */
    field-sizing: content;
  }

  select,
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding-block: 4px;
    padding-inline: 8px;
  }

  .view-switch {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin-block-end: var(--_space);
    border: 0;
    padding: 0;
  }

  .view-switch legend {
    padding: 0;
    margin-inline-end: 8px;
    font-weight: 700;
    float: inline-start;
  }

  .view-switch button {
    min-block-size: 44px;
    min-inline-size: 44px;
  }

  .view-switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }

  .guide-open button,
  .guide-nav button,
  .guide-choices button {
    min-block-size: 44px;
    min-inline-size: 44px;
  }

  .guide fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }

  .guide legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 8px;
  }

  .guide-choices {
    display: grid;
    gap: 8px;
  }

  .guide-choices button {
    text-align: start;
  }

  .guide-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-block: var(--_space);
  }

  .channel .why {
    font-weight: 700;
  }

  .emergency {
    padding: var(--_space);
    margin-block-end: var(--_space);
    border-inline-start: 8px solid var(--_emergency);
    background: var(--_surface);
    font-weight: 700;
    font-size: 1.125em;
  }

  .emergency a {
    color: inherit;
  }

  .shortcut {
    margin-block-end: var(--_space);
  }

  .shortcut p,
  .shortcut ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .shortcut a {
    display: inline-block;
    padding-block: 10px;
    font-weight: 700;
  }

  .note {
    padding: var(--_space);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface);
  }

  .notice {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_accent);
    margin-block-end: var(--_space);
  }

  details {
    border-block-end: 1px solid var(--_border);
    padding-block: 8px;
  }

  summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: 4px;
  }

  details > :not(summary) {
    margin-block-start: 8px;
    padding-inline-start: 1.25em;
  }

  .sources {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .channels {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .channel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .channel-name {
    font-size: 1.125em;
    margin-block-end: 4px;
  }

  .channel p {
    margin-block-end: 8px;
  }

  .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    list-style: none;
    padding: 0;
  }

  .contact-links a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding-block: 8px;
    padding-inline: 12px;
    border: 2px solid var(--_link);
    border-radius: var(--_radius);
    font-weight: 700;
  }

  .phone {
    font-size: 1.25em;
  }

  /* A phone number is read and dialled as one: it never breaks across lines (the words around it still do). */
  a[data-link='phone'] bdi,
  a[data-link='sms'] bdi,
  a[data-link='text-relay'] bdi {
    white-space: nowrap;
  }

  /* The skip link to the first helplines: off screen until it has focus. */
  .skip-link:not(:focus) {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }

  .skip-link {
    display: inline-block;
    margin-block-end: calc(var(--_space) / 2);
  }

  .small {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .overlay {
    inset: 0;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 2em;
    border: 0;
    background: Canvas;
    color: CanvasText;
    font-size: x-large;
  }

  .overlay::backdrop {
    background: Canvas;
  }

  @container (min-width: 30em) {
    .exit {
      float: inline-end;
      margin-inline-start: var(--_space);
    }
    /* The Shift hint sits next to the exit it describes: after the picker, at the inline end. */
    .toolbar .exit-hint {
      order: 1;
    }
  }

  @container (max-width: 30em) {
    .root {
      padding: calc(var(--_space) / 2);
    }
    .title {
      font-size: 1.5em;
    }
  }

  @media (forced-colors: active) {
    .exit-button,
    .view-switch button[aria-pressed='true'],
    .contact-links a {
      border: 2px solid ButtonText;
      forced-color-adjust: auto;
    }
    .emergency,
    .note {
      border: 2px solid CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    select:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  /* Printed, the widget is a checklist or poster: no quick exit, no pickers, every sign open, numbers large. */
  @media print {
    /* The guide's result prints, and the signs under it too: a printout is a checklist. */
    .sections[data-under-guide] {
      display: block !important;
    }
    .exit,
    .toolbar,
    .view-switch,
    .guide-open,
    .guide-nav,
    .guide-question,
    .shortcut,
    .overlay,
    [part='draft-notice'] button {
      display: none !important;
    }
    .root {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
    }
    summary {
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    summary::before {
      content: '\\2610\\00a0';
      font-weight: 400;
    }
    details {
      break-inside: avoid;
    }
    .channel {
      break-inside: avoid;
    }
    .phone,
    .emergency {
      font-size: 1.5em;
    }
    .contact-links a {
      border: 0;
      padding: 0;
      min-block-size: 0;
      color: #000;
      text-decoration: none;
    }
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
