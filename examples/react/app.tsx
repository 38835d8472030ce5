/**
 * A partner's React page using @spot-the-signs/react. Built by `npm run build` (esbuild) into dist/app.js.
 * The partner counts clicks with their own code; the widget itself sends nothing.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SpotTheSigns } from '@spot-the-signs/react';

const JURISDICTIONS = { 'GB-ENG': 'England', 'GB-WLS': 'Wales', 'GB-SCT': 'Scotland', 'GB-CAM': 'Cambridgeshire' } as const;

function App() {
  const [jurisdiction, setJurisdiction] = useState<keyof typeof JURISDICTIONS>('GB-ENG');
  const [clicks, setClicks] = useState<string[]>([]);
  const [language, setLanguage] = useState('en-GB');
  return (
    <main className="page">
      <h1>Example Charity</h1>
      <p>
        <label>
          Where are you?{' '}
          <select value={jurisdiction} onChange={(event) => setJurisdiction(event.target.value as keyof typeof JURISDICTIONS)}>
            {Object.entries(JURISDICTIONS).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p id="partner-stats" aria-live="polite">
        Contacts used on this page: {clicks.length}
        {clicks.length ? ` (last: ${clicks[clicks.length - 1]})` : ''}. Language shown: {language}.
      </p>
      <SpotTheSigns
        jurisdiction={jurisdiction}
        setting="general"
        headingLevel={2}
        channels={[
          {
            id: 'example-charity',
            name: 'Example Charity support line (fictional)',
            kind: 'victim-support',
            phone: { tel: '+441632960999', display: '01632 960 999' },
          },
        ]}
        onChannelClick={(event) => setClicks((previous) => [...previous, event.detail.channelId])}
        onLanguageChange={(event) => setLanguage(event.detail.lang)}
      />
    </main>
  );
}

createRoot(document.getElementById('app') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
