/**
 * The one entry point to Tessera's generated protobuf code (src/generated, from proto/*.proto).
 * 64-bit fields decode to plain numbers: every id, term and index in Tessera is a safe integer, and
 * Long objects would leak into every layer. The import order below is what makes that hold.
 */
import './protobuf-numbers.js';
import { tessera } from '../generated/tessera.js';

export { tessera };
