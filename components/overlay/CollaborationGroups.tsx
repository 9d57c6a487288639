import type { Profile } from '@/lib/model';
import { profileKey } from '@/lib/model/ids';
import type { ProfileAnalysisResult } from '@/lib/analysis/collaboration/schema';
import { sendRequest } from '@/lib/messaging/client';
import { log } from '@/lib/log';

interface Props {
  profile: Profile;
  /** The background's analysis of the page's papers, or null while it runs. */
  result: ProfileAnalysisResult | null;
}

/** Collaborator groups and, when the evidence is strong, a warning that the profile mixes people. */
export function CollaborationGroups({ profile, result }: Props) {
  if (!result) return null;
  const { groups, mergedProfile } = result;
  return (
    <div class="block" data-testid="collaboration-groups">
      {mergedProfile.warning && (
        <div class="alert" role="alert" data-testid="merged-warning">
          <p>This profile may mix different people who share a name. Its papers fall into these clusters:</p>
          <ul>
            {mergedProfile.clusters.map((cluster, index) => (
              <li key={index}>
                {cluster.papers.length} papers, {cluster.activeFrom ?? '?'}–{cluster.activeTo ?? '?'}
                {cluster.recurringCoauthors.length > 0 && `, with ${cluster.recurringCoauthors.slice(0, 3).join(', ')}`}
                {cluster.venues.length > 0 && `, in ${cluster.venues.slice(0, 2).join('; ')}`}
              </li>
            ))}
          </ul>
          <p class="muted">{mergedProfile.evidence.join(' ')}</p>
        </div>
      )}
      {groups.length > 0 && (
        <>
          <h3>Collaborator groups</h3>
          <p class="muted">Papers with two or more members of a group count for it.</p>
          <ul class="coauthors" data-testid="groups">
            {groups.slice(0, 5).map((group) => (
              <li key={group.label}>
                <span class="name">{group.label}</span>
                <span class="muted">
                  {' '}
                  {group.papers.length} {group.papers.length === 1 ? 'paper' : 'papers'}
                  {group.firstYear !== null && `, ${group.firstYear === group.lastYear ? group.firstYear : `${group.firstYear}–${group.lastYear}`}`}
                  {group.topics.length > 0 && `, ${group.topics.slice(0, 2).join(', ')}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="link" data-testid="open-graph" onClick={() => void openGraph(profile)}>
        Open the co-author graph
      </button>
    </div>
  );
}

async function openGraph(profile: Profile): Promise<void> {
  const response = await sendRequest({ type: 'graph/open', profile: profileKey(profile) });
  if (!response.ok) log.warn(`opening the co-author graph of ${profileKey(profile)} failed: ${response.error}`);
}
