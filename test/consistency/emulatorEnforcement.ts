/**
 * Per cross-field rule: does the emulator refuse bodies that break it? The one home of that fact:
 * the README's rule table prints it (test/support/readmeTables.ts) and the consistency suite checks
 * it against the emulator's verdicts on the rule's breaking variants (variants.ts): `yes` = it
 * refuses every one, `no` = none, `partly` = some. (For a rule that only warns, its warning
 * variants are the breaking ones.) Where the emulator does not refuse, a body the editor refuses
 * for that rule alone is the editor's to decide, not a disagreement.
 */
export type Enforcement = 'yes' | 'no' | 'partly';

export const EMULATOR_ENFORCES: Readonly<Record<string, Enforcement>> = {
  R01: 'yes',
  R02: 'no',
  R03: 'yes',
  R04: 'no',
  R05: 'yes',
  R06: 'yes', // with the flavor's own NIC limit
  R08: 'yes',
  R09: 'yes',
  R10: 'no',
  R11: 'yes',
  R12: 'yes',
  R13: 'yes',
  R14: 'no',
  R15: 'no',
  R16: 'yes',
  R17: 'yes',
  R18: 'no',
  R19: 'no',
  R20: 'yes',
  R21: 'yes',
  R22: 'no',
  R23: 'no',
  R24: 'partly', // only auto_terminate_time on a yearly/monthly server
  R25: 'no',
  R26: 'no',
  R27: 'yes',
  R28: 'no',
  R29: 'no',
  R30: 'no',
  R31: 'no',
  R33: 'yes',
  R34: 'no',
  R35: 'no',
  R37: 'no', // a value that is not a boolean gives a VBD disk; SCSI support is the flavor's (account) matter
  R39: 'yes',
  R40: 'no',
  R41: 'yes',
  R42: 'no',
  R43: 'yes',
};
