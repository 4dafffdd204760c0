/**
 * The server process's start time line (startTimeline.ts). Imported first by server.ts (after the
 * heap flags), so that its load time is the bundle's start.
 */
import { StartTimeline, TIMELINE_ENV } from './startTimeline';

export const serverTimeline = new StartTimeline(process.env[TIMELINE_ENV] === '1');
serverTimeline.mark('process start', Math.round(performance.timeOrigin * 10) / 10);
serverTimeline.mark('bundle start');
