import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { SpotTheSigns } from './widget-under-test.js';

/** Renders markup holding one <spot-the-signs> and waits until its language has loaded and rendered. */
export async function widget(template: TemplateResult): Promise<SpotTheSigns> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = wrapper.querySelector('spot-the-signs') as SpotTheSigns;
  await element.updateComplete;
  return element;
}

export const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
export const $ = (element: Element, selector: string) => shadow(element).querySelector(selector);
export const $$ = (element: Element, selector: string) => [...shadow(element).querySelectorAll(selector)];
export const text = (element: Element, selector = '.root') => ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Captures console.warn calls while a callback runs. */
export async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return messages;
}

export { html, SpotTheSigns };
