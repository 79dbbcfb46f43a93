// The aggregation worker as a classic script for the bench page.
import '../../src/heatmap/worker/heatmap.worker';
