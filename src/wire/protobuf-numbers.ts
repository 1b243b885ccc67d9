/**
 * Switches protobufjs to plain JS numbers for 64-bit fields. Its own module so that it runs before
 * the generated code is evaluated: the generated prototypes capture their uint64 defaults (Long or
 * number) at load time.
 */
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
