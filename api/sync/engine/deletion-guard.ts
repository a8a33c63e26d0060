/**
 * Whether a deletion found by comparing the vendor's id listing with what we store may go ahead. A
 * listing that comes back short (a permissions change, a vendor outage answering with empty pages)
 * would otherwise wipe a client's history, so we refuse when more than `maxFraction` of the stored
 * tickets would go, or when the listing is empty while we store tickets.
 *
 * @example
 * deletionAllowed({ stored: 1000, listed: 995, missing: 5 }, 0.1); //=> { allowed: true }
 * deletionAllowed({ stored: 1000, listed: 10, missing: 990 }, 0.1).allowed; //=> false
 */
export function deletionAllowed(
  counts: { stored: number; listed: number; missing: number },
  maxFraction: number,
): { allowed: true } | { allowed: false; reason: string } {
  if (counts.missing === 0) return { allowed: true };
  if (counts.listed === 0) return { allowed: false, reason: `the vendor listed no tickets while we store ${counts.stored}` };
  if (counts.missing > counts.stored * maxFraction) {
    return {
      allowed: false,
      reason: `${counts.missing} of ${counts.stored} stored tickets are missing from the vendor's listing (more than ${Math.round(maxFraction * 100)} %): refusing to delete`,
    };
  }
  return { allowed: true };
}
