import * as z from 'zod/mini';
import '../zod-config';

/**
 * The user's choices. `sites` maps a site name to false when the extension must not run on it;
 * a site missing from the map is on, so a site added in a later release starts enabled.
 */
export const Settings = z.object({
  sites: z.record(z.string(), z.boolean()),
  /** Topic tags, code badge and save toggle under each paper row. */
  rowOverlays: z.boolean(),
  /** The profile summary panel. */
  profilePanel: z.boolean(),
  /** The profile panel folded to its header, as the user last left it. */
  panelCollapsed: z.optional(z.boolean()),
});
export type Settings = z.infer<typeof Settings>;

/** Validates stored or edited settings. Returns them, or the path of the first invalid value. */
export function checkSettings(value: unknown): { ok: true; settings: Settings } | { ok: false; path: string } {
  const parsed = z.safeParse(Settings, value);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, path: parsed.error.issues[0]?.path.join('.') || 'settings' };
}
