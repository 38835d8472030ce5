/** The only schemes the widget ever links to. */
const ALLOWED_SCHEMES = new Set(['https:', 'tel:', 'sms:', 'mailto:']);

/**
 * The href to render, or undefined when the address is not one of the allowed schemes. Data and
 * configuration are validated before they get here; this is the last check before markup.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return ALLOWED_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const telHref = (tel: string) => safeHref(`tel:${tel}`);
export const smsHref = (tel: string) => safeHref(`sms:${tel}`);
export const mailtoHref = (address: string) => safeHref(`mailto:${address}`);
