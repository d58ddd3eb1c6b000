/** @module The verdict for a settled password: a lookalike of a site it belongs to (danger) wins
 * over plain reuse. */
import type { ReuseResult } from './descriptor';
import { lookalikeReason } from './lookalike';
import { sitesSharing, type SameService } from './match';
import type { SiteTags } from './store';
import type { PasswordTag } from './tag';

export function judgeReuse(
  host: string,
  current: string,
  tag: PasswordTag,
  sites: SiteTags,
  sameService: SameService,
): ReuseResult {
  const others = sitesSharing(sites, current, tag, sameService);
  const imitated = others.find((site) => lookalikeReason(host, site) !== null);
  if (imitated) return { state: 'lookalike', site: imitated };
  return others.length ? { state: 'reused', sites: others } : { state: 'none' };
}
