import { html, noChange, render } from 'lit';
import type { Part } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Lit reads \`part.strings\` to tell a multi-part attribute binding from a single value: its attribute parts set
 * it only when there are several parts, and its other parts (child, element) never do. With
 * \`Object.prototype.strings\` set by a bug on the host page, every part inherits it: attributes take its value,
 * child parts are handed the whole template's values (lists repeat) and the CDN build hung for over 10 s. An own
 * \`strings\` of undefined on each kind of part's prototype, reached through a directive (Lit's public API hands
 * it the part), shadows the polluted one.
 */
class ShadowInheritedStrings extends Directive {
  override update(part: Part): typeof noChange {
    const prototype = Object.getPrototypeOf(part) as object;
    if (!Object.hasOwn(prototype, 'strings')) {
      Object.defineProperty(prototype, 'strings', { value: undefined, writable: true, configurable: true });
    }
    return noChange;
  }
  render(): typeof noChange {
    return noChange;
  }
}

export function hardenLit(): void {
  const shadow = directive(ShadowInheritedStrings);
  // An attribute part, an element part and a child part: between them, every prototype Lit's parts have.
  render(html`<i title=${shadow()} ${shadow()}>${shadow()}</i>`, document.createDocumentFragment());
}
