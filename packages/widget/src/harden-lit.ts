import { html, noChange, render } from 'lit';
import type { Part } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Lit's attribute parts keep their template's strings in `this.strings` only when a binding has several parts,
 * and read it back to tell: with `Object.prototype.strings` set, every attribute of every Lit template on the
 * page takes that value (and the widget hung for over 10 s). An own `strings` of undefined on the parts'
 * prototype, found through a directive (Lit's public API hands it the part), shadows the polluted one.
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
  render(html`<i title=${directive(ShadowInheritedStrings)()}></i>`, document.createDocumentFragment());
}
