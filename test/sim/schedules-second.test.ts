import { registerScheduleSuite } from './sim-suite.js';

registerScheduleSuite('simulated fault schedules 1001–2000 (3 and 5 nodes, crashes, partitions, membership changes)', 1001, 1000);
