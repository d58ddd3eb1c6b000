/** @module Sites that share a password, grouped by their stored tag (never the password), with
 * "Forget this site", "Forget all" and "these belong together" (one service, not reuse). Shown
 * only once the password-reuse check has stored something. */
import { sharedGroups } from '@/utils/checks/password-reuse/match';
import { normalizeGroups, sameServiceFrom } from '@/utils/checks/password-reuse/same-service';
import {
  forgetAllReuse,
  forgetReuseSite,
  reuseGroupsItem,
  reuseSitesItem,
} from '@/utils/checks/password-reuse/storage';
import { normalizeSiteTags } from '@/utils/checks/password-reuse/store';
import { t } from '@/utils/i18n';
import { useStoredValue } from '../shared/useStoredValue';

export function ReuseGroups() {
  const sites = useStoredValue(reuseSitesItem, normalizeSiteTags);
  const own = useStoredValue(reuseGroupsItem, normalizeGroups);
  if (!sites || !own || Object.keys(sites).length === 0) return null;
  const groups = sharedGroups(sites, sameServiceFrom(own));
  const together = (group: string[]) => void reuseGroupsItem.setValue([...own, group]);
  return (
    <section aria-labelledby="reuse-heading" class="reuse">
      <h2 id="reuse-heading">{t('popupReuseHeading')}</h2>
      <p class="muted">{groups.length ? t('popupReuseIntro') : t('popupReuseNone')}</p>
      {groups.map((group) => (
        <div class="reuse-group" key={group.join(' ')}>
          <ul>
            {group.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => void forgetReuseSite(site)}>
                  {t('popupReuseForgetSite', [site])}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => together(group)}>
            {t('popupReuseSameService')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => void forgetAllReuse()}>
        {t('popupReuseForgetAll')}
      </button>
    </section>
  );
}
