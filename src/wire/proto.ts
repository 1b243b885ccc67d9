/**
 * The one entry point to Tessera's generated protobuf code (src/generated, from proto/*.proto).
 * Importing it switches protobufjs to plain numbers for 64-bit fields: every id, term and index in
 * Tessera is a safe integer, and Long objects would leak into every layer.
 */
import protobuf from 'protobufjs/minimal.js';
import { tessera } from '../generated/tessera.js';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

export { tessera };
