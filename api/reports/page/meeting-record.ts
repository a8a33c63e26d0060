import type { ServiceReview } from '../../reviews/service-review.entity.js';
import { html, type SafeHtml } from '../html/html.js';

const list = (items: readonly string[]) => (items.length ? html`<ul class="plain">${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p class="note">None recorded.</p>`);

/** What the meeting recorded: attendees, findings, decisions and notes (empty until it is held). */
export function meetingRecord(review: ServiceReview): SafeHtml {
  if (!review.heldAt) return html`<p class="note">The meeting has not been held yet.</p>`;
  return html`<h3>Attendees</h3>${list(review.attendees.map((a) => `${a.name} (${a.role.replace(/_/g, ' ').toLowerCase()})`))}
<h3>Findings</h3>${list(review.findings)}<h3>Decisions</h3>${list(review.decisions)}
${review.notes ? html`<h3>Notes</h3><p>${review.notes}</p>` : null}`;
}
