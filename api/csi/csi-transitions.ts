import { CsiStatus } from './csi-status.js';

const { PROPOSED, APPROVED, IN_PROGRESS, DONE, REJECTED } = CsiStatus;

/** PROPOSED -> APPROVED -> IN_PROGRESS -> DONE; a proposal may be REJECTED; DONE and REJECTED are final. */
export const CSI_TRANSITIONS: Record<CsiStatus, CsiStatus[]> = {
  [PROPOSED]: [APPROVED, REJECTED],
  [APPROVED]: [IN_PROGRESS, DONE, REJECTED],
  [IN_PROGRESS]: [DONE, REJECTED],
  [DONE]: [],
  [REJECTED]: [],
};
