import type { SiteName } from '@/lib/model';
import { siteEnabled, type Settings } from '@/lib/settings/settings';
import { siteLabel } from '@/lib/settings/sites';
import { PrivacyPromise } from './PrivacyPromise';
import { useSettings } from './useSettings';

export interface OptionsProps {
  /** Sites with an adapter, in registry order. */
  sites: readonly SiteName[];
}

type OverlayKey = 'rowOverlays' | 'profilePanel';

const OVERLAYS: { key: OverlayKey; label: string }[] = [
  { key: 'rowOverlays', label: 'Topic tags, code badge and save button under each paper' },
  { key: 'profilePanel', label: 'Profile summary panel' },
];

/** Renders the options page: sites and overlays on or off, and the privacy promise. */
export function Options({ sites }: OptionsProps) {
  const { settings, status, update } = useSettings();
  if (!settings) return <main class="page options" aria-busy="true" />;

  const setSite = (site: SiteName, on: boolean) => update((current) => ({ ...current, sites: { ...current.sites, [site]: on } }));
  const setOverlay = (key: OverlayKey, on: boolean) => update((current) => ({ ...current, [key]: on }) as Settings);

  return (
    <main class="page options">
      <h1 class="page-title">Scholar Lens options</h1>

      <h2 class="section-title">Sites</h2>
      <p>On a site that is turned off, Scholar Lens does nothing: it reads, draws and stores nothing there.</p>
      <ul class="option-list">
        {sites.map((site) => (
          <li key={site}>
            <label>
              <input
                type="checkbox"
                checked={siteEnabled(settings, site)}
                onChange={(event) => void setSite(site, event.currentTarget.checked)}
                data-testid={`site-${site}`}
              />{' '}
              {siteLabel(site)}
            </label>
          </li>
        ))}
      </ul>

      <h2 class="section-title">On the page</h2>
      <p>Hidden overlays still store the papers of the pages you open, so the library and exports keep working.</p>
      <ul class="option-list">
        {OVERLAYS.map(({ key, label }) => (
          <li key={key}>
            <label>
              <input
                type="checkbox"
                checked={settings[key]}
                onChange={(event) => void setOverlay(key, event.currentTarget.checked)}
                data-testid={`overlay-${key}`}
              />{' '}
              {label}
            </label>
          </li>
        ))}
      </ul>

      {status.kind === 'saved' && (
        <p class="message" role="status" data-testid="options-status">
          Saved. Open pages follow the change at once.
        </p>
      )}
      {status.kind === 'failed' && (
        <p class="message message-error" role="alert" data-testid="options-status">
          {status.message}
        </p>
      )}

      <PrivacyPromise />
    </main>
  );
}
