/** Every event the widget fires bubbles and crosses the shadow boundary, so a partner can listen on the page. */
export function widgetEvent<T>(name: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable });
}

/** Fired before the quick exit navigates away. Cancel it only if you navigate yourself. */
export interface ExitEventDetail {
  url: string;
  trigger: 'click' | 'keyboard';
}

/** Fired when the reader follows a channel's link; the widget itself sends nothing anywhere. */
export interface ChannelClickDetail {
  channelId: string;
  kind: string;
  /** Which link: `phone`, `text-relay`, `sms`, `email` or `url`. */
  link: string;
}

/**
 * Fired when the guide shows its result: which situation the reader picked and which channels it shows, as ids
 * from fixed lists, never text the reader typed. Nothing else about the answers leaves the widget.
 */
export interface GuideResultDetail {
  situation: string;
  followUp?: string;
  channelIds: string[];
}

export interface LanguageChangeDetail {
  lang: string;
  previous: string;
}

declare global {
  interface HTMLElementEventMap {
    'sts-exit': CustomEvent<ExitEventDetail>;
    'sts-channel-click': CustomEvent<ChannelClickDetail>;
    'sts-language-change': CustomEvent<LanguageChangeDetail>;
    'sts-guide-result': CustomEvent<GuideResultDetail>;
  }
}
