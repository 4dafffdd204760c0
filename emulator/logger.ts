/**
 * The emulator's logger. Lines name routes, status codes, IDs and reasons; they never carry
 * request bodies or header values, so the SK, signatures, adminPass and user_data cannot leak.
 */
export interface EmulatorLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: EmulatorLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
