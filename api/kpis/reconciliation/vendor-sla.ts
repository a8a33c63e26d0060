/**
 * The normalized part of `ticket.vendor_sla`: what the source system itself says about the SLA
 * (ConnectWise `isInSla`, Autotask `serviceLevelAgreementHasBeenMet`, JSM cycles, ServiceNow
 * `task_sla`). Connectors set these two flags where the vendor reports them and keep the raw
 * fields beside them; a missing flag means the vendor says nothing about that clock.
 */
export interface VendorSla {
  responseMet?: boolean | null;
  resolutionMet?: boolean | null;
  [raw: string]: unknown;
}

/** The vendor flag for each of our clocks. */
export const VENDOR_FLAG = { FIRST_RESPONSE: 'responseMet', RESOLUTION: 'resolutionMet' } as const;
