import { registerScheduleSuite } from './sim-suite.js';

// Two files so vitest runs the halves in parallel on two cores.
registerScheduleSuite('simulated fault schedules 1–1000 (3 and 5 nodes, crashes, partitions, membership changes)', 1, 1000);
