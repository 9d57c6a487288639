import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/lib/settings/settings';
import { log } from '@/lib/log';

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Loads the settings once and saves every change at once, reporting the outcome. */
export function useSettings(): {
  settings: Settings | null;
  status: SaveStatus;
  update: (next: Settings) => Promise<void>;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    let active = true;
    void loadSettings().then((loaded) => active && setSettings(loaded));
    return () => {
      active = false;
    };
  }, []);

  async function update(next: Settings): Promise<void> {
    const previous = settings ?? DEFAULT_SETTINGS;
    setSettings(next);
    try {
      await saveSettings(next);
      setStatus({ kind: 'saved' });
    } catch (error) {
      log.error('saving settings failed', error);
      setSettings(previous);
      const detail = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'failed', message: `Settings could not be saved (${detail}). Try again, or reload this page.` });
    }
  }

  return { settings, status, update };
}
