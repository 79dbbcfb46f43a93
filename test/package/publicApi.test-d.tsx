/*
 * Type test of the public API against the built declarations: imports go
 * through the package's own `exports`, so dist/*.d.ts are what is checked.
 * `npm run test:types` compiles this file under `nodenext` and `bundler`
 * module resolution; a wrong type or a missing export fails the compile.
 */
import { expectTypeOf } from 'vitest';
import * as everything from 'reprise';
import {
  createReplayer,
  isRecordingError,
  parseRecording,
  RecordingError,
} from 'reprise/engine';
import type {
  Recording,
  RecordingErrorCode,
  Replayer,
  ReplayerState,
} from 'reprise/engine';
import { aggregateHeatmap } from 'reprise/heatmap';
import type { HeatmapData, HeatmapRow } from 'reprise/heatmap';
import { analyzeRecording } from 'reprise/insights';
import type { RecordingInsights, TimelineMarker } from 'reprise/insights';
import {
  buildReplayUrl,
  Heatmap,
  parseReplayUrl,
  ReplayPlayer,
  ReplayProvider,
  Timeline,
  useReplayStore,
} from 'reprise/react';
import type { ReplayPlayerProps, ReplayStoreState } from 'reprise/react';

declare const root: HTMLElement;

// Engine: the headless contract.
const replayer = createReplayer([], { root });
expectTypeOf(replayer).toEqualTypeOf<Replayer>();
expectTypeOf(replayer.seek).parameter(0).toEqualTypeOf<number>();
expectTypeOf(replayer.seek).returns.toEqualTypeOf<Promise<void>>();
expectTypeOf(replayer.getState()).toEqualTypeOf<ReplayerState>();
expectTypeOf(replayer.getState().currentTime).toEqualTypeOf<number>();
expectTypeOf(replayer.subscribe).returns.toEqualTypeOf<() => void>();
expectTypeOf(replayer.document).toEqualTypeOf<Document>();

// @ts-expect-error `root` is required.
createReplayer([], {});

// Recordings are unknown input until parsed.
expectTypeOf(parseRecording).parameter(0).toBeUnknown();
expectTypeOf(parseRecording).returns.toEqualTypeOf<Recording>();
expectTypeOf(RecordingError).instance.toHaveProperty('code');
expectTypeOf<RecordingError['code']>().toEqualTypeOf<RecordingErrorCode>();
expectTypeOf(isRecordingError).guards.toEqualTypeOf<RecordingError>();

// Insights.
expectTypeOf(analyzeRecording).returns.toEqualTypeOf<RecordingInsights>();
expectTypeOf<RecordingInsights['markers']>().toEqualTypeOf<TimelineMarker[]>();

// Heatmap: plain rows that an external store can produce too.
expectTypeOf(aggregateHeatmap).returns.toEqualTypeOf<Promise<HeatmapData>>();
expectTypeOf<HeatmapData['rows']>().toEqualTypeOf<HeatmapRow[]>();
expectTypeOf<HeatmapRow['count']>().toEqualTypeOf<number>();
expectTypeOf<HeatmapRow['selector']>().toEqualTypeOf<string>();

// React: the player and its parts.
expectTypeOf<ReplayPlayerProps['events']>().toBeUnknown();
expectTypeOf<ReplayPlayerProps['initialTime']>().toEqualTypeOf<
  number | undefined
>();
const player = <ReplayPlayer events={[]} initialTime={1_000} panels={false} />;
const composed = (
  <ReplayProvider events={[]} speed={2}>
    <Timeline />
  </ReplayProvider>
);
void [player, composed];

// @ts-expect-error `events` is required.
void (<ReplayPlayer />);

expectTypeOf(useReplayStore<number>)
  .parameter(0)
  .toEqualTypeOf<(state: ReplayStoreState) => number>();
expectTypeOf(parseReplayUrl).returns.toHaveProperty('time');
expectTypeOf(buildReplayUrl).returns.toEqualTypeOf<string>();

// The root entry re-exports every subpath's values as the same types.
expectTypeOf(everything.createReplayer).toEqualTypeOf(createReplayer);
expectTypeOf(everything.analyzeRecording).toEqualTypeOf(analyzeRecording);
expectTypeOf(everything.ReplayPlayer).toEqualTypeOf(ReplayPlayer);
expectTypeOf(everything.aggregateHeatmap).toEqualTypeOf(aggregateHeatmap);
expectTypeOf(everything.Heatmap).toEqualTypeOf(Heatmap);
