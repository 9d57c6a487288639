import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/lib/settings/settings';
import { log } from '@/lib/log';

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * Loads the settings once and saves every change at once, reporting the outcome. Each change applies
 * to the settings as the previous change left them, and saves run one after another in order, so two
 * quick clicks both take effect and the last one is what stays stored.
 */
export function useSettings(): {
  settings: Settings | null;
  status: SaveStatus;
  update: (change: (current: Settings) => Settings) => Promise<void>;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef<Settings | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let active = true;
    void loadSettings().then((loaded) => {
      if (!active || latest.current) return;
      latest.current = loaded;
      setSettings(loaded);
    });
    return () => {
      active = false;
    };
  }, []);

  function update(change: (current: Settings) => Settings): Promise<void> {
    const next = change(latest.current ?? DEFAULT_SETTINGS);
    latest.current = next;
    setSettings(next);
    saving.current = saving.current.then(() => save(next));
    return saving.current;
  }

  async function save(next: Settings): Promise<void> {
    try {
      // The folded state of the profile panel is changed on the pages, so the stored one is kept.
      const { panelCollapsed } = await loadSettings();
      await saveSettings(panelCollapsed === undefined ? next : { ...next, panelCollapsed });
      setStatus({ kind: 'saved' });
    } catch (error) {
      log.error('saving settings failed', error);
      const detail = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'failed', message: `Settings could not be saved (${detail}). Try again, or reload this page.` });
      // The page shows what is stored, so that no unsaved change looks saved.
      const stored = await loadSettings();
      latest.current = stored;
      setSettings(stored);
    }
  }

  return { settings, status, update };
}
