/**
 * Warms the hot paths (parse, validate, completion, hover) on a large throw-away request after the
 * first diagnostics in a format, so that V8 has optimised them before the user's first edits (cold,
 * a large request takes 2-5 ms to validate instead of about 1 ms). The work is cut into small
 * slices, one per setImmediate turn, so any real request that arrives is served before the next one.
 * Nothing is published: the documents live only here and are forgotten at the end.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EcsLanguageService } from '../service/api';
import type { DocumentFormat } from '../../request/parser/ast';
import { LANGUAGE_ID_OF_FORMAT } from '../../request/languageIds';
import { warmUpJson, warmUpYaml } from './warmUpDocument';

/** Rounds of parse + validate + completion + hover; V8 had optimised the paths after about 20-30. */
export const WARM_UP_ROUNDS = 30;
/** The first rounds use smaller requests so that each cold slice stays short. */
const RAMP_SCALES = [0.05, 0.1, 0.2];
/**
 * The largest request warmed, as a share of a full-size one. V8 optimises on call counts, so a
 * third of the size warms as well (edit -> diagnostics on large.json: ~7 -> ~5 ms on a busy
 * machine, same as full size) while the heap grows less (RSS +1.5 MiB instead of +4.5 MiB),
 * and a YAML slice stays near 1.5 ms (the yaml package needs ~5 ms for a full-size request).
 */
const MAX_SCALE = 0.3;

const WARM_UP_URIS: Record<DocumentFormat, string> = {
  json: 'untitled:ecs-warm-up/request.ecs.json',
  yaml: 'untitled:ecs-warm-up/request.ecs.yaml',
};

type Slice = () => void;

/** True for the URIs the warm-up uses (never a real document's). */
export function isWarmUpUri(uri: string): boolean {
  return uri === WARM_UP_URIS.json || uri === WARM_UP_URIS.yaml;
}

/** The slices of one format's warm-up, in order. */
export function warmUpSlices(
  service: () => EcsLanguageService,
  format: DocumentFormat,
  rounds = WARM_UP_ROUNDS,
): Slice[] {
  const uri = WARM_UP_URIS[format];
  const texts = new Map<number, string>();
  const textFor = (scale: number): string => {
    let text = texts.get(scale);
    if (text === undefined) texts.set(scale, (text = format === 'yaml' ? warmUpYaml(scale) : warmUpJson(scale)));
    return text;
  };
  const slices: Slice[] = [];
  for (let round = 0; round < rounds; round++) {
    const scale = Math.min(RAMP_SCALES[round] ?? 1, MAX_SCALE);
    // A new version each round, as an edit would make: parse must not answer from its cache.
    const document = (): TextDocument =>
      TextDocument.create(uri, LANGUAGE_ID_OF_FORMAT[format], round + 1, textFor(scale));
    let current: TextDocument | undefined;
    slices.push(() => void service().parse((current = document())));
    slices.push(() => void service().validate(service().parse(current ?? document())));
    slices.push(() => {
      const doc = current ?? document();
      const text = doc.getText();
      const parsed = service().parse(doc);
      service().hover(parsed, doc.positionAt(text.indexOf('volumetype') + 2));
      service().complete(
        parsed,
        doc.positionAt(text.indexOf(format === 'yaml' ? '  - volumetype' : '{', text.indexOf('data_volumes')) + 2),
      );
    });
  }
  slices.push(() => service().forget(uri));
  return slices;
}

/** Real work in the last this many ms pauses the warm-up: it must not compete with the user. */
export const QUIET_MS = 50;

/**
 * Runs warm-up slices one per event-loop turn (setImmediate), so I/O and queued requests run
 * between them, and only while the server has had no real work for QUIET_MS (`noteActivity`):
 * real requests warm the same code themselves, and a busy server should not share its time.
 * Each format is warmed once; `stop` drops what is left (shutdown).
 */
export class WarmUpRunner {
  private readonly queue: Slice[] = [];
  private readonly started = new Set<DocumentFormat>();
  private scheduled = false;
  private stopped = false;
  private lastActivity = -Infinity;

  constructor(
    private readonly service: () => EcsLanguageService,
    private readonly onError: (error: unknown) => void,
    private readonly onFinished: (format: DocumentFormat, elapsedMs: number) => void = () => undefined,
    private readonly rounds = WARM_UP_ROUNDS,
  ) {}

  /** Queues the warm-up of `format` unless it already ran or is queued. */
  warm(format: DocumentFormat): void {
    if (this.stopped || this.started.has(format)) return;
    this.started.add(format);
    const started = performance.now();
    this.queue.push(...warmUpSlices(this.service, format, this.rounds), () =>
      this.onFinished(format, performance.now() - started),
    );
    this.scheduleNext();
  }

  /** Called for every real request or document change: postpones the next slice. */
  noteActivity(): void {
    this.lastActivity = performance.now();
  }

  /** True when no slice is left to run. */
  get idle(): boolean {
    return this.queue.length === 0;
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
  }

  private scheduleNext(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const quietFor = performance.now() - this.lastActivity;
      if (quietFor < QUIET_MS) {
        this.scheduled = true;
        setTimeout(() => {
          this.scheduled = false;
          this.scheduleNext();
        }, QUIET_MS - quietFor).unref();
        return;
      }
      const slice = this.queue.shift();
      if (!slice) return;
      try {
        slice();
      } catch (error) {
        this.onError(error);
      }
      this.scheduleNext();
    });
  }
}
