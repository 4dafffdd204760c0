/**
 * The name of the built-in profile that sends to the local emulator. The editor lists it among the
 * profiles, and the CLI names its emulator target with it, so that an account snapshot of the
 * emulator and every message about it say the same, whichever tool fetched it.
 */
export const LOCAL_EMULATOR_PROFILE_NAME = 'Local emulator';
