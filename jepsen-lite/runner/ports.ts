/** Port reservation for the runner's clusters: the one the integration tests use. */
export { freePorts } from '../../test/integration/free-ports.js';
