/**
 * `<SpotTheSigns>` for React: the `<spot-the-signs>` element with typed props and event props.
 *
 *   <SpotTheSigns jurisdiction="GB-CAM" setting="home" onChannelClick={(event) => console.log(event.detail.channelId)} />
 *
 * The props are the element's properties, typed as core's configuration table says: `setting` is a
 * `WidgetSetting`, `jurisdiction` a `Jurisdiction`, `channels` a list of `PartnerChannel` ({ id, name, url }
 * is enough), so a value the widget would refuse is a type error, not a console warning.
 * Importing this module registers the element (once per page, whatever else registered it).
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { SpotTheSigns as SpotTheSignsElement } from '@spot-the-signs/widget';
import type { ChannelClickDetail, ExitEventDetail, GuideResultDetail, LanguageChangeDetail } from '@spot-the-signs/widget';
import '@spot-the-signs/widget/define.js';

export const SpotTheSigns = createComponent({
  tagName: 'spot-the-signs',
  elementClass: SpotTheSignsElement,
  react: React,
  events: {
    /** Before the quick exit navigates; call `event.preventDefault()` only if you navigate yourself. */
    onExit: 'sts-exit' as EventName<CustomEvent<ExitEventDetail>>,
    /** A channel's phone, text, email or web link was used. */
    onChannelClick: 'sts-channel-click' as EventName<CustomEvent<ChannelClickDetail>>,
    /** The shown language changed. */
    onLanguageChange: 'sts-language-change' as EventName<CustomEvent<LanguageChangeDetail>>,
    /** The guide showed its result: `{ situation, followUp?, channelIds }`, ids only. */
    onGuideResult: 'sts-guide-result' as EventName<CustomEvent<GuideResultDetail>>,
  },
  displayName: 'SpotTheSigns',
});

export type SpotTheSignsProps = React.ComponentProps<typeof SpotTheSigns>;
export type { ChannelClickDetail, ExitEventDetail, GuideResultDetail, LanguageChangeDetail };
export type {
  Audience,
  HeadingLevel,
  Jurisdiction,
  PartnerChannel,
  QuickExitMode,
  ReviewStatus,
  StartScreen,
  StringOverrides,
  View,
  WidgetConfigInput,
  WidgetSetting,
} from '@spot-the-signs/widget';
