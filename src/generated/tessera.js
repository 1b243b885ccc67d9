/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tessera = $root.tessera = (() => {

    const tessera = {};

    tessera.kv = (function() {

        const kv = {};

        kv.Command = (function() {

            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Command.prototype.clientId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Command.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Command.prototype.put = null;
            Command.prototype["delete"] = null;
            Command.prototype.cas = null;
            Command.prototype.txn = null;

            let $oneOfFields;

            $Object.defineProperty(Command.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["put", "delete", "cas", "txn"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Command.create = function(properties) {
                return new Command(properties);
            };

            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && (typeof message.clientId === "object" ? message.clientId.low || message.clientId.high : message.clientId !== 0))
                    writer.uint32(8).uint64(message.clientId);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(16).uint64(message.sequence);
                if (message.put != null && $Object.hasOwnProperty.call(message, "put"))
                    $root.tessera.kv.PutRequest.encode(message.put, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.tessera.kv.DeleteRequest.encode(message["delete"], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.cas != null && $Object.hasOwnProperty.call(message, "cas"))
                    $root.tessera.kv.CasRequest.encode(message.cas, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn"))
                    $root.tessera.kv.TxnRequest.encode(message.txn, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.put = $root.tessera.kv.PutRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.put);
                            message.op = "put";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.tessera.kv.DeleteRequest.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.op = "delete";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.cas = $root.tessera.kv.CasRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.cas);
                            message.op = "cas";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.txn = $root.tessera.kv.TxnRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.txn);
                            message.op = "txn";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.Command();
                if (object.clientId != null)
                    if (typeof object.clientId === "object" ? object.clientId.low || object.clientId.high : $Number(object.clientId) !== 0)
                        if ($util.Long)
                            message.clientId = $util.Long.fromValue(object.clientId, true);
                        else if (typeof object.clientId === "string")
                            message.clientId = $parseInt(object.clientId, 10);
                        else if (typeof object.clientId === "number")
                            message.clientId = object.clientId;
                        else if (typeof object.clientId === "object")
                            message.clientId = new $util.LongBits(object.clientId.low >>> 0, object.clientId.high >>> 0).toNumber(true);
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.put != null) {
                    if (!$util.isObject(object.put))
                        throw $TypeError(".tessera.kv.Command.put: object expected");
                    message.put = $root.tessera.kv.PutRequest.fromObject(object.put, _depth + 1);
                }
                if (object["delete"] != null) {
                    if (!$util.isObject(object["delete"]))
                        throw $TypeError(".tessera.kv.Command.delete: object expected");
                    message["delete"] = $root.tessera.kv.DeleteRequest.fromObject(object["delete"], _depth + 1);
                }
                if (object.cas != null) {
                    if (!$util.isObject(object.cas))
                        throw $TypeError(".tessera.kv.Command.cas: object expected");
                    message.cas = $root.tessera.kv.CasRequest.fromObject(object.cas, _depth + 1);
                }
                if (object.txn != null) {
                    if (!$util.isObject(object.txn))
                        throw $TypeError(".tessera.kv.Command.txn: object expected");
                    message.txn = $root.tessera.kv.TxnRequest.fromObject(object.txn, _depth + 1);
                }
                return message;
            };

            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.clientId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientId = typeof message.clientId === "number" ? $BigInt(message.clientId) : $util.Long.fromBits(message.clientId.low >>> 0, message.clientId.high >>> 0, true).toBigInt();
                    else if (typeof message.clientId === "number")
                        object.clientId = options.longs === $String ? $String(message.clientId) : message.clientId;
                    else
                        object.clientId = options.longs === $String ? $util.Long.prototype.toString.call(message.clientId) : options.longs === $Number ? new $util.LongBits(message.clientId.low >>> 0, message.clientId.high >>> 0).toNumber(true) : message.clientId;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.put != null && $Object.hasOwnProperty.call(message, "put")) {
                    object.put = $root.tessera.kv.PutRequest.toObject(message.put, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "put";
                }
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete")) {
                    object["delete"] = $root.tessera.kv.DeleteRequest.toObject(message["delete"], options, _depth + 1);
                    if (options.oneofs)
                        object.op = "delete";
                }
                if (message.cas != null && $Object.hasOwnProperty.call(message, "cas")) {
                    object.cas = $root.tessera.kv.CasRequest.toObject(message.cas, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "cas";
                }
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn")) {
                    object.txn = $root.tessera.kv.TxnRequest.toObject(message.txn, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "txn";
                }
                return object;
            };

            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.Command";
            };

            return Command;
        })();

        kv.CommandBatch = (function() {

            const CommandBatch = function (properties) {
                this.commands = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CommandBatch.prototype.commands = $util.emptyArray;

            CommandBatch.create = function(properties) {
                return new CommandBatch(properties);
            };

            CommandBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commands != null && message.commands.length)
                    for (let i = 0; i < message.commands.length; ++i)
                        $root.tessera.kv.Command.encode(message.commands[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CommandBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.CommandBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commands && message.commands.length))
                                message.commands = [];
                            message.commands.push($root.tessera.kv.Command.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CommandBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.CommandBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.CommandBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.CommandBatch();
                if (object.commands) {
                    if (!$Array.isArray(object.commands))
                        throw $TypeError(".tessera.kv.CommandBatch.commands: array expected");
                    message.commands = $Array(object.commands.length);
                    for (let i = 0; i < object.commands.length; ++i) {
                        if (!$util.isObject(object.commands[i]))
                            throw $TypeError(".tessera.kv.CommandBatch.commands: object expected");
                        message.commands[i] = $root.tessera.kv.Command.fromObject(object.commands[i], _depth + 1);
                    }
                }
                return message;
            };

            CommandBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.commands = [];
                if (message.commands && message.commands.length) {
                    object.commands = $Array(message.commands.length);
                    for (let j = 0; j < message.commands.length; ++j)
                        object.commands[j] = $root.tessera.kv.Command.toObject(message.commands[j], options, _depth + 1);
                }
                return object;
            };

            CommandBatch.prototype.toJSON = function() {
                return CommandBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            CommandBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.CommandBatch";
            };

            return CommandBatch;
        })();

        kv.CommandResult = (function() {

            const CommandResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CommandResult.prototype.put = null;
            CommandResult.prototype["delete"] = null;
            CommandResult.prototype.cas = null;
            CommandResult.prototype.txn = null;

            let $oneOfFields;

            $Object.defineProperty(CommandResult.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["put", "delete", "cas", "txn"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            CommandResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.put != null && $Object.hasOwnProperty.call(message, "put"))
                    $root.tessera.kv.PutResponse.encode(message.put, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.tessera.kv.DeleteResponse.encode(message["delete"], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.cas != null && $Object.hasOwnProperty.call(message, "cas"))
                    $root.tessera.kv.CasResponse.encode(message.cas, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn"))
                    $root.tessera.kv.TxnResponse.encode(message.txn, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CommandResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.CommandResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.put = $root.tessera.kv.PutResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.put);
                            message.result = "put";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.tessera.kv.DeleteResponse.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.result = "delete";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.cas = $root.tessera.kv.CasResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.cas);
                            message.result = "cas";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.txn = $root.tessera.kv.TxnResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.txn);
                            message.result = "txn";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CommandResult.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.CommandResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.CommandResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.CommandResult();
                if (object.put != null) {
                    if (!$util.isObject(object.put))
                        throw $TypeError(".tessera.kv.CommandResult.put: object expected");
                    message.put = $root.tessera.kv.PutResponse.fromObject(object.put, _depth + 1);
                }
                if (object["delete"] != null) {
                    if (!$util.isObject(object["delete"]))
                        throw $TypeError(".tessera.kv.CommandResult.delete: object expected");
                    message["delete"] = $root.tessera.kv.DeleteResponse.fromObject(object["delete"], _depth + 1);
                }
                if (object.cas != null) {
                    if (!$util.isObject(object.cas))
                        throw $TypeError(".tessera.kv.CommandResult.cas: object expected");
                    message.cas = $root.tessera.kv.CasResponse.fromObject(object.cas, _depth + 1);
                }
                if (object.txn != null) {
                    if (!$util.isObject(object.txn))
                        throw $TypeError(".tessera.kv.CommandResult.txn: object expected");
                    message.txn = $root.tessera.kv.TxnResponse.fromObject(object.txn, _depth + 1);
                }
                return message;
            };

            CommandResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.put != null && $Object.hasOwnProperty.call(message, "put")) {
                    object.put = $root.tessera.kv.PutResponse.toObject(message.put, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "put";
                }
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete")) {
                    object["delete"] = $root.tessera.kv.DeleteResponse.toObject(message["delete"], options, _depth + 1);
                    if (options.oneofs)
                        object.result = "delete";
                }
                if (message.cas != null && $Object.hasOwnProperty.call(message, "cas")) {
                    object.cas = $root.tessera.kv.CasResponse.toObject(message.cas, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "cas";
                }
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn")) {
                    object.txn = $root.tessera.kv.TxnResponse.toObject(message.txn, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "txn";
                }
                return object;
            };

            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.CommandResult";
            };

            return CommandResult;
        })();

        kv.ReadMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LINEARIZABLE"] = 0;
            values[valuesById[1] = "FOLLOWER"] = 1;
            values[valuesById[2] = "STALE"] = 2;
            return values;
        })();

        kv.RequestHeader = (function() {

            const RequestHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RequestHeader.prototype.shardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RequestHeader.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RequestHeader.prototype.clientId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RequestHeader.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RequestHeader.prototype.readMode = 0;

            RequestHeader.create = function(properties) {
                return new RequestHeader(properties);
            };

            RequestHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && (typeof message.shardId === "object" ? message.shardId.low || message.shardId.high : message.shardId !== 0))
                    writer.uint32(8).uint64(message.shardId);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(16).uint64(message.epoch);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && (typeof message.clientId === "object" ? message.clientId.low || message.clientId.high : message.clientId !== 0))
                    writer.uint32(24).uint64(message.clientId);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(32).uint64(message.sequence);
                if (message.readMode != null && $Object.hasOwnProperty.call(message, "readMode") && message.readMode !== 0)
                    writer.uint32(40).int32(message.readMode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RequestHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.RequestHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.readMode = value;
                            else
                                delete message.readMode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RequestHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.RequestHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.RequestHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.RequestHeader();
                if (object.shardId != null)
                    if (typeof object.shardId === "object" ? object.shardId.low || object.shardId.high : $Number(object.shardId) !== 0)
                        if ($util.Long)
                            message.shardId = $util.Long.fromValue(object.shardId, true);
                        else if (typeof object.shardId === "string")
                            message.shardId = $parseInt(object.shardId, 10);
                        else if (typeof object.shardId === "number")
                            message.shardId = object.shardId;
                        else if (typeof object.shardId === "object")
                            message.shardId = new $util.LongBits(object.shardId.low >>> 0, object.shardId.high >>> 0).toNumber(true);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.clientId != null)
                    if (typeof object.clientId === "object" ? object.clientId.low || object.clientId.high : $Number(object.clientId) !== 0)
                        if ($util.Long)
                            message.clientId = $util.Long.fromValue(object.clientId, true);
                        else if (typeof object.clientId === "string")
                            message.clientId = $parseInt(object.clientId, 10);
                        else if (typeof object.clientId === "number")
                            message.clientId = object.clientId;
                        else if (typeof object.clientId === "object")
                            message.clientId = new $util.LongBits(object.clientId.low >>> 0, object.clientId.high >>> 0).toNumber(true);
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.readMode !== 0 && (typeof object.readMode !== "string" || $root.tessera.kv.ReadMode[object.readMode] !== 0))
                    switch (object.readMode) {
                    case "LINEARIZABLE":
                    case 0:
                        message.readMode = 0;
                        break;
                    case "FOLLOWER":
                    case 1:
                        message.readMode = 1;
                        break;
                    case "STALE":
                    case 2:
                        message.readMode = 2;
                        break;
                    default:
                        if (typeof object.readMode === "number" && (object.readMode | 0) === object.readMode)
                            message.readMode = object.readMode;
                    }
                return message;
            };

            RequestHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.shardId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.shardId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.clientId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.readMode = options.enums === $String ? "LINEARIZABLE" : 0;
                }
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.shardId = typeof message.shardId === "number" ? $BigInt(message.shardId) : $util.Long.fromBits(message.shardId.low >>> 0, message.shardId.high >>> 0, true).toBigInt();
                    else if (typeof message.shardId === "number")
                        object.shardId = options.longs === $String ? $String(message.shardId) : message.shardId;
                    else
                        object.shardId = options.longs === $String ? $util.Long.prototype.toString.call(message.shardId) : options.longs === $Number ? new $util.LongBits(message.shardId.low >>> 0, message.shardId.high >>> 0).toNumber(true) : message.shardId;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientId = typeof message.clientId === "number" ? $BigInt(message.clientId) : $util.Long.fromBits(message.clientId.low >>> 0, message.clientId.high >>> 0, true).toBigInt();
                    else if (typeof message.clientId === "number")
                        object.clientId = options.longs === $String ? $String(message.clientId) : message.clientId;
                    else
                        object.clientId = options.longs === $String ? $util.Long.prototype.toString.call(message.clientId) : options.longs === $Number ? new $util.LongBits(message.clientId.low >>> 0, message.clientId.high >>> 0).toNumber(true) : message.clientId;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.readMode != null && $Object.hasOwnProperty.call(message, "readMode"))
                    object.readMode = options.enums === $String ? $root.tessera.kv.ReadMode[message.readMode] === $undefined ? message.readMode : $root.tessera.kv.ReadMode[message.readMode] : message.readMode;
                return object;
            };

            RequestHeader.prototype.toJSON = function() {
                return RequestHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            RequestHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.RequestHeader";
            };

            return RequestHeader;
        })();

        kv.Error = (function() {

            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Error.prototype.code = "";
            Error.prototype.message = "";
            Error.prototype.leaderHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Error.prototype.shardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Error.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Error.prototype.limit = "";
            Error.prototype.shardMap = null;

            Error.create = function(properties) {
                return new Error(properties);
            };

            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint") && (typeof message.leaderHint === "object" ? message.leaderHint.low || message.leaderHint.high : message.leaderHint !== 0))
                    writer.uint32(24).uint64(message.leaderHint);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && (typeof message.shardId === "object" ? message.shardId.low || message.shardId.high : message.shardId !== 0))
                    writer.uint32(32).uint64(message.shardId);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(40).uint64(message.epoch);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== "")
                    writer.uint32(50).string(message.limit);
                if (message.shardMap != null && $Object.hasOwnProperty.call(message, "shardMap"))
                    $root.tessera.kv.ShardMap.encode(message.shardMap, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderHint = value;
                            else
                                delete message.leaderHint;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.shardMap = $root.tessera.kv.ShardMap.decode(reader, reader.size(), $undefined, _depth + 1, message.shardMap);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.leaderHint != null)
                    if (typeof object.leaderHint === "object" ? object.leaderHint.low || object.leaderHint.high : $Number(object.leaderHint) !== 0)
                        if ($util.Long)
                            message.leaderHint = $util.Long.fromValue(object.leaderHint, true);
                        else if (typeof object.leaderHint === "string")
                            message.leaderHint = $parseInt(object.leaderHint, 10);
                        else if (typeof object.leaderHint === "number")
                            message.leaderHint = object.leaderHint;
                        else if (typeof object.leaderHint === "object")
                            message.leaderHint = new $util.LongBits(object.leaderHint.low >>> 0, object.leaderHint.high >>> 0).toNumber(true);
                if (object.shardId != null)
                    if (typeof object.shardId === "object" ? object.shardId.low || object.shardId.high : $Number(object.shardId) !== 0)
                        if ($util.Long)
                            message.shardId = $util.Long.fromValue(object.shardId, true);
                        else if (typeof object.shardId === "string")
                            message.shardId = $parseInt(object.shardId, 10);
                        else if (typeof object.shardId === "number")
                            message.shardId = object.shardId;
                        else if (typeof object.shardId === "object")
                            message.shardId = new $util.LongBits(object.shardId.low >>> 0, object.shardId.high >>> 0).toNumber(true);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.limit != null)
                    if (typeof object.limit !== "string" || object.limit.length)
                        message.limit = $String(object.limit);
                if (object.shardMap != null) {
                    if (!$util.isObject(object.shardMap))
                        throw $TypeError(".tessera.kv.Error.shardMap: object expected");
                    message.shardMap = $root.tessera.kv.ShardMap.fromObject(object.shardMap, _depth + 1);
                }
                return message;
            };

            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaderHint = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaderHint = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.shardId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.shardId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.limit = "";
                    object.shardMap = null;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaderHint = typeof message.leaderHint === "number" ? $BigInt(message.leaderHint) : $util.Long.fromBits(message.leaderHint.low >>> 0, message.leaderHint.high >>> 0, true).toBigInt();
                    else if (typeof message.leaderHint === "number")
                        object.leaderHint = options.longs === $String ? $String(message.leaderHint) : message.leaderHint;
                    else
                        object.leaderHint = options.longs === $String ? $util.Long.prototype.toString.call(message.leaderHint) : options.longs === $Number ? new $util.LongBits(message.leaderHint.low >>> 0, message.leaderHint.high >>> 0).toNumber(true) : message.leaderHint;
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.shardId = typeof message.shardId === "number" ? $BigInt(message.shardId) : $util.Long.fromBits(message.shardId.low >>> 0, message.shardId.high >>> 0, true).toBigInt();
                    else if (typeof message.shardId === "number")
                        object.shardId = options.longs === $String ? $String(message.shardId) : message.shardId;
                    else
                        object.shardId = options.longs === $String ? $util.Long.prototype.toString.call(message.shardId) : options.longs === $Number ? new $util.LongBits(message.shardId.low >>> 0, message.shardId.high >>> 0).toNumber(true) : message.shardId;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.shardMap != null && $Object.hasOwnProperty.call(message, "shardMap"))
                    object.shardMap = $root.tessera.kv.ShardMap.toObject(message.shardMap, options, _depth + 1);
                return object;
            };

            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.Error";
            };

            return Error;
        })();

        kv.KeyValue = (function() {

            const KeyValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KeyValue.prototype.key = $util.newBuffer([]);
            KeyValue.prototype.value = $util.newBuffer([]);
            KeyValue.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            KeyValue.create = function(properties) {
                return new KeyValue(properties);
            };

            KeyValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(10).bytes(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(18).bytes(message.value);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(24).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KeyValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.KeyValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KeyValue.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.KeyValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.KeyValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.KeyValue();
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                return message;
            };

            KeyValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                return object;
            };

            KeyValue.prototype.toJSON = function() {
                return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            KeyValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.KeyValue";
            };

            return KeyValue;
        })();

        kv.GetRequest = (function() {

            const GetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetRequest.prototype.header = null;
            GetRequest.prototype.key = $util.newBuffer([]);

            GetRequest.create = function(properties) {
                return new GetRequest(properties);
            };

            GetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.tessera.kv.RequestHeader.encode(message.header, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(18).bytes(message.key);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.GetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.tessera.kv.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.GetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.GetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.GetRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".tessera.kv.GetRequest.header: object expected");
                    message.header = $root.tessera.kv.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                return message;
            };

            GetRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.tessera.kv.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                return object;
            };

            GetRequest.prototype.toJSON = function() {
                return GetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.GetRequest";
            };

            return GetRequest;
        })();

        kv.GetResponse = (function() {

            const GetResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetResponse.prototype.error = null;
            GetResponse.prototype.found = false;
            GetResponse.prototype.value = $util.newBuffer([]);
            GetResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            GetResponse.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            GetResponse.create = function(properties) {
                return new GetResponse(properties);
            };

            GetResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(16).bool(message.found);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(26).bytes(message.value);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(32).uint64(message.version);
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                    writer.uint32(40).uint64(message.appliedIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.GetResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.found = value;
                            else
                                delete message.found;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedIndex = value;
                            else
                                delete message.appliedIndex;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.GetResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.GetResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.GetResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.GetResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.found != null)
                    if (object.found)
                        message.found = $Boolean(object.found);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.appliedIndex != null)
                    if (typeof object.appliedIndex === "object" ? object.appliedIndex.low || object.appliedIndex.high : $Number(object.appliedIndex) !== 0)
                        if ($util.Long)
                            message.appliedIndex = $util.Long.fromValue(object.appliedIndex, true);
                        else if (typeof object.appliedIndex === "string")
                            message.appliedIndex = $parseInt(object.appliedIndex, 10);
                        else if (typeof object.appliedIndex === "number")
                            message.appliedIndex = object.appliedIndex;
                        else if (typeof object.appliedIndex === "object")
                            message.appliedIndex = new $util.LongBits(object.appliedIndex.low >>> 0, object.appliedIndex.high >>> 0).toNumber(true);
                return message;
            };

            GetResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.error = null;
                    object.found = false;
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                    object.found = message.found;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.appliedIndex === "number")
                        object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                    else
                        object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                return object;
            };

            GetResponse.prototype.toJSON = function() {
                return GetResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.GetResponse";
            };

            return GetResponse;
        })();

        kv.PutRequest = (function() {

            const PutRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PutRequest.prototype.header = null;
            PutRequest.prototype.key = $util.newBuffer([]);
            PutRequest.prototype.value = $util.newBuffer([]);

            PutRequest.create = function(properties) {
                return new PutRequest(properties);
            };

            PutRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.tessera.kv.RequestHeader.encode(message.header, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(18).bytes(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(26).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PutRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.PutRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.tessera.kv.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PutRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.PutRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.PutRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.PutRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".tessera.kv.PutRequest.header: object expected");
                    message.header = $root.tessera.kv.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            PutRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.tessera.kv.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            PutRequest.prototype.toJSON = function() {
                return PutRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            PutRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.PutRequest";
            };

            return PutRequest;
        })();

        kv.PutResponse = (function() {

            const PutResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PutResponse.prototype.error = null;
            PutResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            PutResponse.create = function(properties) {
                return new PutResponse(properties);
            };

            PutResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(16).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PutResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.PutResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PutResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.PutResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.PutResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.PutResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.PutResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                return message;
            };

            PutResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.error = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                return object;
            };

            PutResponse.prototype.toJSON = function() {
                return PutResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            PutResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.PutResponse";
            };

            return PutResponse;
        })();

        kv.DeleteRequest = (function() {

            const DeleteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeleteRequest.prototype.header = null;
            DeleteRequest.prototype.key = $util.newBuffer([]);

            DeleteRequest.create = function(properties) {
                return new DeleteRequest(properties);
            };

            DeleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.tessera.kv.RequestHeader.encode(message.header, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(18).bytes(message.key);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeleteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.DeleteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.tessera.kv.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeleteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.DeleteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.DeleteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.DeleteRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".tessera.kv.DeleteRequest.header: object expected");
                    message.header = $root.tessera.kv.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                return message;
            };

            DeleteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.tessera.kv.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                return object;
            };

            DeleteRequest.prototype.toJSON = function() {
                return DeleteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeleteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.DeleteRequest";
            };

            return DeleteRequest;
        })();

        kv.DeleteResponse = (function() {

            const DeleteResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeleteResponse.prototype.error = null;
            DeleteResponse.prototype.deleted = false;

            DeleteResponse.create = function(properties) {
                return new DeleteResponse(properties);
            };

            DeleteResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                    writer.uint32(16).bool(message.deleted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeleteResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.DeleteResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeleteResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.DeleteResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.DeleteResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.DeleteResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.DeleteResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.deleted != null)
                    if (object.deleted)
                        message.deleted = $Boolean(object.deleted);
                return message;
            };

            DeleteResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.error = null;
                    object.deleted = false;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                return object;
            };

            DeleteResponse.prototype.toJSON = function() {
                return DeleteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeleteResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.DeleteResponse";
            };

            return DeleteResponse;
        })();

        kv.Compare = (function() {

            const Compare = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Compare.prototype.key = $util.newBuffer([]);
            Compare.prototype.target = 0;
            Compare.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Compare.prototype.value = $util.newBuffer([]);

            Compare.create = function(properties) {
                return new Compare(properties);
            };

            Compare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(10).bytes(message.key);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== 0)
                    writer.uint32(16).int32(message.target);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(24).uint64(message.version);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(34).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Compare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.Compare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Compare.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.Compare)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.Compare: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.Compare();
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                if (object.target !== 0 && (typeof object.target !== "string" || $root.tessera.kv.Compare.Target[object.target] !== 0))
                    switch (object.target) {
                    case "VERSION":
                    case 0:
                        message.target = 0;
                        break;
                    case "VALUE":
                    case 1:
                        message.target = 1;
                        break;
                    case "ABSENT":
                    case 2:
                        message.target = 2;
                        break;
                    default:
                        if (typeof object.target === "number" && (object.target | 0) === object.target)
                            message.target = object.target;
                    }
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            Compare.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                    object.target = options.enums === $String ? "VERSION" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = options.enums === $String ? $root.tessera.kv.Compare.Target[message.target] === $undefined ? message.target : $root.tessera.kv.Compare.Target[message.target] : message.target;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            Compare.prototype.toJSON = function() {
                return Compare.toObject(this, $protobuf.util.toJSONOptions);
            };

            Compare.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.Compare";
            };

            Compare.Target = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "VERSION"] = 0;
                values[valuesById[1] = "VALUE"] = 1;
                values[valuesById[2] = "ABSENT"] = 2;
                return values;
            })();

            return Compare;
        })();

        kv.TxnOp = (function() {

            const TxnOp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TxnOp.prototype.type = 0;
            TxnOp.prototype.key = $util.newBuffer([]);
            TxnOp.prototype.value = $util.newBuffer([]);

            TxnOp.create = function(properties) {
                return new TxnOp(properties);
            };

            TxnOp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(18).bytes(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(26).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TxnOp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.TxnOp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TxnOp.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.TxnOp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.TxnOp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.TxnOp();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.tessera.kv.TxnOp.Type[object.type] !== 0))
                    switch (object.type) {
                    case "PUT":
                    case 0:
                        message.type = 0;
                        break;
                    case "DELETE":
                    case 1:
                        message.type = 1;
                        break;
                    case "GET":
                    case 2:
                        message.type = 2;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            TxnOp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "PUT" : 0;
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.tessera.kv.TxnOp.Type[message.type] === $undefined ? message.type : $root.tessera.kv.TxnOp.Type[message.type] : message.type;
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            TxnOp.prototype.toJSON = function() {
                return TxnOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            TxnOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.TxnOp";
            };

            TxnOp.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PUT"] = 0;
                values[valuesById[1] = "DELETE"] = 1;
                values[valuesById[2] = "GET"] = 2;
                return values;
            })();

            return TxnOp;
        })();

        kv.TxnOpResult = (function() {

            const TxnOpResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TxnOpResult.prototype.found = false;
            TxnOpResult.prototype.value = $util.newBuffer([]);
            TxnOpResult.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            TxnOpResult.create = function(properties) {
                return new TxnOpResult(properties);
            };

            TxnOpResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(8).bool(message.found);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(18).bytes(message.value);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(24).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TxnOpResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.TxnOpResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.found = value;
                            else
                                delete message.found;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TxnOpResult.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.TxnOpResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.TxnOpResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.TxnOpResult();
                if (object.found != null)
                    if (object.found)
                        message.found = $Boolean(object.found);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                return message;
            };

            TxnOpResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.found = false;
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                    object.found = message.found;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                return object;
            };

            TxnOpResult.prototype.toJSON = function() {
                return TxnOpResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            TxnOpResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.TxnOpResult";
            };

            return TxnOpResult;
        })();

        kv.CasRequest = (function() {

            const CasRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CasRequest.prototype.header = null;
            CasRequest.prototype.compare = null;
            CasRequest.prototype.value = $util.newBuffer([]);
            CasRequest.prototype["delete"] = false;

            CasRequest.create = function(properties) {
                return new CasRequest(properties);
            };

            CasRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.tessera.kv.RequestHeader.encode(message.header, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.compare != null && $Object.hasOwnProperty.call(message, "compare"))
                    $root.tessera.kv.Compare.encode(message.compare, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(26).bytes(message.value);
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete") && message["delete"] !== false)
                    writer.uint32(32).bool(message["delete"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CasRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.CasRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.tessera.kv.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.compare = $root.tessera.kv.Compare.decode(reader, reader.size(), $undefined, _depth + 1, message.compare);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message["delete"] = value;
                            else
                                delete message["delete"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CasRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.CasRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.CasRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.CasRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".tessera.kv.CasRequest.header: object expected");
                    message.header = $root.tessera.kv.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.compare != null) {
                    if (!$util.isObject(object.compare))
                        throw $TypeError(".tessera.kv.CasRequest.compare: object expected");
                    message.compare = $root.tessera.kv.Compare.fromObject(object.compare, _depth + 1);
                }
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object["delete"] != null)
                    if (object["delete"])
                        message["delete"] = $Boolean(object["delete"]);
                return message;
            };

            CasRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.compare = null;
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    object["delete"] = false;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.tessera.kv.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.compare != null && $Object.hasOwnProperty.call(message, "compare"))
                    object.compare = $root.tessera.kv.Compare.toObject(message.compare, options, _depth + 1);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    object["delete"] = message["delete"];
                return object;
            };

            CasRequest.prototype.toJSON = function() {
                return CasRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            CasRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.CasRequest";
            };

            return CasRequest;
        })();

        kv.CasResponse = (function() {

            const CasResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CasResponse.prototype.error = null;
            CasResponse.prototype.succeeded = false;
            CasResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            CasResponse.prototype.found = false;
            CasResponse.prototype.currentValue = $util.newBuffer([]);

            CasResponse.create = function(properties) {
                return new CasResponse(properties);
            };

            CasResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded") && message.succeeded !== false)
                    writer.uint32(16).bool(message.succeeded);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(24).uint64(message.version);
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(32).bool(message.found);
                if (message.currentValue != null && $Object.hasOwnProperty.call(message, "currentValue") && message.currentValue.length)
                    writer.uint32(42).bytes(message.currentValue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CasResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.CasResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.succeeded = value;
                            else
                                delete message.succeeded;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.found = value;
                            else
                                delete message.found;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.currentValue = value;
                            else
                                delete message.currentValue;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CasResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.CasResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.CasResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.CasResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.CasResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.succeeded != null)
                    if (object.succeeded)
                        message.succeeded = $Boolean(object.succeeded);
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.found != null)
                    if (object.found)
                        message.found = $Boolean(object.found);
                if (object.currentValue != null)
                    if (object.currentValue.length)
                        if (typeof object.currentValue === "string")
                            $util.base64.decode(object.currentValue, message.currentValue = $util.newBuffer($util.base64.length(object.currentValue)), 0);
                        else if (object.currentValue.length >= 0)
                            message.currentValue = object.currentValue;
                return message;
            };

            CasResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.error = null;
                    object.succeeded = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.found = false;
                    if (options.bytes === $String)
                        object.currentValue = "";
                    else {
                        object.currentValue = [];
                        if (options.bytes !== $Array)
                            object.currentValue = $util.newBuffer(object.currentValue);
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded"))
                    object.succeeded = message.succeeded;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                    object.found = message.found;
                if (message.currentValue != null && $Object.hasOwnProperty.call(message, "currentValue"))
                    object.currentValue = options.bytes === $String ? $util.base64.encode(message.currentValue, 0, message.currentValue.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.currentValue) : message.currentValue;
                return object;
            };

            CasResponse.prototype.toJSON = function() {
                return CasResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            CasResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.CasResponse";
            };

            return CasResponse;
        })();

        kv.TxnRequest = (function() {

            const TxnRequest = function (properties) {
                this.compares = [];
                this.success = [];
                this.failure = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TxnRequest.prototype.header = null;
            TxnRequest.prototype.compares = $util.emptyArray;
            TxnRequest.prototype.success = $util.emptyArray;
            TxnRequest.prototype.failure = $util.emptyArray;

            TxnRequest.create = function(properties) {
                return new TxnRequest(properties);
            };

            TxnRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.tessera.kv.RequestHeader.encode(message.header, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.compares != null && message.compares.length)
                    for (let i = 0; i < message.compares.length; ++i)
                        $root.tessera.kv.Compare.encode(message.compares[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.success != null && message.success.length)
                    for (let i = 0; i < message.success.length; ++i)
                        $root.tessera.kv.TxnOp.encode(message.success[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.failure != null && message.failure.length)
                    for (let i = 0; i < message.failure.length; ++i)
                        $root.tessera.kv.TxnOp.encode(message.failure[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TxnRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.TxnRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.tessera.kv.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.compares && message.compares.length))
                                message.compares = [];
                            message.compares.push($root.tessera.kv.Compare.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.success && message.success.length))
                                message.success = [];
                            message.success.push($root.tessera.kv.TxnOp.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failure && message.failure.length))
                                message.failure = [];
                            message.failure.push($root.tessera.kv.TxnOp.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TxnRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.TxnRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.TxnRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.TxnRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".tessera.kv.TxnRequest.header: object expected");
                    message.header = $root.tessera.kv.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.compares) {
                    if (!$Array.isArray(object.compares))
                        throw $TypeError(".tessera.kv.TxnRequest.compares: array expected");
                    message.compares = $Array(object.compares.length);
                    for (let i = 0; i < object.compares.length; ++i) {
                        if (!$util.isObject(object.compares[i]))
                            throw $TypeError(".tessera.kv.TxnRequest.compares: object expected");
                        message.compares[i] = $root.tessera.kv.Compare.fromObject(object.compares[i], _depth + 1);
                    }
                }
                if (object.success) {
                    if (!$Array.isArray(object.success))
                        throw $TypeError(".tessera.kv.TxnRequest.success: array expected");
                    message.success = $Array(object.success.length);
                    for (let i = 0; i < object.success.length; ++i) {
                        if (!$util.isObject(object.success[i]))
                            throw $TypeError(".tessera.kv.TxnRequest.success: object expected");
                        message.success[i] = $root.tessera.kv.TxnOp.fromObject(object.success[i], _depth + 1);
                    }
                }
                if (object.failure) {
                    if (!$Array.isArray(object.failure))
                        throw $TypeError(".tessera.kv.TxnRequest.failure: array expected");
                    message.failure = $Array(object.failure.length);
                    for (let i = 0; i < object.failure.length; ++i) {
                        if (!$util.isObject(object.failure[i]))
                            throw $TypeError(".tessera.kv.TxnRequest.failure: object expected");
                        message.failure[i] = $root.tessera.kv.TxnOp.fromObject(object.failure[i], _depth + 1);
                    }
                }
                return message;
            };

            TxnRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.compares = [];
                    object.success = [];
                    object.failure = [];
                }
                if (options.defaults)
                    object.header = null;
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.tessera.kv.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.compares && message.compares.length) {
                    object.compares = $Array(message.compares.length);
                    for (let j = 0; j < message.compares.length; ++j)
                        object.compares[j] = $root.tessera.kv.Compare.toObject(message.compares[j], options, _depth + 1);
                }
                if (message.success && message.success.length) {
                    object.success = $Array(message.success.length);
                    for (let j = 0; j < message.success.length; ++j)
                        object.success[j] = $root.tessera.kv.TxnOp.toObject(message.success[j], options, _depth + 1);
                }
                if (message.failure && message.failure.length) {
                    object.failure = $Array(message.failure.length);
                    for (let j = 0; j < message.failure.length; ++j)
                        object.failure[j] = $root.tessera.kv.TxnOp.toObject(message.failure[j], options, _depth + 1);
                }
                return object;
            };

            TxnRequest.prototype.toJSON = function() {
                return TxnRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            TxnRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.TxnRequest";
            };

            return TxnRequest;
        })();

        kv.TxnResponse = (function() {

            const TxnResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TxnResponse.prototype.error = null;
            TxnResponse.prototype.succeeded = false;
            TxnResponse.prototype.results = $util.emptyArray;
            TxnResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            TxnResponse.create = function(properties) {
                return new TxnResponse(properties);
            };

            TxnResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded") && message.succeeded !== false)
                    writer.uint32(16).bool(message.succeeded);
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.tessera.kv.TxnOpResult.encode(message.results[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(32).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TxnResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.TxnResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.succeeded = value;
                            else
                                delete message.succeeded;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.tessera.kv.TxnOpResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TxnResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.TxnResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.TxnResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.TxnResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.TxnResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.succeeded != null)
                    if (object.succeeded)
                        message.succeeded = $Boolean(object.succeeded);
                if (object.results) {
                    if (!$Array.isArray(object.results))
                        throw $TypeError(".tessera.kv.TxnResponse.results: array expected");
                    message.results = $Array(object.results.length);
                    for (let i = 0; i < object.results.length; ++i) {
                        if (!$util.isObject(object.results[i]))
                            throw $TypeError(".tessera.kv.TxnResponse.results: object expected");
                        message.results[i] = $root.tessera.kv.TxnOpResult.fromObject(object.results[i], _depth + 1);
                    }
                }
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                return message;
            };

            TxnResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.results = [];
                if (options.defaults) {
                    object.error = null;
                    object.succeeded = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded"))
                    object.succeeded = message.succeeded;
                if (message.results && message.results.length) {
                    object.results = $Array(message.results.length);
                    for (let j = 0; j < message.results.length; ++j)
                        object.results[j] = $root.tessera.kv.TxnOpResult.toObject(message.results[j], options, _depth + 1);
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                return object;
            };

            TxnResponse.prototype.toJSON = function() {
                return TxnResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            TxnResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.TxnResponse";
            };

            return TxnResponse;
        })();

        kv.ScanRequest = (function() {

            const ScanRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ScanRequest.prototype.header = null;
            ScanRequest.prototype.start = $util.newBuffer([]);
            ScanRequest.prototype.end = $util.newBuffer([]);
            ScanRequest.prototype.limit = 0;

            ScanRequest.create = function(properties) {
                return new ScanRequest(properties);
            };

            ScanRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.tessera.kv.RequestHeader.encode(message.header, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start.length)
                    writer.uint32(18).bytes(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && message.end.length)
                    writer.uint32(26).bytes(message.end);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(32).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ScanRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.ScanRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.tessera.kv.RequestHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ScanRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.ScanRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.ScanRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.ScanRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".tessera.kv.ScanRequest.header: object expected");
                    message.header = $root.tessera.kv.RequestHeader.fromObject(object.header, _depth + 1);
                }
                if (object.start != null)
                    if (object.start.length)
                        if (typeof object.start === "string")
                            $util.base64.decode(object.start, message.start = $util.newBuffer($util.base64.length(object.start)), 0);
                        else if (object.start.length >= 0)
                            message.start = object.start;
                if (object.end != null)
                    if (object.end.length)
                        if (typeof object.end === "string")
                            $util.base64.decode(object.end, message.end = $util.newBuffer($util.base64.length(object.end)), 0);
                        else if (object.end.length >= 0)
                            message.end = object.end;
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            ScanRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    if (options.bytes === $String)
                        object.start = "";
                    else {
                        object.start = [];
                        if (options.bytes !== $Array)
                            object.start = $util.newBuffer(object.start);
                    }
                    if (options.bytes === $String)
                        object.end = "";
                    else {
                        object.end = [];
                        if (options.bytes !== $Array)
                            object.end = $util.newBuffer(object.end);
                    }
                    object.limit = 0;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.tessera.kv.RequestHeader.toObject(message.header, options, _depth + 1);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = options.bytes === $String ? $util.base64.encode(message.start, 0, message.start.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.start) : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    object.end = options.bytes === $String ? $util.base64.encode(message.end, 0, message.end.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.end) : message.end;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            ScanRequest.prototype.toJSON = function() {
                return ScanRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ScanRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.ScanRequest";
            };

            return ScanRequest;
        })();

        kv.ScanResponse = (function() {

            const ScanResponse = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ScanResponse.prototype.error = null;
            ScanResponse.prototype.items = $util.emptyArray;
            ScanResponse.prototype.more = false;
            ScanResponse.prototype.nextStart = $util.newBuffer([]);
            ScanResponse.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ScanResponse.create = function(properties) {
                return new ScanResponse(properties);
            };

            ScanResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.tessera.kv.KeyValue.encode(message.items[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(24).bool(message.more);
                if (message.nextStart != null && $Object.hasOwnProperty.call(message, "nextStart") && message.nextStart.length)
                    writer.uint32(34).bytes(message.nextStart);
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                    writer.uint32(40).uint64(message.appliedIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ScanResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.ScanResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.tessera.kv.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.more = value;
                            else
                                delete message.more;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextStart = value;
                            else
                                delete message.nextStart;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedIndex = value;
                            else
                                delete message.appliedIndex;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ScanResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.ScanResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.ScanResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.ScanResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.ScanResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".tessera.kv.ScanResponse.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".tessera.kv.ScanResponse.items: object expected");
                        message.items[i] = $root.tessera.kv.KeyValue.fromObject(object.items[i], _depth + 1);
                    }
                }
                if (object.more != null)
                    if (object.more)
                        message.more = $Boolean(object.more);
                if (object.nextStart != null)
                    if (object.nextStart.length)
                        if (typeof object.nextStart === "string")
                            $util.base64.decode(object.nextStart, message.nextStart = $util.newBuffer($util.base64.length(object.nextStart)), 0);
                        else if (object.nextStart.length >= 0)
                            message.nextStart = object.nextStart;
                if (object.appliedIndex != null)
                    if (typeof object.appliedIndex === "object" ? object.appliedIndex.low || object.appliedIndex.high : $Number(object.appliedIndex) !== 0)
                        if ($util.Long)
                            message.appliedIndex = $util.Long.fromValue(object.appliedIndex, true);
                        else if (typeof object.appliedIndex === "string")
                            message.appliedIndex = $parseInt(object.appliedIndex, 10);
                        else if (typeof object.appliedIndex === "number")
                            message.appliedIndex = object.appliedIndex;
                        else if (typeof object.appliedIndex === "object")
                            message.appliedIndex = new $util.LongBits(object.appliedIndex.low >>> 0, object.appliedIndex.high >>> 0).toNumber(true);
                return message;
            };

            ScanResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (options.defaults) {
                    object.error = null;
                    object.more = false;
                    if (options.bytes === $String)
                        object.nextStart = "";
                    else {
                        object.nextStart = [];
                        if (options.bytes !== $Array)
                            object.nextStart = $util.newBuffer(object.nextStart);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.tessera.kv.KeyValue.toObject(message.items[j], options, _depth + 1);
                }
                if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                    object.more = message.more;
                if (message.nextStart != null && $Object.hasOwnProperty.call(message, "nextStart"))
                    object.nextStart = options.bytes === $String ? $util.base64.encode(message.nextStart, 0, message.nextStart.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextStart) : message.nextStart;
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.appliedIndex === "number")
                        object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                    else
                        object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                return object;
            };

            ScanResponse.prototype.toJSON = function() {
                return ScanResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ScanResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.ScanResponse";
            };

            return ScanResponse;
        })();

        kv.BatchItem = (function() {

            const BatchItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BatchItem.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            BatchItem.prototype.get = null;
            BatchItem.prototype.put = null;
            BatchItem.prototype["delete"] = null;
            BatchItem.prototype.cas = null;
            BatchItem.prototype.txn = null;
            BatchItem.prototype.scan = null;

            let $oneOfFields;

            $Object.defineProperty(BatchItem.prototype, "request", {
                get: $util.oneOfGetter($oneOfFields = ["get", "put", "delete", "cas", "txn", "scan"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            BatchItem.create = function(properties) {
                return new BatchItem(properties);
            };

            BatchItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.get != null && $Object.hasOwnProperty.call(message, "get"))
                    $root.tessera.kv.GetRequest.encode(message.get, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.put != null && $Object.hasOwnProperty.call(message, "put"))
                    $root.tessera.kv.PutRequest.encode(message.put, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.tessera.kv.DeleteRequest.encode(message["delete"], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.cas != null && $Object.hasOwnProperty.call(message, "cas"))
                    $root.tessera.kv.CasRequest.encode(message.cas, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn"))
                    $root.tessera.kv.TxnRequest.encode(message.txn, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.scan != null && $Object.hasOwnProperty.call(message, "scan"))
                    $root.tessera.kv.ScanRequest.encode(message.scan, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BatchItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.BatchItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.get = $root.tessera.kv.GetRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.get);
                            message.request = "get";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.put = $root.tessera.kv.PutRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.put);
                            message.request = "put";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.tessera.kv.DeleteRequest.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.request = "delete";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.cas = $root.tessera.kv.CasRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.cas);
                            message.request = "cas";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.txn = $root.tessera.kv.TxnRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.txn);
                            message.request = "txn";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.scan = $root.tessera.kv.ScanRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.scan);
                            message.request = "scan";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BatchItem.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.BatchItem)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.BatchItem: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.BatchItem();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.get != null) {
                    if (!$util.isObject(object.get))
                        throw $TypeError(".tessera.kv.BatchItem.get: object expected");
                    message.get = $root.tessera.kv.GetRequest.fromObject(object.get, _depth + 1);
                }
                if (object.put != null) {
                    if (!$util.isObject(object.put))
                        throw $TypeError(".tessera.kv.BatchItem.put: object expected");
                    message.put = $root.tessera.kv.PutRequest.fromObject(object.put, _depth + 1);
                }
                if (object["delete"] != null) {
                    if (!$util.isObject(object["delete"]))
                        throw $TypeError(".tessera.kv.BatchItem.delete: object expected");
                    message["delete"] = $root.tessera.kv.DeleteRequest.fromObject(object["delete"], _depth + 1);
                }
                if (object.cas != null) {
                    if (!$util.isObject(object.cas))
                        throw $TypeError(".tessera.kv.BatchItem.cas: object expected");
                    message.cas = $root.tessera.kv.CasRequest.fromObject(object.cas, _depth + 1);
                }
                if (object.txn != null) {
                    if (!$util.isObject(object.txn))
                        throw $TypeError(".tessera.kv.BatchItem.txn: object expected");
                    message.txn = $root.tessera.kv.TxnRequest.fromObject(object.txn, _depth + 1);
                }
                if (object.scan != null) {
                    if (!$util.isObject(object.scan))
                        throw $TypeError(".tessera.kv.BatchItem.scan: object expected");
                    message.scan = $root.tessera.kv.ScanRequest.fromObject(object.scan, _depth + 1);
                }
                return message;
            };

            BatchItem.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.get != null && $Object.hasOwnProperty.call(message, "get")) {
                    object.get = $root.tessera.kv.GetRequest.toObject(message.get, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "get";
                }
                if (message.put != null && $Object.hasOwnProperty.call(message, "put")) {
                    object.put = $root.tessera.kv.PutRequest.toObject(message.put, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "put";
                }
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete")) {
                    object["delete"] = $root.tessera.kv.DeleteRequest.toObject(message["delete"], options, _depth + 1);
                    if (options.oneofs)
                        object.request = "delete";
                }
                if (message.cas != null && $Object.hasOwnProperty.call(message, "cas")) {
                    object.cas = $root.tessera.kv.CasRequest.toObject(message.cas, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "cas";
                }
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn")) {
                    object.txn = $root.tessera.kv.TxnRequest.toObject(message.txn, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "txn";
                }
                if (message.scan != null && $Object.hasOwnProperty.call(message, "scan")) {
                    object.scan = $root.tessera.kv.ScanRequest.toObject(message.scan, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "scan";
                }
                return object;
            };

            BatchItem.prototype.toJSON = function() {
                return BatchItem.toObject(this, $protobuf.util.toJSONOptions);
            };

            BatchItem.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.BatchItem";
            };

            return BatchItem;
        })();

        kv.BatchRequest = (function() {

            const BatchRequest = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BatchRequest.prototype.items = $util.emptyArray;

            BatchRequest.create = function(properties) {
                return new BatchRequest(properties);
            };

            BatchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.tessera.kv.BatchItem.encode(message.items[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BatchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.BatchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.tessera.kv.BatchItem.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BatchRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.BatchRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.BatchRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.BatchRequest();
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".tessera.kv.BatchRequest.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".tessera.kv.BatchRequest.items: object expected");
                        message.items[i] = $root.tessera.kv.BatchItem.fromObject(object.items[i], _depth + 1);
                    }
                }
                return message;
            };

            BatchRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.tessera.kv.BatchItem.toObject(message.items[j], options, _depth + 1);
                }
                return object;
            };

            BatchRequest.prototype.toJSON = function() {
                return BatchRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            BatchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.BatchRequest";
            };

            return BatchRequest;
        })();

        kv.BatchResult = (function() {

            const BatchResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BatchResult.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            BatchResult.prototype.get = null;
            BatchResult.prototype.put = null;
            BatchResult.prototype["delete"] = null;
            BatchResult.prototype.cas = null;
            BatchResult.prototype.txn = null;
            BatchResult.prototype.scan = null;

            let $oneOfFields;

            $Object.defineProperty(BatchResult.prototype, "response", {
                get: $util.oneOfGetter($oneOfFields = ["get", "put", "delete", "cas", "txn", "scan"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            BatchResult.create = function(properties) {
                return new BatchResult(properties);
            };

            BatchResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.get != null && $Object.hasOwnProperty.call(message, "get"))
                    $root.tessera.kv.GetResponse.encode(message.get, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.put != null && $Object.hasOwnProperty.call(message, "put"))
                    $root.tessera.kv.PutResponse.encode(message.put, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.tessera.kv.DeleteResponse.encode(message["delete"], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.cas != null && $Object.hasOwnProperty.call(message, "cas"))
                    $root.tessera.kv.CasResponse.encode(message.cas, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn"))
                    $root.tessera.kv.TxnResponse.encode(message.txn, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.scan != null && $Object.hasOwnProperty.call(message, "scan"))
                    $root.tessera.kv.ScanResponse.encode(message.scan, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BatchResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.BatchResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.get = $root.tessera.kv.GetResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.get);
                            message.response = "get";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.put = $root.tessera.kv.PutResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.put);
                            message.response = "put";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.tessera.kv.DeleteResponse.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.response = "delete";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.cas = $root.tessera.kv.CasResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.cas);
                            message.response = "cas";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.txn = $root.tessera.kv.TxnResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.txn);
                            message.response = "txn";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.scan = $root.tessera.kv.ScanResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.scan);
                            message.response = "scan";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BatchResult.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.BatchResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.BatchResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.BatchResult();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.get != null) {
                    if (!$util.isObject(object.get))
                        throw $TypeError(".tessera.kv.BatchResult.get: object expected");
                    message.get = $root.tessera.kv.GetResponse.fromObject(object.get, _depth + 1);
                }
                if (object.put != null) {
                    if (!$util.isObject(object.put))
                        throw $TypeError(".tessera.kv.BatchResult.put: object expected");
                    message.put = $root.tessera.kv.PutResponse.fromObject(object.put, _depth + 1);
                }
                if (object["delete"] != null) {
                    if (!$util.isObject(object["delete"]))
                        throw $TypeError(".tessera.kv.BatchResult.delete: object expected");
                    message["delete"] = $root.tessera.kv.DeleteResponse.fromObject(object["delete"], _depth + 1);
                }
                if (object.cas != null) {
                    if (!$util.isObject(object.cas))
                        throw $TypeError(".tessera.kv.BatchResult.cas: object expected");
                    message.cas = $root.tessera.kv.CasResponse.fromObject(object.cas, _depth + 1);
                }
                if (object.txn != null) {
                    if (!$util.isObject(object.txn))
                        throw $TypeError(".tessera.kv.BatchResult.txn: object expected");
                    message.txn = $root.tessera.kv.TxnResponse.fromObject(object.txn, _depth + 1);
                }
                if (object.scan != null) {
                    if (!$util.isObject(object.scan))
                        throw $TypeError(".tessera.kv.BatchResult.scan: object expected");
                    message.scan = $root.tessera.kv.ScanResponse.fromObject(object.scan, _depth + 1);
                }
                return message;
            };

            BatchResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.get != null && $Object.hasOwnProperty.call(message, "get")) {
                    object.get = $root.tessera.kv.GetResponse.toObject(message.get, options, _depth + 1);
                    if (options.oneofs)
                        object.response = "get";
                }
                if (message.put != null && $Object.hasOwnProperty.call(message, "put")) {
                    object.put = $root.tessera.kv.PutResponse.toObject(message.put, options, _depth + 1);
                    if (options.oneofs)
                        object.response = "put";
                }
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete")) {
                    object["delete"] = $root.tessera.kv.DeleteResponse.toObject(message["delete"], options, _depth + 1);
                    if (options.oneofs)
                        object.response = "delete";
                }
                if (message.cas != null && $Object.hasOwnProperty.call(message, "cas")) {
                    object.cas = $root.tessera.kv.CasResponse.toObject(message.cas, options, _depth + 1);
                    if (options.oneofs)
                        object.response = "cas";
                }
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn")) {
                    object.txn = $root.tessera.kv.TxnResponse.toObject(message.txn, options, _depth + 1);
                    if (options.oneofs)
                        object.response = "txn";
                }
                if (message.scan != null && $Object.hasOwnProperty.call(message, "scan")) {
                    object.scan = $root.tessera.kv.ScanResponse.toObject(message.scan, options, _depth + 1);
                    if (options.oneofs)
                        object.response = "scan";
                }
                return object;
            };

            BatchResult.prototype.toJSON = function() {
                return BatchResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            BatchResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.BatchResult";
            };

            return BatchResult;
        })();

        kv.BatchResponse = (function() {

            const BatchResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BatchResponse.prototype.results = $util.emptyArray;

            BatchResponse.create = function(properties) {
                return new BatchResponse(properties);
            };

            BatchResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.tessera.kv.BatchResult.encode(message.results[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BatchResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.BatchResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.tessera.kv.BatchResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BatchResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.BatchResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.BatchResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.BatchResponse();
                if (object.results) {
                    if (!$Array.isArray(object.results))
                        throw $TypeError(".tessera.kv.BatchResponse.results: array expected");
                    message.results = $Array(object.results.length);
                    for (let i = 0; i < object.results.length; ++i) {
                        if (!$util.isObject(object.results[i]))
                            throw $TypeError(".tessera.kv.BatchResponse.results: object expected");
                        message.results[i] = $root.tessera.kv.BatchResult.fromObject(object.results[i], _depth + 1);
                    }
                }
                return message;
            };

            BatchResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.results = [];
                if (message.results && message.results.length) {
                    object.results = $Array(message.results.length);
                    for (let j = 0; j < message.results.length; ++j)
                        object.results[j] = $root.tessera.kv.BatchResult.toObject(message.results[j], options, _depth + 1);
                }
                return object;
            };

            BatchResponse.prototype.toJSON = function() {
                return BatchResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            BatchResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.BatchResponse";
            };

            return BatchResponse;
        })();

        kv.Member = (function() {

            const Member = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Member.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Member.prototype.clientAddress = "";
            Member.prototype.peerAddress = "";
            Member.prototype.role = "";
            Member.prototype.state = "";

            Member.create = function(properties) {
                return new Member(properties);
            };

            Member.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                    writer.uint32(18).string(message.clientAddress);
                if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                    writer.uint32(26).string(message.peerAddress);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(34).string(message.role);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(42).string(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Member.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.Member();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAddress = value;
                            else
                                delete message.clientAddress;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerAddress = value;
                            else
                                delete message.peerAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Member.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.Member)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.Member: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.Member();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.clientAddress != null)
                    if (typeof object.clientAddress !== "string" || object.clientAddress.length)
                        message.clientAddress = $String(object.clientAddress);
                if (object.peerAddress != null)
                    if (typeof object.peerAddress !== "string" || object.peerAddress.length)
                        message.peerAddress = $String(object.peerAddress);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                return message;
            };

            Member.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clientAddress = "";
                    object.peerAddress = "";
                    object.role = "";
                    object.state = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress"))
                    object.clientAddress = message.clientAddress;
                if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress"))
                    object.peerAddress = message.peerAddress;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                return object;
            };

            Member.prototype.toJSON = function() {
                return Member.toObject(this, $protobuf.util.toJSONOptions);
            };

            Member.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.Member";
            };

            return Member;
        })();

        kv.ShardDescriptor = (function() {

            const ShardDescriptor = function (properties) {
                this.replicas = [];
                this.observedVoters = [];
                this.observedLearners = [];
                this.observedOutgoing = [];
                this.targetReplicas = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ShardDescriptor.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardDescriptor.prototype.slotStart = 0;
            ShardDescriptor.prototype.slotEnd = 0;
            ShardDescriptor.prototype.replicas = $util.emptyArray;
            ShardDescriptor.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardDescriptor.prototype.leaderHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardDescriptor.prototype.observedVoters = $util.emptyArray;
            ShardDescriptor.prototype.observedLearners = $util.emptyArray;
            ShardDescriptor.prototype.observedOutgoing = $util.emptyArray;
            ShardDescriptor.prototype.observedApplied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardDescriptor.prototype.targetReplicas = $util.emptyArray;

            ShardDescriptor.create = function(properties) {
                return new ShardDescriptor(properties);
            };

            ShardDescriptor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.slotStart != null && $Object.hasOwnProperty.call(message, "slotStart") && message.slotStart !== 0)
                    writer.uint32(16).uint32(message.slotStart);
                if (message.slotEnd != null && $Object.hasOwnProperty.call(message, "slotEnd") && message.slotEnd !== 0)
                    writer.uint32(24).uint32(message.slotEnd);
                if (message.replicas != null && message.replicas.length)
                    writer.uint32(34).uint64s(message.replicas);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(40).uint64(message.epoch);
                if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint") && (typeof message.leaderHint === "object" ? message.leaderHint.low || message.leaderHint.high : message.leaderHint !== 0))
                    writer.uint32(48).uint64(message.leaderHint);
                if (message.observedVoters != null && message.observedVoters.length)
                    writer.uint32(58).uint64s(message.observedVoters);
                if (message.observedLearners != null && message.observedLearners.length)
                    writer.uint32(66).uint64s(message.observedLearners);
                if (message.observedOutgoing != null && message.observedOutgoing.length)
                    writer.uint32(74).uint64s(message.observedOutgoing);
                if (message.observedApplied != null && $Object.hasOwnProperty.call(message, "observedApplied") && (typeof message.observedApplied === "object" ? message.observedApplied.low || message.observedApplied.high : message.observedApplied !== 0))
                    writer.uint32(80).uint64(message.observedApplied);
                if (message.targetReplicas != null && message.targetReplicas.length)
                    writer.uint32(90).uint64s(message.targetReplicas);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ShardDescriptor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.ShardDescriptor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slotStart = value;
                            else
                                delete message.slotStart;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slotEnd = value;
                            else
                                delete message.slotEnd;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.replicas && message.replicas.length))
                                    message.replicas = [];
                                reader.uint64s(message.replicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push(reader.uint64());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderHint = value;
                            else
                                delete message.leaderHint;
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.observedVoters && message.observedVoters.length))
                                    message.observedVoters = [];
                                reader.uint64s(message.observedVoters);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.observedVoters && message.observedVoters.length))
                                message.observedVoters = [];
                            message.observedVoters.push(reader.uint64());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.observedLearners && message.observedLearners.length))
                                    message.observedLearners = [];
                                reader.uint64s(message.observedLearners);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.observedLearners && message.observedLearners.length))
                                message.observedLearners = [];
                            message.observedLearners.push(reader.uint64());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.observedOutgoing && message.observedOutgoing.length))
                                    message.observedOutgoing = [];
                                reader.uint64s(message.observedOutgoing);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.observedOutgoing && message.observedOutgoing.length))
                                message.observedOutgoing = [];
                            message.observedOutgoing.push(reader.uint64());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.observedApplied = value;
                            else
                                delete message.observedApplied;
                            continue;
                        }
                    case 11: {
                            if (wireType === 2) {
                                if (!(message.targetReplicas && message.targetReplicas.length))
                                    message.targetReplicas = [];
                                reader.uint64s(message.targetReplicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.targetReplicas && message.targetReplicas.length))
                                message.targetReplicas = [];
                            message.targetReplicas.push(reader.uint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ShardDescriptor.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.ShardDescriptor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.ShardDescriptor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.ShardDescriptor();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.slotStart != null)
                    if ($Number(object.slotStart) !== 0)
                        message.slotStart = object.slotStart >>> 0;
                if (object.slotEnd != null)
                    if ($Number(object.slotEnd) !== 0)
                        message.slotEnd = object.slotEnd >>> 0;
                if (object.replicas) {
                    if (!$Array.isArray(object.replicas))
                        throw $TypeError(".tessera.kv.ShardDescriptor.replicas: array expected");
                    message.replicas = $Array(object.replicas.length);
                    for (let i = 0; i < object.replicas.length; ++i)
                        if ($util.Long)
                            message.replicas[i] = $util.Long.fromValue(object.replicas[i], true);
                        else if (typeof object.replicas[i] === "string")
                            message.replicas[i] = $parseInt(object.replicas[i], 10);
                        else if (typeof object.replicas[i] === "number")
                            message.replicas[i] = object.replicas[i];
                        else if (typeof object.replicas[i] === "object")
                            message.replicas[i] = new $util.LongBits(object.replicas[i].low >>> 0, object.replicas[i].high >>> 0).toNumber(true);
                }
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.leaderHint != null)
                    if (typeof object.leaderHint === "object" ? object.leaderHint.low || object.leaderHint.high : $Number(object.leaderHint) !== 0)
                        if ($util.Long)
                            message.leaderHint = $util.Long.fromValue(object.leaderHint, true);
                        else if (typeof object.leaderHint === "string")
                            message.leaderHint = $parseInt(object.leaderHint, 10);
                        else if (typeof object.leaderHint === "number")
                            message.leaderHint = object.leaderHint;
                        else if (typeof object.leaderHint === "object")
                            message.leaderHint = new $util.LongBits(object.leaderHint.low >>> 0, object.leaderHint.high >>> 0).toNumber(true);
                if (object.observedVoters) {
                    if (!$Array.isArray(object.observedVoters))
                        throw $TypeError(".tessera.kv.ShardDescriptor.observedVoters: array expected");
                    message.observedVoters = $Array(object.observedVoters.length);
                    for (let i = 0; i < object.observedVoters.length; ++i)
                        if ($util.Long)
                            message.observedVoters[i] = $util.Long.fromValue(object.observedVoters[i], true);
                        else if (typeof object.observedVoters[i] === "string")
                            message.observedVoters[i] = $parseInt(object.observedVoters[i], 10);
                        else if (typeof object.observedVoters[i] === "number")
                            message.observedVoters[i] = object.observedVoters[i];
                        else if (typeof object.observedVoters[i] === "object")
                            message.observedVoters[i] = new $util.LongBits(object.observedVoters[i].low >>> 0, object.observedVoters[i].high >>> 0).toNumber(true);
                }
                if (object.observedLearners) {
                    if (!$Array.isArray(object.observedLearners))
                        throw $TypeError(".tessera.kv.ShardDescriptor.observedLearners: array expected");
                    message.observedLearners = $Array(object.observedLearners.length);
                    for (let i = 0; i < object.observedLearners.length; ++i)
                        if ($util.Long)
                            message.observedLearners[i] = $util.Long.fromValue(object.observedLearners[i], true);
                        else if (typeof object.observedLearners[i] === "string")
                            message.observedLearners[i] = $parseInt(object.observedLearners[i], 10);
                        else if (typeof object.observedLearners[i] === "number")
                            message.observedLearners[i] = object.observedLearners[i];
                        else if (typeof object.observedLearners[i] === "object")
                            message.observedLearners[i] = new $util.LongBits(object.observedLearners[i].low >>> 0, object.observedLearners[i].high >>> 0).toNumber(true);
                }
                if (object.observedOutgoing) {
                    if (!$Array.isArray(object.observedOutgoing))
                        throw $TypeError(".tessera.kv.ShardDescriptor.observedOutgoing: array expected");
                    message.observedOutgoing = $Array(object.observedOutgoing.length);
                    for (let i = 0; i < object.observedOutgoing.length; ++i)
                        if ($util.Long)
                            message.observedOutgoing[i] = $util.Long.fromValue(object.observedOutgoing[i], true);
                        else if (typeof object.observedOutgoing[i] === "string")
                            message.observedOutgoing[i] = $parseInt(object.observedOutgoing[i], 10);
                        else if (typeof object.observedOutgoing[i] === "number")
                            message.observedOutgoing[i] = object.observedOutgoing[i];
                        else if (typeof object.observedOutgoing[i] === "object")
                            message.observedOutgoing[i] = new $util.LongBits(object.observedOutgoing[i].low >>> 0, object.observedOutgoing[i].high >>> 0).toNumber(true);
                }
                if (object.observedApplied != null)
                    if (typeof object.observedApplied === "object" ? object.observedApplied.low || object.observedApplied.high : $Number(object.observedApplied) !== 0)
                        if ($util.Long)
                            message.observedApplied = $util.Long.fromValue(object.observedApplied, true);
                        else if (typeof object.observedApplied === "string")
                            message.observedApplied = $parseInt(object.observedApplied, 10);
                        else if (typeof object.observedApplied === "number")
                            message.observedApplied = object.observedApplied;
                        else if (typeof object.observedApplied === "object")
                            message.observedApplied = new $util.LongBits(object.observedApplied.low >>> 0, object.observedApplied.high >>> 0).toNumber(true);
                if (object.targetReplicas) {
                    if (!$Array.isArray(object.targetReplicas))
                        throw $TypeError(".tessera.kv.ShardDescriptor.targetReplicas: array expected");
                    message.targetReplicas = $Array(object.targetReplicas.length);
                    for (let i = 0; i < object.targetReplicas.length; ++i)
                        if ($util.Long)
                            message.targetReplicas[i] = $util.Long.fromValue(object.targetReplicas[i], true);
                        else if (typeof object.targetReplicas[i] === "string")
                            message.targetReplicas[i] = $parseInt(object.targetReplicas[i], 10);
                        else if (typeof object.targetReplicas[i] === "number")
                            message.targetReplicas[i] = object.targetReplicas[i];
                        else if (typeof object.targetReplicas[i] === "object")
                            message.targetReplicas[i] = new $util.LongBits(object.targetReplicas[i].low >>> 0, object.targetReplicas[i].high >>> 0).toNumber(true);
                }
                return message;
            };

            ShardDescriptor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.replicas = [];
                    object.observedVoters = [];
                    object.observedLearners = [];
                    object.observedOutgoing = [];
                    object.targetReplicas = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.slotStart = 0;
                    object.slotEnd = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaderHint = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaderHint = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.observedApplied = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.observedApplied = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.slotStart != null && $Object.hasOwnProperty.call(message, "slotStart"))
                    object.slotStart = message.slotStart;
                if (message.slotEnd != null && $Object.hasOwnProperty.call(message, "slotEnd"))
                    object.slotEnd = message.slotEnd;
                if (message.replicas && message.replicas.length) {
                    object.replicas = $Array(message.replicas.length);
                    for (let j = 0; j < message.replicas.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.replicas[j] = typeof message.replicas[j] === "number" ? $BigInt(message.replicas[j]) : $util.Long.fromBits(message.replicas[j].low >>> 0, message.replicas[j].high >>> 0, true).toBigInt();
                        else if (typeof message.replicas[j] === "number")
                            object.replicas[j] = options.longs === $String ? $String(message.replicas[j]) : message.replicas[j];
                        else
                            object.replicas[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.replicas[j]) : options.longs === $Number ? new $util.LongBits(message.replicas[j].low >>> 0, message.replicas[j].high >>> 0).toNumber(true) : message.replicas[j];
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaderHint = typeof message.leaderHint === "number" ? $BigInt(message.leaderHint) : $util.Long.fromBits(message.leaderHint.low >>> 0, message.leaderHint.high >>> 0, true).toBigInt();
                    else if (typeof message.leaderHint === "number")
                        object.leaderHint = options.longs === $String ? $String(message.leaderHint) : message.leaderHint;
                    else
                        object.leaderHint = options.longs === $String ? $util.Long.prototype.toString.call(message.leaderHint) : options.longs === $Number ? new $util.LongBits(message.leaderHint.low >>> 0, message.leaderHint.high >>> 0).toNumber(true) : message.leaderHint;
                if (message.observedVoters && message.observedVoters.length) {
                    object.observedVoters = $Array(message.observedVoters.length);
                    for (let j = 0; j < message.observedVoters.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.observedVoters[j] = typeof message.observedVoters[j] === "number" ? $BigInt(message.observedVoters[j]) : $util.Long.fromBits(message.observedVoters[j].low >>> 0, message.observedVoters[j].high >>> 0, true).toBigInt();
                        else if (typeof message.observedVoters[j] === "number")
                            object.observedVoters[j] = options.longs === $String ? $String(message.observedVoters[j]) : message.observedVoters[j];
                        else
                            object.observedVoters[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.observedVoters[j]) : options.longs === $Number ? new $util.LongBits(message.observedVoters[j].low >>> 0, message.observedVoters[j].high >>> 0).toNumber(true) : message.observedVoters[j];
                }
                if (message.observedLearners && message.observedLearners.length) {
                    object.observedLearners = $Array(message.observedLearners.length);
                    for (let j = 0; j < message.observedLearners.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.observedLearners[j] = typeof message.observedLearners[j] === "number" ? $BigInt(message.observedLearners[j]) : $util.Long.fromBits(message.observedLearners[j].low >>> 0, message.observedLearners[j].high >>> 0, true).toBigInt();
                        else if (typeof message.observedLearners[j] === "number")
                            object.observedLearners[j] = options.longs === $String ? $String(message.observedLearners[j]) : message.observedLearners[j];
                        else
                            object.observedLearners[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.observedLearners[j]) : options.longs === $Number ? new $util.LongBits(message.observedLearners[j].low >>> 0, message.observedLearners[j].high >>> 0).toNumber(true) : message.observedLearners[j];
                }
                if (message.observedOutgoing && message.observedOutgoing.length) {
                    object.observedOutgoing = $Array(message.observedOutgoing.length);
                    for (let j = 0; j < message.observedOutgoing.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.observedOutgoing[j] = typeof message.observedOutgoing[j] === "number" ? $BigInt(message.observedOutgoing[j]) : $util.Long.fromBits(message.observedOutgoing[j].low >>> 0, message.observedOutgoing[j].high >>> 0, true).toBigInt();
                        else if (typeof message.observedOutgoing[j] === "number")
                            object.observedOutgoing[j] = options.longs === $String ? $String(message.observedOutgoing[j]) : message.observedOutgoing[j];
                        else
                            object.observedOutgoing[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.observedOutgoing[j]) : options.longs === $Number ? new $util.LongBits(message.observedOutgoing[j].low >>> 0, message.observedOutgoing[j].high >>> 0).toNumber(true) : message.observedOutgoing[j];
                }
                if (message.observedApplied != null && $Object.hasOwnProperty.call(message, "observedApplied"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.observedApplied = typeof message.observedApplied === "number" ? $BigInt(message.observedApplied) : $util.Long.fromBits(message.observedApplied.low >>> 0, message.observedApplied.high >>> 0, true).toBigInt();
                    else if (typeof message.observedApplied === "number")
                        object.observedApplied = options.longs === $String ? $String(message.observedApplied) : message.observedApplied;
                    else
                        object.observedApplied = options.longs === $String ? $util.Long.prototype.toString.call(message.observedApplied) : options.longs === $Number ? new $util.LongBits(message.observedApplied.low >>> 0, message.observedApplied.high >>> 0).toNumber(true) : message.observedApplied;
                if (message.targetReplicas && message.targetReplicas.length) {
                    object.targetReplicas = $Array(message.targetReplicas.length);
                    for (let j = 0; j < message.targetReplicas.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.targetReplicas[j] = typeof message.targetReplicas[j] === "number" ? $BigInt(message.targetReplicas[j]) : $util.Long.fromBits(message.targetReplicas[j].low >>> 0, message.targetReplicas[j].high >>> 0, true).toBigInt();
                        else if (typeof message.targetReplicas[j] === "number")
                            object.targetReplicas[j] = options.longs === $String ? $String(message.targetReplicas[j]) : message.targetReplicas[j];
                        else
                            object.targetReplicas[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.targetReplicas[j]) : options.longs === $Number ? new $util.LongBits(message.targetReplicas[j].low >>> 0, message.targetReplicas[j].high >>> 0).toNumber(true) : message.targetReplicas[j];
                }
                return object;
            };

            ShardDescriptor.prototype.toJSON = function() {
                return ShardDescriptor.toObject(this, $protobuf.util.toJSONOptions);
            };

            ShardDescriptor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.ShardDescriptor";
            };

            return ShardDescriptor;
        })();

        kv.ShardMap = (function() {

            const ShardMap = function (properties) {
                this.shards = [];
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ShardMap.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardMap.prototype.slotCount = 0;
            ShardMap.prototype.shards = $util.emptyArray;
            ShardMap.prototype.members = $util.emptyArray;
            ShardMap.prototype.meta = null;
            ShardMap.prototype.replicaCount = 0;

            ShardMap.create = function(properties) {
                return new ShardMap(properties);
            };

            ShardMap.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(8).uint64(message.epoch);
                if (message.slotCount != null && $Object.hasOwnProperty.call(message, "slotCount") && message.slotCount !== 0)
                    writer.uint32(16).uint32(message.slotCount);
                if (message.shards != null && message.shards.length)
                    for (let i = 0; i < message.shards.length; ++i)
                        $root.tessera.kv.ShardDescriptor.encode(message.shards[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.tessera.kv.Member.encode(message.members[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.tessera.kv.ShardDescriptor.encode(message.meta, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.replicaCount != null && $Object.hasOwnProperty.call(message, "replicaCount") && message.replicaCount !== 0)
                    writer.uint32(48).uint32(message.replicaCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ShardMap.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.ShardMap();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slotCount = value;
                            else
                                delete message.slotCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shards && message.shards.length))
                                message.shards = [];
                            message.shards.push($root.tessera.kv.ShardDescriptor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.tessera.kv.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.tessera.kv.ShardDescriptor.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replicaCount = value;
                            else
                                delete message.replicaCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ShardMap.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.ShardMap)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.ShardMap: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.ShardMap();
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.slotCount != null)
                    if ($Number(object.slotCount) !== 0)
                        message.slotCount = object.slotCount >>> 0;
                if (object.shards) {
                    if (!$Array.isArray(object.shards))
                        throw $TypeError(".tessera.kv.ShardMap.shards: array expected");
                    message.shards = $Array(object.shards.length);
                    for (let i = 0; i < object.shards.length; ++i) {
                        if (!$util.isObject(object.shards[i]))
                            throw $TypeError(".tessera.kv.ShardMap.shards: object expected");
                        message.shards[i] = $root.tessera.kv.ShardDescriptor.fromObject(object.shards[i], _depth + 1);
                    }
                }
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".tessera.kv.ShardMap.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".tessera.kv.ShardMap.members: object expected");
                        message.members[i] = $root.tessera.kv.Member.fromObject(object.members[i], _depth + 1);
                    }
                }
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".tessera.kv.ShardMap.meta: object expected");
                    message.meta = $root.tessera.kv.ShardDescriptor.fromObject(object.meta, _depth + 1);
                }
                if (object.replicaCount != null)
                    if ($Number(object.replicaCount) !== 0)
                        message.replicaCount = object.replicaCount >>> 0;
                return message;
            };

            ShardMap.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.shards = [];
                    object.members = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.slotCount = 0;
                    object.meta = null;
                    object.replicaCount = 0;
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.slotCount != null && $Object.hasOwnProperty.call(message, "slotCount"))
                    object.slotCount = message.slotCount;
                if (message.shards && message.shards.length) {
                    object.shards = $Array(message.shards.length);
                    for (let j = 0; j < message.shards.length; ++j)
                        object.shards[j] = $root.tessera.kv.ShardDescriptor.toObject(message.shards[j], options, _depth + 1);
                }
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.tessera.kv.Member.toObject(message.members[j], options, _depth + 1);
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.tessera.kv.ShardDescriptor.toObject(message.meta, options, _depth + 1);
                if (message.replicaCount != null && $Object.hasOwnProperty.call(message, "replicaCount"))
                    object.replicaCount = message.replicaCount;
                return object;
            };

            ShardMap.prototype.toJSON = function() {
                return ShardMap.toObject(this, $protobuf.util.toJSONOptions);
            };

            ShardMap.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.ShardMap";
            };

            return ShardMap;
        })();

        kv.ShardStatus = (function() {

            const ShardStatus = function (properties) {
                this.voters = [];
                this.learners = [];
                this.votersOutgoing = [];
                this.progress = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ShardStatus.prototype.shardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardStatus.prototype.role = "";
            ShardStatus.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardStatus.prototype.leader = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardStatus.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardStatus.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardStatus.prototype.lastIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ShardStatus.prototype.voters = $util.emptyArray;
            ShardStatus.prototype.learners = $util.emptyArray;
            ShardStatus.prototype.votersOutgoing = $util.emptyArray;
            ShardStatus.prototype.progress = $util.emptyArray;
            ShardStatus.prototype.quiesced = false;

            ShardStatus.create = function(properties) {
                return new ShardStatus(properties);
            };

            ShardStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && (typeof message.shardId === "object" ? message.shardId.low || message.shardId.high : message.shardId !== 0))
                    writer.uint32(8).uint64(message.shardId);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(18).string(message.role);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(24).uint64(message.term);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && (typeof message.leader === "object" ? message.leader.low || message.leader.high : message.leader !== 0))
                    writer.uint32(32).uint64(message.leader);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(40).uint64(message.commit);
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied") && (typeof message.applied === "object" ? message.applied.low || message.applied.high : message.applied !== 0))
                    writer.uint32(48).uint64(message.applied);
                if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex") && (typeof message.lastIndex === "object" ? message.lastIndex.low || message.lastIndex.high : message.lastIndex !== 0))
                    writer.uint32(56).uint64(message.lastIndex);
                if (message.voters != null && message.voters.length)
                    writer.uint32(66).uint64s(message.voters);
                if (message.learners != null && message.learners.length)
                    writer.uint32(74).uint64s(message.learners);
                if (message.votersOutgoing != null && message.votersOutgoing.length)
                    writer.uint32(82).uint64s(message.votersOutgoing);
                if (message.progress != null && message.progress.length)
                    for (let i = 0; i < message.progress.length; ++i)
                        $root.tessera.kv.ReplicaProgress.encode(message.progress[i], writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.quiesced != null && $Object.hasOwnProperty.call(message, "quiesced") && message.quiesced !== false)
                    writer.uint32(96).bool(message.quiesced);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ShardStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.ShardStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.applied = value;
                            else
                                delete message.applied;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastIndex = value;
                            else
                                delete message.lastIndex;
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                reader.uint64s(message.voters);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.voters && message.voters.length))
                                message.voters = [];
                            message.voters.push(reader.uint64());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.learners && message.learners.length))
                                    message.learners = [];
                                reader.uint64s(message.learners);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.learners && message.learners.length))
                                message.learners = [];
                            message.learners.push(reader.uint64());
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.votersOutgoing && message.votersOutgoing.length))
                                    message.votersOutgoing = [];
                                reader.uint64s(message.votersOutgoing);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.votersOutgoing && message.votersOutgoing.length))
                                message.votersOutgoing = [];
                            message.votersOutgoing.push(reader.uint64());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.progress && message.progress.length))
                                message.progress = [];
                            message.progress.push($root.tessera.kv.ReplicaProgress.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.quiesced = value;
                            else
                                delete message.quiesced;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ShardStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.ShardStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.ShardStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.ShardStatus();
                if (object.shardId != null)
                    if (typeof object.shardId === "object" ? object.shardId.low || object.shardId.high : $Number(object.shardId) !== 0)
                        if ($util.Long)
                            message.shardId = $util.Long.fromValue(object.shardId, true);
                        else if (typeof object.shardId === "string")
                            message.shardId = $parseInt(object.shardId, 10);
                        else if (typeof object.shardId === "number")
                            message.shardId = object.shardId;
                        else if (typeof object.shardId === "object")
                            message.shardId = new $util.LongBits(object.shardId.low >>> 0, object.shardId.high >>> 0).toNumber(true);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.leader != null)
                    if (typeof object.leader === "object" ? object.leader.low || object.leader.high : $Number(object.leader) !== 0)
                        if ($util.Long)
                            message.leader = $util.Long.fromValue(object.leader, true);
                        else if (typeof object.leader === "string")
                            message.leader = $parseInt(object.leader, 10);
                        else if (typeof object.leader === "number")
                            message.leader = object.leader;
                        else if (typeof object.leader === "object")
                            message.leader = new $util.LongBits(object.leader.low >>> 0, object.leader.high >>> 0).toNumber(true);
                if (object.commit != null)
                    if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                        if ($util.Long)
                            message.commit = $util.Long.fromValue(object.commit, true);
                        else if (typeof object.commit === "string")
                            message.commit = $parseInt(object.commit, 10);
                        else if (typeof object.commit === "number")
                            message.commit = object.commit;
                        else if (typeof object.commit === "object")
                            message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                if (object.applied != null)
                    if (typeof object.applied === "object" ? object.applied.low || object.applied.high : $Number(object.applied) !== 0)
                        if ($util.Long)
                            message.applied = $util.Long.fromValue(object.applied, true);
                        else if (typeof object.applied === "string")
                            message.applied = $parseInt(object.applied, 10);
                        else if (typeof object.applied === "number")
                            message.applied = object.applied;
                        else if (typeof object.applied === "object")
                            message.applied = new $util.LongBits(object.applied.low >>> 0, object.applied.high >>> 0).toNumber(true);
                if (object.lastIndex != null)
                    if (typeof object.lastIndex === "object" ? object.lastIndex.low || object.lastIndex.high : $Number(object.lastIndex) !== 0)
                        if ($util.Long)
                            message.lastIndex = $util.Long.fromValue(object.lastIndex, true);
                        else if (typeof object.lastIndex === "string")
                            message.lastIndex = $parseInt(object.lastIndex, 10);
                        else if (typeof object.lastIndex === "number")
                            message.lastIndex = object.lastIndex;
                        else if (typeof object.lastIndex === "object")
                            message.lastIndex = new $util.LongBits(object.lastIndex.low >>> 0, object.lastIndex.high >>> 0).toNumber(true);
                if (object.voters) {
                    if (!$Array.isArray(object.voters))
                        throw $TypeError(".tessera.kv.ShardStatus.voters: array expected");
                    message.voters = $Array(object.voters.length);
                    for (let i = 0; i < object.voters.length; ++i)
                        if ($util.Long)
                            message.voters[i] = $util.Long.fromValue(object.voters[i], true);
                        else if (typeof object.voters[i] === "string")
                            message.voters[i] = $parseInt(object.voters[i], 10);
                        else if (typeof object.voters[i] === "number")
                            message.voters[i] = object.voters[i];
                        else if (typeof object.voters[i] === "object")
                            message.voters[i] = new $util.LongBits(object.voters[i].low >>> 0, object.voters[i].high >>> 0).toNumber(true);
                }
                if (object.learners) {
                    if (!$Array.isArray(object.learners))
                        throw $TypeError(".tessera.kv.ShardStatus.learners: array expected");
                    message.learners = $Array(object.learners.length);
                    for (let i = 0; i < object.learners.length; ++i)
                        if ($util.Long)
                            message.learners[i] = $util.Long.fromValue(object.learners[i], true);
                        else if (typeof object.learners[i] === "string")
                            message.learners[i] = $parseInt(object.learners[i], 10);
                        else if (typeof object.learners[i] === "number")
                            message.learners[i] = object.learners[i];
                        else if (typeof object.learners[i] === "object")
                            message.learners[i] = new $util.LongBits(object.learners[i].low >>> 0, object.learners[i].high >>> 0).toNumber(true);
                }
                if (object.votersOutgoing) {
                    if (!$Array.isArray(object.votersOutgoing))
                        throw $TypeError(".tessera.kv.ShardStatus.votersOutgoing: array expected");
                    message.votersOutgoing = $Array(object.votersOutgoing.length);
                    for (let i = 0; i < object.votersOutgoing.length; ++i)
                        if ($util.Long)
                            message.votersOutgoing[i] = $util.Long.fromValue(object.votersOutgoing[i], true);
                        else if (typeof object.votersOutgoing[i] === "string")
                            message.votersOutgoing[i] = $parseInt(object.votersOutgoing[i], 10);
                        else if (typeof object.votersOutgoing[i] === "number")
                            message.votersOutgoing[i] = object.votersOutgoing[i];
                        else if (typeof object.votersOutgoing[i] === "object")
                            message.votersOutgoing[i] = new $util.LongBits(object.votersOutgoing[i].low >>> 0, object.votersOutgoing[i].high >>> 0).toNumber(true);
                }
                if (object.progress) {
                    if (!$Array.isArray(object.progress))
                        throw $TypeError(".tessera.kv.ShardStatus.progress: array expected");
                    message.progress = $Array(object.progress.length);
                    for (let i = 0; i < object.progress.length; ++i) {
                        if (!$util.isObject(object.progress[i]))
                            throw $TypeError(".tessera.kv.ShardStatus.progress: object expected");
                        message.progress[i] = $root.tessera.kv.ReplicaProgress.fromObject(object.progress[i], _depth + 1);
                    }
                }
                if (object.quiesced != null)
                    if (object.quiesced)
                        message.quiesced = $Boolean(object.quiesced);
                return message;
            };

            ShardStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.voters = [];
                    object.learners = [];
                    object.votersOutgoing = [];
                    object.progress = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.shardId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.shardId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.role = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leader = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leader = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.applied = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.applied = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.quiesced = false;
                }
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.shardId = typeof message.shardId === "number" ? $BigInt(message.shardId) : $util.Long.fromBits(message.shardId.low >>> 0, message.shardId.high >>> 0, true).toBigInt();
                    else if (typeof message.shardId === "number")
                        object.shardId = options.longs === $String ? $String(message.shardId) : message.shardId;
                    else
                        object.shardId = options.longs === $String ? $util.Long.prototype.toString.call(message.shardId) : options.longs === $Number ? new $util.LongBits(message.shardId.low >>> 0, message.shardId.high >>> 0).toNumber(true) : message.shardId;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leader = typeof message.leader === "number" ? $BigInt(message.leader) : $util.Long.fromBits(message.leader.low >>> 0, message.leader.high >>> 0, true).toBigInt();
                    else if (typeof message.leader === "number")
                        object.leader = options.longs === $String ? $String(message.leader) : message.leader;
                    else
                        object.leader = options.longs === $String ? $util.Long.prototype.toString.call(message.leader) : options.longs === $Number ? new $util.LongBits(message.leader.low >>> 0, message.leader.high >>> 0).toNumber(true) : message.leader;
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                    else if (typeof message.commit === "number")
                        object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                    else
                        object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.applied = typeof message.applied === "number" ? $BigInt(message.applied) : $util.Long.fromBits(message.applied.low >>> 0, message.applied.high >>> 0, true).toBigInt();
                    else if (typeof message.applied === "number")
                        object.applied = options.longs === $String ? $String(message.applied) : message.applied;
                    else
                        object.applied = options.longs === $String ? $util.Long.prototype.toString.call(message.applied) : options.longs === $Number ? new $util.LongBits(message.applied.low >>> 0, message.applied.high >>> 0).toNumber(true) : message.applied;
                if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastIndex = typeof message.lastIndex === "number" ? $BigInt(message.lastIndex) : $util.Long.fromBits(message.lastIndex.low >>> 0, message.lastIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.lastIndex === "number")
                        object.lastIndex = options.longs === $String ? $String(message.lastIndex) : message.lastIndex;
                    else
                        object.lastIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.lastIndex) : options.longs === $Number ? new $util.LongBits(message.lastIndex.low >>> 0, message.lastIndex.high >>> 0).toNumber(true) : message.lastIndex;
                if (message.voters && message.voters.length) {
                    object.voters = $Array(message.voters.length);
                    for (let j = 0; j < message.voters.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.voters[j] = typeof message.voters[j] === "number" ? $BigInt(message.voters[j]) : $util.Long.fromBits(message.voters[j].low >>> 0, message.voters[j].high >>> 0, true).toBigInt();
                        else if (typeof message.voters[j] === "number")
                            object.voters[j] = options.longs === $String ? $String(message.voters[j]) : message.voters[j];
                        else
                            object.voters[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.voters[j]) : options.longs === $Number ? new $util.LongBits(message.voters[j].low >>> 0, message.voters[j].high >>> 0).toNumber(true) : message.voters[j];
                }
                if (message.learners && message.learners.length) {
                    object.learners = $Array(message.learners.length);
                    for (let j = 0; j < message.learners.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.learners[j] = typeof message.learners[j] === "number" ? $BigInt(message.learners[j]) : $util.Long.fromBits(message.learners[j].low >>> 0, message.learners[j].high >>> 0, true).toBigInt();
                        else if (typeof message.learners[j] === "number")
                            object.learners[j] = options.longs === $String ? $String(message.learners[j]) : message.learners[j];
                        else
                            object.learners[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.learners[j]) : options.longs === $Number ? new $util.LongBits(message.learners[j].low >>> 0, message.learners[j].high >>> 0).toNumber(true) : message.learners[j];
                }
                if (message.votersOutgoing && message.votersOutgoing.length) {
                    object.votersOutgoing = $Array(message.votersOutgoing.length);
                    for (let j = 0; j < message.votersOutgoing.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.votersOutgoing[j] = typeof message.votersOutgoing[j] === "number" ? $BigInt(message.votersOutgoing[j]) : $util.Long.fromBits(message.votersOutgoing[j].low >>> 0, message.votersOutgoing[j].high >>> 0, true).toBigInt();
                        else if (typeof message.votersOutgoing[j] === "number")
                            object.votersOutgoing[j] = options.longs === $String ? $String(message.votersOutgoing[j]) : message.votersOutgoing[j];
                        else
                            object.votersOutgoing[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.votersOutgoing[j]) : options.longs === $Number ? new $util.LongBits(message.votersOutgoing[j].low >>> 0, message.votersOutgoing[j].high >>> 0).toNumber(true) : message.votersOutgoing[j];
                }
                if (message.progress && message.progress.length) {
                    object.progress = $Array(message.progress.length);
                    for (let j = 0; j < message.progress.length; ++j)
                        object.progress[j] = $root.tessera.kv.ReplicaProgress.toObject(message.progress[j], options, _depth + 1);
                }
                if (message.quiesced != null && $Object.hasOwnProperty.call(message, "quiesced"))
                    object.quiesced = message.quiesced;
                return object;
            };

            ShardStatus.prototype.toJSON = function() {
                return ShardStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            ShardStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.ShardStatus";
            };

            return ShardStatus;
        })();

        kv.ReplicaProgress = (function() {

            const ReplicaProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReplicaProgress.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ReplicaProgress.prototype.match = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ReplicaProgress.create = function(properties) {
                return new ReplicaProgress(properties);
            };

            ReplicaProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(8).uint64(message.nodeId);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && (typeof message.match === "object" ? message.match.low || message.match.high : message.match !== 0))
                    writer.uint32(16).uint64(message.match);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReplicaProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.ReplicaProgress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReplicaProgress.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.ReplicaProgress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.ReplicaProgress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.ReplicaProgress();
                if (object.nodeId != null)
                    if (typeof object.nodeId === "object" ? object.nodeId.low || object.nodeId.high : $Number(object.nodeId) !== 0)
                        if ($util.Long)
                            message.nodeId = $util.Long.fromValue(object.nodeId, true);
                        else if (typeof object.nodeId === "string")
                            message.nodeId = $parseInt(object.nodeId, 10);
                        else if (typeof object.nodeId === "number")
                            message.nodeId = object.nodeId;
                        else if (typeof object.nodeId === "object")
                            message.nodeId = new $util.LongBits(object.nodeId.low >>> 0, object.nodeId.high >>> 0).toNumber(true);
                if (object.match != null)
                    if (typeof object.match === "object" ? object.match.low || object.match.high : $Number(object.match) !== 0)
                        if ($util.Long)
                            message.match = $util.Long.fromValue(object.match, true);
                        else if (typeof object.match === "string")
                            message.match = $parseInt(object.match, 10);
                        else if (typeof object.match === "number")
                            message.match = object.match;
                        else if (typeof object.match === "object")
                            message.match = new $util.LongBits(object.match.low >>> 0, object.match.high >>> 0).toNumber(true);
                return message;
            };

            ReplicaProgress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nodeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nodeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.match = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.match = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nodeId = typeof message.nodeId === "number" ? $BigInt(message.nodeId) : $util.Long.fromBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0, true).toBigInt();
                    else if (typeof message.nodeId === "number")
                        object.nodeId = options.longs === $String ? $String(message.nodeId) : message.nodeId;
                    else
                        object.nodeId = options.longs === $String ? $util.Long.prototype.toString.call(message.nodeId) : options.longs === $Number ? new $util.LongBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0).toNumber(true) : message.nodeId;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.match = typeof message.match === "number" ? $BigInt(message.match) : $util.Long.fromBits(message.match.low >>> 0, message.match.high >>> 0, true).toBigInt();
                    else if (typeof message.match === "number")
                        object.match = options.longs === $String ? $String(message.match) : message.match;
                    else
                        object.match = options.longs === $String ? $util.Long.prototype.toString.call(message.match) : options.longs === $Number ? new $util.LongBits(message.match.low >>> 0, message.match.high >>> 0).toNumber(true) : message.match;
                return object;
            };

            ReplicaProgress.prototype.toJSON = function() {
                return ReplicaProgress.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReplicaProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.ReplicaProgress";
            };

            return ReplicaProgress;
        })();

        kv.StatusRequest = (function() {

            const StatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            StatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.StatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.StatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.StatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tessera.kv.StatusRequest();
            };

            StatusRequest.toObject = function () {
                return {};
            };

            StatusRequest.prototype.toJSON = function() {
                return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.StatusRequest";
            };

            return StatusRequest;
        })();

        kv.StatusResponse = (function() {

            const StatusResponse = function (properties) {
                this.shards = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusResponse.prototype.error = null;
            StatusResponse.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            StatusResponse.prototype.version = "";
            StatusResponse.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            StatusResponse.prototype.shards = $util.emptyArray;

            StatusResponse.create = function(properties) {
                return new StatusResponse(properties);
            };

            StatusResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(16).uint64(message.nodeId);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(26).string(message.version);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(32).uint64(message.uptimeMs);
                if (message.shards != null && message.shards.length)
                    for (let i = 0; i < message.shards.length; ++i)
                        $root.tessera.kv.ShardStatus.encode(message.shards[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.StatusResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shards && message.shards.length))
                                message.shards = [];
                            message.shards.push($root.tessera.kv.ShardStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StatusResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.StatusResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.StatusResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.StatusResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.StatusResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.nodeId != null)
                    if (typeof object.nodeId === "object" ? object.nodeId.low || object.nodeId.high : $Number(object.nodeId) !== 0)
                        if ($util.Long)
                            message.nodeId = $util.Long.fromValue(object.nodeId, true);
                        else if (typeof object.nodeId === "string")
                            message.nodeId = $parseInt(object.nodeId, 10);
                        else if (typeof object.nodeId === "number")
                            message.nodeId = object.nodeId;
                        else if (typeof object.nodeId === "object")
                            message.nodeId = new $util.LongBits(object.nodeId.low >>> 0, object.nodeId.high >>> 0).toNumber(true);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.uptimeMs != null)
                    if (typeof object.uptimeMs === "object" ? object.uptimeMs.low || object.uptimeMs.high : $Number(object.uptimeMs) !== 0)
                        if ($util.Long)
                            message.uptimeMs = $util.Long.fromValue(object.uptimeMs, true);
                        else if (typeof object.uptimeMs === "string")
                            message.uptimeMs = $parseInt(object.uptimeMs, 10);
                        else if (typeof object.uptimeMs === "number")
                            message.uptimeMs = object.uptimeMs;
                        else if (typeof object.uptimeMs === "object")
                            message.uptimeMs = new $util.LongBits(object.uptimeMs.low >>> 0, object.uptimeMs.high >>> 0).toNumber(true);
                if (object.shards) {
                    if (!$Array.isArray(object.shards))
                        throw $TypeError(".tessera.kv.StatusResponse.shards: array expected");
                    message.shards = $Array(object.shards.length);
                    for (let i = 0; i < object.shards.length; ++i) {
                        if (!$util.isObject(object.shards[i]))
                            throw $TypeError(".tessera.kv.StatusResponse.shards: object expected");
                        message.shards[i] = $root.tessera.kv.ShardStatus.fromObject(object.shards[i], _depth + 1);
                    }
                }
                return message;
            };

            StatusResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.shards = [];
                if (options.defaults) {
                    object.error = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nodeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nodeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.version = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nodeId = typeof message.nodeId === "number" ? $BigInt(message.nodeId) : $util.Long.fromBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0, true).toBigInt();
                    else if (typeof message.nodeId === "number")
                        object.nodeId = options.longs === $String ? $String(message.nodeId) : message.nodeId;
                    else
                        object.nodeId = options.longs === $String ? $util.Long.prototype.toString.call(message.nodeId) : options.longs === $Number ? new $util.LongBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0).toNumber(true) : message.nodeId;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeMs = typeof message.uptimeMs === "number" ? $BigInt(message.uptimeMs) : $util.Long.fromBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeMs === "number")
                        object.uptimeMs = options.longs === $String ? $String(message.uptimeMs) : message.uptimeMs;
                    else
                        object.uptimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeMs) : options.longs === $Number ? new $util.LongBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0).toNumber(true) : message.uptimeMs;
                if (message.shards && message.shards.length) {
                    object.shards = $Array(message.shards.length);
                    for (let j = 0; j < message.shards.length; ++j)
                        object.shards[j] = $root.tessera.kv.ShardStatus.toObject(message.shards[j], options, _depth + 1);
                }
                return object;
            };

            StatusResponse.prototype.toJSON = function() {
                return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.StatusResponse";
            };

            return StatusResponse;
        })();

        kv.ShardMapRequest = (function() {

            const ShardMapRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ShardMapRequest.create = function(properties) {
                return new ShardMapRequest(properties);
            };

            ShardMapRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ShardMapRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.ShardMapRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ShardMapRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.ShardMapRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.ShardMapRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tessera.kv.ShardMapRequest();
            };

            ShardMapRequest.toObject = function () {
                return {};
            };

            ShardMapRequest.prototype.toJSON = function() {
                return ShardMapRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ShardMapRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.ShardMapRequest";
            };

            return ShardMapRequest;
        })();

        kv.ShardMapResponse = (function() {

            const ShardMapResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ShardMapResponse.prototype.error = null;
            ShardMapResponse.prototype.shardMap = null;
            ShardMapResponse.prototype.metaApplied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ShardMapResponse.create = function(properties) {
                return new ShardMapResponse(properties);
            };

            ShardMapResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.shardMap != null && $Object.hasOwnProperty.call(message, "shardMap"))
                    $root.tessera.kv.ShardMap.encode(message.shardMap, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.metaApplied != null && $Object.hasOwnProperty.call(message, "metaApplied") && (typeof message.metaApplied === "object" ? message.metaApplied.low || message.metaApplied.high : message.metaApplied !== 0))
                    writer.uint32(24).uint64(message.metaApplied);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ShardMapResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.ShardMapResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.shardMap = $root.tessera.kv.ShardMap.decode(reader, reader.size(), $undefined, _depth + 1, message.shardMap);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.metaApplied = value;
                            else
                                delete message.metaApplied;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ShardMapResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.ShardMapResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.ShardMapResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.ShardMapResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.ShardMapResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.shardMap != null) {
                    if (!$util.isObject(object.shardMap))
                        throw $TypeError(".tessera.kv.ShardMapResponse.shardMap: object expected");
                    message.shardMap = $root.tessera.kv.ShardMap.fromObject(object.shardMap, _depth + 1);
                }
                if (object.metaApplied != null)
                    if (typeof object.metaApplied === "object" ? object.metaApplied.low || object.metaApplied.high : $Number(object.metaApplied) !== 0)
                        if ($util.Long)
                            message.metaApplied = $util.Long.fromValue(object.metaApplied, true);
                        else if (typeof object.metaApplied === "string")
                            message.metaApplied = $parseInt(object.metaApplied, 10);
                        else if (typeof object.metaApplied === "number")
                            message.metaApplied = object.metaApplied;
                        else if (typeof object.metaApplied === "object")
                            message.metaApplied = new $util.LongBits(object.metaApplied.low >>> 0, object.metaApplied.high >>> 0).toNumber(true);
                return message;
            };

            ShardMapResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.error = null;
                    object.shardMap = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.metaApplied = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.metaApplied = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.shardMap != null && $Object.hasOwnProperty.call(message, "shardMap"))
                    object.shardMap = $root.tessera.kv.ShardMap.toObject(message.shardMap, options, _depth + 1);
                if (message.metaApplied != null && $Object.hasOwnProperty.call(message, "metaApplied"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.metaApplied = typeof message.metaApplied === "number" ? $BigInt(message.metaApplied) : $util.Long.fromBits(message.metaApplied.low >>> 0, message.metaApplied.high >>> 0, true).toBigInt();
                    else if (typeof message.metaApplied === "number")
                        object.metaApplied = options.longs === $String ? $String(message.metaApplied) : message.metaApplied;
                    else
                        object.metaApplied = options.longs === $String ? $util.Long.prototype.toString.call(message.metaApplied) : options.longs === $Number ? new $util.LongBits(message.metaApplied.low >>> 0, message.metaApplied.high >>> 0).toNumber(true) : message.metaApplied;
                return object;
            };

            ShardMapResponse.prototype.toJSON = function() {
                return ShardMapResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ShardMapResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.ShardMapResponse";
            };

            return ShardMapResponse;
        })();

        kv.MemberListRequest = (function() {

            const MemberListRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemberListRequest.create = function(properties) {
                return new MemberListRequest(properties);
            };

            MemberListRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemberListRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.MemberListRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemberListRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.MemberListRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.MemberListRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tessera.kv.MemberListRequest();
            };

            MemberListRequest.toObject = function () {
                return {};
            };

            MemberListRequest.prototype.toJSON = function() {
                return MemberListRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemberListRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.MemberListRequest";
            };

            return MemberListRequest;
        })();

        kv.MemberListResponse = (function() {

            const MemberListResponse = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemberListResponse.prototype.error = null;
            MemberListResponse.prototype.members = $util.emptyArray;

            MemberListResponse.create = function(properties) {
                return new MemberListResponse(properties);
            };

            MemberListResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.tessera.kv.Member.encode(message.members[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemberListResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.MemberListResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.tessera.kv.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemberListResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.MemberListResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.MemberListResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.MemberListResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.MemberListResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".tessera.kv.MemberListResponse.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".tessera.kv.MemberListResponse.members: object expected");
                        message.members[i] = $root.tessera.kv.Member.fromObject(object.members[i], _depth + 1);
                    }
                }
                return message;
            };

            MemberListResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults)
                    object.error = null;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.tessera.kv.Member.toObject(message.members[j], options, _depth + 1);
                }
                return object;
            };

            MemberListResponse.prototype.toJSON = function() {
                return MemberListResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemberListResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.MemberListResponse";
            };

            return MemberListResponse;
        })();

        kv.MemberAddRequest = (function() {

            const MemberAddRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemberAddRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemberAddRequest.prototype.clientAddress = "";
            MemberAddRequest.prototype.peerAddress = "";

            MemberAddRequest.create = function(properties) {
                return new MemberAddRequest(properties);
            };

            MemberAddRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                    writer.uint32(18).string(message.clientAddress);
                if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                    writer.uint32(26).string(message.peerAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemberAddRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.MemberAddRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAddress = value;
                            else
                                delete message.clientAddress;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerAddress = value;
                            else
                                delete message.peerAddress;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemberAddRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.MemberAddRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.MemberAddRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.MemberAddRequest();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.clientAddress != null)
                    if (typeof object.clientAddress !== "string" || object.clientAddress.length)
                        message.clientAddress = $String(object.clientAddress);
                if (object.peerAddress != null)
                    if (typeof object.peerAddress !== "string" || object.peerAddress.length)
                        message.peerAddress = $String(object.peerAddress);
                return message;
            };

            MemberAddRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clientAddress = "";
                    object.peerAddress = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress"))
                    object.clientAddress = message.clientAddress;
                if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress"))
                    object.peerAddress = message.peerAddress;
                return object;
            };

            MemberAddRequest.prototype.toJSON = function() {
                return MemberAddRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemberAddRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.MemberAddRequest";
            };

            return MemberAddRequest;
        })();

        kv.MemberRemoveRequest = (function() {

            const MemberRemoveRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemberRemoveRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MemberRemoveRequest.create = function(properties) {
                return new MemberRemoveRequest(properties);
            };

            MemberRemoveRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemberRemoveRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.MemberRemoveRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemberRemoveRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.MemberRemoveRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.MemberRemoveRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.MemberRemoveRequest();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                return message;
            };

            MemberRemoveRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                return object;
            };

            MemberRemoveRequest.prototype.toJSON = function() {
                return MemberRemoveRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemberRemoveRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.MemberRemoveRequest";
            };

            return MemberRemoveRequest;
        })();

        kv.MemberPromoteRequest = (function() {

            const MemberPromoteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemberPromoteRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MemberPromoteRequest.create = function(properties) {
                return new MemberPromoteRequest(properties);
            };

            MemberPromoteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemberPromoteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.MemberPromoteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemberPromoteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.MemberPromoteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.MemberPromoteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.MemberPromoteRequest();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                return message;
            };

            MemberPromoteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                return object;
            };

            MemberPromoteRequest.prototype.toJSON = function() {
                return MemberPromoteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemberPromoteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.MemberPromoteRequest";
            };

            return MemberPromoteRequest;
        })();

        kv.MemberChangeResponse = (function() {

            const MemberChangeResponse = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemberChangeResponse.prototype.error = null;
            MemberChangeResponse.prototype.members = $util.emptyArray;

            MemberChangeResponse.create = function(properties) {
                return new MemberChangeResponse(properties);
            };

            MemberChangeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.tessera.kv.Member.encode(message.members[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemberChangeResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.MemberChangeResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.tessera.kv.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemberChangeResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.MemberChangeResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.MemberChangeResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.MemberChangeResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.MemberChangeResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".tessera.kv.MemberChangeResponse.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".tessera.kv.MemberChangeResponse.members: object expected");
                        message.members[i] = $root.tessera.kv.Member.fromObject(object.members[i], _depth + 1);
                    }
                }
                return message;
            };

            MemberChangeResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults)
                    object.error = null;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.tessera.kv.Member.toObject(message.members[j], options, _depth + 1);
                }
                return object;
            };

            MemberChangeResponse.prototype.toJSON = function() {
                return MemberChangeResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemberChangeResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.MemberChangeResponse";
            };

            return MemberChangeResponse;
        })();

        kv.TransferLeaderRequest = (function() {

            const TransferLeaderRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TransferLeaderRequest.prototype.shardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            TransferLeaderRequest.prototype.toNode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            TransferLeaderRequest.create = function(properties) {
                return new TransferLeaderRequest(properties);
            };

            TransferLeaderRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && (typeof message.shardId === "object" ? message.shardId.low || message.shardId.high : message.shardId !== 0))
                    writer.uint32(8).uint64(message.shardId);
                if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode") && (typeof message.toNode === "object" ? message.toNode.low || message.toNode.high : message.toNode !== 0))
                    writer.uint32(16).uint64(message.toNode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TransferLeaderRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.TransferLeaderRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.toNode = value;
                            else
                                delete message.toNode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TransferLeaderRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.TransferLeaderRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.TransferLeaderRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.TransferLeaderRequest();
                if (object.shardId != null)
                    if (typeof object.shardId === "object" ? object.shardId.low || object.shardId.high : $Number(object.shardId) !== 0)
                        if ($util.Long)
                            message.shardId = $util.Long.fromValue(object.shardId, true);
                        else if (typeof object.shardId === "string")
                            message.shardId = $parseInt(object.shardId, 10);
                        else if (typeof object.shardId === "number")
                            message.shardId = object.shardId;
                        else if (typeof object.shardId === "object")
                            message.shardId = new $util.LongBits(object.shardId.low >>> 0, object.shardId.high >>> 0).toNumber(true);
                if (object.toNode != null)
                    if (typeof object.toNode === "object" ? object.toNode.low || object.toNode.high : $Number(object.toNode) !== 0)
                        if ($util.Long)
                            message.toNode = $util.Long.fromValue(object.toNode, true);
                        else if (typeof object.toNode === "string")
                            message.toNode = $parseInt(object.toNode, 10);
                        else if (typeof object.toNode === "number")
                            message.toNode = object.toNode;
                        else if (typeof object.toNode === "object")
                            message.toNode = new $util.LongBits(object.toNode.low >>> 0, object.toNode.high >>> 0).toNumber(true);
                return message;
            };

            TransferLeaderRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.shardId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.shardId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.toNode = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.toNode = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.shardId = typeof message.shardId === "number" ? $BigInt(message.shardId) : $util.Long.fromBits(message.shardId.low >>> 0, message.shardId.high >>> 0, true).toBigInt();
                    else if (typeof message.shardId === "number")
                        object.shardId = options.longs === $String ? $String(message.shardId) : message.shardId;
                    else
                        object.shardId = options.longs === $String ? $util.Long.prototype.toString.call(message.shardId) : options.longs === $Number ? new $util.LongBits(message.shardId.low >>> 0, message.shardId.high >>> 0).toNumber(true) : message.shardId;
                if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.toNode = typeof message.toNode === "number" ? $BigInt(message.toNode) : $util.Long.fromBits(message.toNode.low >>> 0, message.toNode.high >>> 0, true).toBigInt();
                    else if (typeof message.toNode === "number")
                        object.toNode = options.longs === $String ? $String(message.toNode) : message.toNode;
                    else
                        object.toNode = options.longs === $String ? $util.Long.prototype.toString.call(message.toNode) : options.longs === $Number ? new $util.LongBits(message.toNode.low >>> 0, message.toNode.high >>> 0).toNumber(true) : message.toNode;
                return object;
            };

            TransferLeaderRequest.prototype.toJSON = function() {
                return TransferLeaderRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            TransferLeaderRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.TransferLeaderRequest";
            };

            return TransferLeaderRequest;
        })();

        kv.TransferLeaderResponse = (function() {

            const TransferLeaderResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TransferLeaderResponse.prototype.error = null;

            TransferLeaderResponse.create = function(properties) {
                return new TransferLeaderResponse(properties);
            };

            TransferLeaderResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TransferLeaderResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.TransferLeaderResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TransferLeaderResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.TransferLeaderResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.TransferLeaderResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.TransferLeaderResponse();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.TransferLeaderResponse.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            TransferLeaderResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.error = null;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            TransferLeaderResponse.prototype.toJSON = function() {
                return TransferLeaderResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            TransferLeaderResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.TransferLeaderResponse";
            };

            return TransferLeaderResponse;
        })();

        kv.SnapshotRequest = (function() {

            const SnapshotRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotRequest.create = function(properties) {
                return new SnapshotRequest(properties);
            };

            SnapshotRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.SnapshotRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.SnapshotRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.SnapshotRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tessera.kv.SnapshotRequest();
            };

            SnapshotRequest.toObject = function () {
                return {};
            };

            SnapshotRequest.prototype.toJSON = function() {
                return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        kv.SnapshotShard = (function() {

            const SnapshotShard = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotShard.prototype.shardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotShard.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            SnapshotShard.create = function(properties) {
                return new SnapshotShard(properties);
            };

            SnapshotShard.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && (typeof message.shardId === "object" ? message.shardId.low || message.shardId.high : message.shardId !== 0))
                    writer.uint32(8).uint64(message.shardId);
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                    writer.uint32(16).uint64(message.appliedIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotShard.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.SnapshotShard();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedIndex = value;
                            else
                                delete message.appliedIndex;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotShard.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.SnapshotShard)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.SnapshotShard: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.SnapshotShard();
                if (object.shardId != null)
                    if (typeof object.shardId === "object" ? object.shardId.low || object.shardId.high : $Number(object.shardId) !== 0)
                        if ($util.Long)
                            message.shardId = $util.Long.fromValue(object.shardId, true);
                        else if (typeof object.shardId === "string")
                            message.shardId = $parseInt(object.shardId, 10);
                        else if (typeof object.shardId === "number")
                            message.shardId = object.shardId;
                        else if (typeof object.shardId === "object")
                            message.shardId = new $util.LongBits(object.shardId.low >>> 0, object.shardId.high >>> 0).toNumber(true);
                if (object.appliedIndex != null)
                    if (typeof object.appliedIndex === "object" ? object.appliedIndex.low || object.appliedIndex.high : $Number(object.appliedIndex) !== 0)
                        if ($util.Long)
                            message.appliedIndex = $util.Long.fromValue(object.appliedIndex, true);
                        else if (typeof object.appliedIndex === "string")
                            message.appliedIndex = $parseInt(object.appliedIndex, 10);
                        else if (typeof object.appliedIndex === "number")
                            message.appliedIndex = object.appliedIndex;
                        else if (typeof object.appliedIndex === "object")
                            message.appliedIndex = new $util.LongBits(object.appliedIndex.low >>> 0, object.appliedIndex.high >>> 0).toNumber(true);
                return message;
            };

            SnapshotShard.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.shardId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.shardId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.shardId = typeof message.shardId === "number" ? $BigInt(message.shardId) : $util.Long.fromBits(message.shardId.low >>> 0, message.shardId.high >>> 0, true).toBigInt();
                    else if (typeof message.shardId === "number")
                        object.shardId = options.longs === $String ? $String(message.shardId) : message.shardId;
                    else
                        object.shardId = options.longs === $String ? $util.Long.prototype.toString.call(message.shardId) : options.longs === $Number ? new $util.LongBits(message.shardId.low >>> 0, message.shardId.high >>> 0).toNumber(true) : message.shardId;
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.appliedIndex === "number")
                        object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                    else
                        object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                return object;
            };

            SnapshotShard.prototype.toJSON = function() {
                return SnapshotShard.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotShard.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.SnapshotShard";
            };

            return SnapshotShard;
        })();

        kv.SnapshotBegin = (function() {

            const SnapshotBegin = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotBegin.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotBegin.prototype.estimatedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            SnapshotBegin.create = function(properties) {
                return new SnapshotBegin(properties);
            };

            SnapshotBegin.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(8).uint64(message.nodeId);
                if (message.estimatedBytes != null && $Object.hasOwnProperty.call(message, "estimatedBytes") && (typeof message.estimatedBytes === "object" ? message.estimatedBytes.low || message.estimatedBytes.high : message.estimatedBytes !== 0))
                    writer.uint32(16).uint64(message.estimatedBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotBegin.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.SnapshotBegin();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.estimatedBytes = value;
                            else
                                delete message.estimatedBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotBegin.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.SnapshotBegin)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.SnapshotBegin: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.SnapshotBegin();
                if (object.nodeId != null)
                    if (typeof object.nodeId === "object" ? object.nodeId.low || object.nodeId.high : $Number(object.nodeId) !== 0)
                        if ($util.Long)
                            message.nodeId = $util.Long.fromValue(object.nodeId, true);
                        else if (typeof object.nodeId === "string")
                            message.nodeId = $parseInt(object.nodeId, 10);
                        else if (typeof object.nodeId === "number")
                            message.nodeId = object.nodeId;
                        else if (typeof object.nodeId === "object")
                            message.nodeId = new $util.LongBits(object.nodeId.low >>> 0, object.nodeId.high >>> 0).toNumber(true);
                if (object.estimatedBytes != null)
                    if (typeof object.estimatedBytes === "object" ? object.estimatedBytes.low || object.estimatedBytes.high : $Number(object.estimatedBytes) !== 0)
                        if ($util.Long)
                            message.estimatedBytes = $util.Long.fromValue(object.estimatedBytes, true);
                        else if (typeof object.estimatedBytes === "string")
                            message.estimatedBytes = $parseInt(object.estimatedBytes, 10);
                        else if (typeof object.estimatedBytes === "number")
                            message.estimatedBytes = object.estimatedBytes;
                        else if (typeof object.estimatedBytes === "object")
                            message.estimatedBytes = new $util.LongBits(object.estimatedBytes.low >>> 0, object.estimatedBytes.high >>> 0).toNumber(true);
                return message;
            };

            SnapshotBegin.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nodeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nodeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.estimatedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.estimatedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nodeId = typeof message.nodeId === "number" ? $BigInt(message.nodeId) : $util.Long.fromBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0, true).toBigInt();
                    else if (typeof message.nodeId === "number")
                        object.nodeId = options.longs === $String ? $String(message.nodeId) : message.nodeId;
                    else
                        object.nodeId = options.longs === $String ? $util.Long.prototype.toString.call(message.nodeId) : options.longs === $Number ? new $util.LongBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0).toNumber(true) : message.nodeId;
                if (message.estimatedBytes != null && $Object.hasOwnProperty.call(message, "estimatedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.estimatedBytes = typeof message.estimatedBytes === "number" ? $BigInt(message.estimatedBytes) : $util.Long.fromBits(message.estimatedBytes.low >>> 0, message.estimatedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.estimatedBytes === "number")
                        object.estimatedBytes = options.longs === $String ? $String(message.estimatedBytes) : message.estimatedBytes;
                    else
                        object.estimatedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.estimatedBytes) : options.longs === $Number ? new $util.LongBits(message.estimatedBytes.low >>> 0, message.estimatedBytes.high >>> 0).toNumber(true) : message.estimatedBytes;
                return object;
            };

            SnapshotBegin.prototype.toJSON = function() {
                return SnapshotBegin.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotBegin.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.SnapshotBegin";
            };

            return SnapshotBegin;
        })();

        kv.SnapshotEnd = (function() {

            const SnapshotEnd = function (properties) {
                this.shards = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotEnd.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotEnd.prototype.sha256 = $util.newBuffer([]);
            SnapshotEnd.prototype.records = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotEnd.prototype.shards = $util.emptyArray;

            SnapshotEnd.create = function(properties) {
                return new SnapshotEnd(properties);
            };

            SnapshotEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(8).uint64(message.totalBytes);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                    writer.uint32(18).bytes(message.sha256);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && (typeof message.records === "object" ? message.records.low || message.records.high : message.records !== 0))
                    writer.uint32(24).uint64(message.records);
                if (message.shards != null && message.shards.length)
                    for (let i = 0; i < message.shards.length; ++i)
                        $root.tessera.kv.SnapshotShard.encode(message.shards[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.SnapshotEnd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shards && message.shards.length))
                                message.shards = [];
                            message.shards.push($root.tessera.kv.SnapshotShard.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotEnd.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.SnapshotEnd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.SnapshotEnd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.SnapshotEnd();
                if (object.totalBytes != null)
                    if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                        if ($util.Long)
                            message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                        else if (typeof object.totalBytes === "string")
                            message.totalBytes = $parseInt(object.totalBytes, 10);
                        else if (typeof object.totalBytes === "number")
                            message.totalBytes = object.totalBytes;
                        else if (typeof object.totalBytes === "object")
                            message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                if (object.sha256 != null)
                    if (object.sha256.length)
                        if (typeof object.sha256 === "string")
                            $util.base64.decode(object.sha256, message.sha256 = $util.newBuffer($util.base64.length(object.sha256)), 0);
                        else if (object.sha256.length >= 0)
                            message.sha256 = object.sha256;
                if (object.records != null)
                    if (typeof object.records === "object" ? object.records.low || object.records.high : $Number(object.records) !== 0)
                        if ($util.Long)
                            message.records = $util.Long.fromValue(object.records, true);
                        else if (typeof object.records === "string")
                            message.records = $parseInt(object.records, 10);
                        else if (typeof object.records === "number")
                            message.records = object.records;
                        else if (typeof object.records === "object")
                            message.records = new $util.LongBits(object.records.low >>> 0, object.records.high >>> 0).toNumber(true);
                if (object.shards) {
                    if (!$Array.isArray(object.shards))
                        throw $TypeError(".tessera.kv.SnapshotEnd.shards: array expected");
                    message.shards = $Array(object.shards.length);
                    for (let i = 0; i < object.shards.length; ++i) {
                        if (!$util.isObject(object.shards[i]))
                            throw $TypeError(".tessera.kv.SnapshotEnd.shards: object expected");
                        message.shards[i] = $root.tessera.kv.SnapshotShard.fromObject(object.shards[i], _depth + 1);
                    }
                }
                return message;
            };

            SnapshotEnd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.shards = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.sha256 = "";
                    else {
                        object.sha256 = [];
                        if (options.bytes !== $Array)
                            object.sha256 = $util.newBuffer(object.sha256);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.records = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.records = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.totalBytes === "number")
                        object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                    else
                        object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = options.bytes === $String ? $util.base64.encode(message.sha256, 0, message.sha256.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sha256) : message.sha256;
                if (message.records != null && $Object.hasOwnProperty.call(message, "records"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.records = typeof message.records === "number" ? $BigInt(message.records) : $util.Long.fromBits(message.records.low >>> 0, message.records.high >>> 0, true).toBigInt();
                    else if (typeof message.records === "number")
                        object.records = options.longs === $String ? $String(message.records) : message.records;
                    else
                        object.records = options.longs === $String ? $util.Long.prototype.toString.call(message.records) : options.longs === $Number ? new $util.LongBits(message.records.low >>> 0, message.records.high >>> 0).toNumber(true) : message.records;
                if (message.shards && message.shards.length) {
                    object.shards = $Array(message.shards.length);
                    for (let j = 0; j < message.shards.length; ++j)
                        object.shards[j] = $root.tessera.kv.SnapshotShard.toObject(message.shards[j], options, _depth + 1);
                }
                return object;
            };

            SnapshotEnd.prototype.toJSON = function() {
                return SnapshotEnd.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.SnapshotEnd";
            };

            return SnapshotEnd;
        })();

        kv.SnapshotChunk = (function() {

            const SnapshotChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotChunk.prototype.error = null;
            SnapshotChunk.prototype.begin = null;
            SnapshotChunk.prototype.data = $util.newBuffer([]);
            SnapshotChunk.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotChunk.prototype.end = null;

            SnapshotChunk.create = function(properties) {
                return new SnapshotChunk(properties);
            };

            SnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tessera.kv.Error.encode(message.error, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                    $root.tessera.kv.SnapshotBegin.encode(message.begin, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(26).bytes(message.data);
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && (typeof message.bytesSent === "object" ? message.bytesSent.low || message.bytesSent.high : message.bytesSent !== 0))
                    writer.uint32(32).uint64(message.bytesSent);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    $root.tessera.kv.SnapshotEnd.encode(message.end, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.kv.SnapshotChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tessera.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.begin = $root.tessera.kv.SnapshotBegin.decode(reader, reader.size(), $undefined, _depth + 1, message.begin);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesSent = value;
                            else
                                delete message.bytesSent;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.end = $root.tessera.kv.SnapshotEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.kv.SnapshotChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.kv.SnapshotChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.kv.SnapshotChunk();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tessera.kv.SnapshotChunk.error: object expected");
                    message.error = $root.tessera.kv.Error.fromObject(object.error, _depth + 1);
                }
                if (object.begin != null) {
                    if (!$util.isObject(object.begin))
                        throw $TypeError(".tessera.kv.SnapshotChunk.begin: object expected");
                    message.begin = $root.tessera.kv.SnapshotBegin.fromObject(object.begin, _depth + 1);
                }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.bytesSent != null)
                    if (typeof object.bytesSent === "object" ? object.bytesSent.low || object.bytesSent.high : $Number(object.bytesSent) !== 0)
                        if ($util.Long)
                            message.bytesSent = $util.Long.fromValue(object.bytesSent, true);
                        else if (typeof object.bytesSent === "string")
                            message.bytesSent = $parseInt(object.bytesSent, 10);
                        else if (typeof object.bytesSent === "number")
                            message.bytesSent = object.bytesSent;
                        else if (typeof object.bytesSent === "object")
                            message.bytesSent = new $util.LongBits(object.bytesSent.low >>> 0, object.bytesSent.high >>> 0).toNumber(true);
                if (object.end != null) {
                    if (!$util.isObject(object.end))
                        throw $TypeError(".tessera.kv.SnapshotChunk.end: object expected");
                    message.end = $root.tessera.kv.SnapshotEnd.fromObject(object.end, _depth + 1);
                }
                return message;
            };

            SnapshotChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.error = null;
                    object.begin = null;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.end = null;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.tessera.kv.Error.toObject(message.error, options, _depth + 1);
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                    object.begin = $root.tessera.kv.SnapshotBegin.toObject(message.begin, options, _depth + 1);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesSent = typeof message.bytesSent === "number" ? $BigInt(message.bytesSent) : $util.Long.fromBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesSent === "number")
                        object.bytesSent = options.longs === $String ? $String(message.bytesSent) : message.bytesSent;
                    else
                        object.bytesSent = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSent) : options.longs === $Number ? new $util.LongBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0).toNumber(true) : message.bytesSent;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    object.end = $root.tessera.kv.SnapshotEnd.toObject(message.end, options, _depth + 1);
                return object;
            };

            SnapshotChunk.prototype.toJSON = function() {
                return SnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.kv.SnapshotChunk";
            };

            return SnapshotChunk;
        })();

        return kv;
    })();

    tessera.raft = (function() {

        const raft = {};

        raft.EntryType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTRY_NORMAL"] = 0;
            values[valuesById[1] = "ENTRY_CONF_CHANGE"] = 1;
            return values;
        })();

        raft.Entry = (function() {

            const Entry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Entry.prototype.type = 0;
            Entry.prototype.data = $util.newBuffer([]);

            Entry.create = function(properties) {
                return new Entry(properties);
            };

            Entry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(8).uint64(message.term);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(16).uint64(message.index);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(24).int32(message.type);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Entry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.Entry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Entry.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.Entry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.Entry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.Entry();
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, true);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.tessera.raft.EntryType[object.type] !== 0))
                    switch (object.type) {
                    case "ENTRY_NORMAL":
                    case 0:
                        message.type = 0;
                        break;
                    case "ENTRY_CONF_CHANGE":
                    case 1:
                        message.type = 1;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            Entry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.type = options.enums === $String ? "ENTRY_NORMAL" : 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.tessera.raft.EntryType[message.type] === $undefined ? message.type : $root.tessera.raft.EntryType[message.type] : message.type;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            Entry.prototype.toJSON = function() {
                return Entry.toObject(this, $protobuf.util.toJSONOptions);
            };

            Entry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.Entry";
            };

            return Entry;
        })();

        raft.HardState = (function() {

            const HardState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            HardState.prototype.vote = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            HardState.create = function(properties) {
                return new HardState(properties);
            };

            HardState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(8).uint64(message.term);
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && (typeof message.vote === "object" ? message.vote.low || message.vote.high : message.vote !== 0))
                    writer.uint32(16).uint64(message.vote);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(24).uint64(message.commit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HardState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.HardState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.vote = value;
                            else
                                delete message.vote;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HardState.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.HardState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.HardState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.HardState();
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.vote != null)
                    if (typeof object.vote === "object" ? object.vote.low || object.vote.high : $Number(object.vote) !== 0)
                        if ($util.Long)
                            message.vote = $util.Long.fromValue(object.vote, true);
                        else if (typeof object.vote === "string")
                            message.vote = $parseInt(object.vote, 10);
                        else if (typeof object.vote === "number")
                            message.vote = object.vote;
                        else if (typeof object.vote === "object")
                            message.vote = new $util.LongBits(object.vote.low >>> 0, object.vote.high >>> 0).toNumber(true);
                if (object.commit != null)
                    if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                        if ($util.Long)
                            message.commit = $util.Long.fromValue(object.commit, true);
                        else if (typeof object.commit === "string")
                            message.commit = $parseInt(object.commit, 10);
                        else if (typeof object.commit === "number")
                            message.commit = object.commit;
                        else if (typeof object.commit === "object")
                            message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                return message;
            };

            HardState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.vote = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.vote = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.vote = typeof message.vote === "number" ? $BigInt(message.vote) : $util.Long.fromBits(message.vote.low >>> 0, message.vote.high >>> 0, true).toBigInt();
                    else if (typeof message.vote === "number")
                        object.vote = options.longs === $String ? $String(message.vote) : message.vote;
                    else
                        object.vote = options.longs === $String ? $util.Long.prototype.toString.call(message.vote) : options.longs === $Number ? new $util.LongBits(message.vote.low >>> 0, message.vote.high >>> 0).toNumber(true) : message.vote;
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                    else if (typeof message.commit === "number")
                        object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                    else
                        object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                return object;
            };

            HardState.prototype.toJSON = function() {
                return HardState.toObject(this, $protobuf.util.toJSONOptions);
            };

            HardState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.HardState";
            };

            return HardState;
        })();

        raft.ConfState = (function() {

            const ConfState = function (properties) {
                this.voters = [];
                this.learners = [];
                this.votersOutgoing = [];
                this.learnersNext = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfState.prototype.voters = $util.emptyArray;
            ConfState.prototype.learners = $util.emptyArray;
            ConfState.prototype.votersOutgoing = $util.emptyArray;
            ConfState.prototype.learnersNext = $util.emptyArray;
            ConfState.prototype.autoLeave = false;

            ConfState.create = function(properties) {
                return new ConfState(properties);
            };

            ConfState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voters != null && message.voters.length)
                    writer.uint32(10).uint64s(message.voters);
                if (message.learners != null && message.learners.length)
                    writer.uint32(18).uint64s(message.learners);
                if (message.votersOutgoing != null && message.votersOutgoing.length)
                    writer.uint32(26).uint64s(message.votersOutgoing);
                if (message.learnersNext != null && message.learnersNext.length)
                    writer.uint32(34).uint64s(message.learnersNext);
                if (message.autoLeave != null && $Object.hasOwnProperty.call(message, "autoLeave") && message.autoLeave !== false)
                    writer.uint32(40).bool(message.autoLeave);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.ConfState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                reader.uint64s(message.voters);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.voters && message.voters.length))
                                message.voters = [];
                            message.voters.push(reader.uint64());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.learners && message.learners.length))
                                    message.learners = [];
                                reader.uint64s(message.learners);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.learners && message.learners.length))
                                message.learners = [];
                            message.learners.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.votersOutgoing && message.votersOutgoing.length))
                                    message.votersOutgoing = [];
                                reader.uint64s(message.votersOutgoing);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.votersOutgoing && message.votersOutgoing.length))
                                message.votersOutgoing = [];
                            message.votersOutgoing.push(reader.uint64());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.learnersNext && message.learnersNext.length))
                                    message.learnersNext = [];
                                reader.uint64s(message.learnersNext);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.learnersNext && message.learnersNext.length))
                                message.learnersNext = [];
                            message.learnersNext.push(reader.uint64());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoLeave = value;
                            else
                                delete message.autoLeave;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfState.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.ConfState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.ConfState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.ConfState();
                if (object.voters) {
                    if (!$Array.isArray(object.voters))
                        throw $TypeError(".tessera.raft.ConfState.voters: array expected");
                    message.voters = $Array(object.voters.length);
                    for (let i = 0; i < object.voters.length; ++i)
                        if ($util.Long)
                            message.voters[i] = $util.Long.fromValue(object.voters[i], true);
                        else if (typeof object.voters[i] === "string")
                            message.voters[i] = $parseInt(object.voters[i], 10);
                        else if (typeof object.voters[i] === "number")
                            message.voters[i] = object.voters[i];
                        else if (typeof object.voters[i] === "object")
                            message.voters[i] = new $util.LongBits(object.voters[i].low >>> 0, object.voters[i].high >>> 0).toNumber(true);
                }
                if (object.learners) {
                    if (!$Array.isArray(object.learners))
                        throw $TypeError(".tessera.raft.ConfState.learners: array expected");
                    message.learners = $Array(object.learners.length);
                    for (let i = 0; i < object.learners.length; ++i)
                        if ($util.Long)
                            message.learners[i] = $util.Long.fromValue(object.learners[i], true);
                        else if (typeof object.learners[i] === "string")
                            message.learners[i] = $parseInt(object.learners[i], 10);
                        else if (typeof object.learners[i] === "number")
                            message.learners[i] = object.learners[i];
                        else if (typeof object.learners[i] === "object")
                            message.learners[i] = new $util.LongBits(object.learners[i].low >>> 0, object.learners[i].high >>> 0).toNumber(true);
                }
                if (object.votersOutgoing) {
                    if (!$Array.isArray(object.votersOutgoing))
                        throw $TypeError(".tessera.raft.ConfState.votersOutgoing: array expected");
                    message.votersOutgoing = $Array(object.votersOutgoing.length);
                    for (let i = 0; i < object.votersOutgoing.length; ++i)
                        if ($util.Long)
                            message.votersOutgoing[i] = $util.Long.fromValue(object.votersOutgoing[i], true);
                        else if (typeof object.votersOutgoing[i] === "string")
                            message.votersOutgoing[i] = $parseInt(object.votersOutgoing[i], 10);
                        else if (typeof object.votersOutgoing[i] === "number")
                            message.votersOutgoing[i] = object.votersOutgoing[i];
                        else if (typeof object.votersOutgoing[i] === "object")
                            message.votersOutgoing[i] = new $util.LongBits(object.votersOutgoing[i].low >>> 0, object.votersOutgoing[i].high >>> 0).toNumber(true);
                }
                if (object.learnersNext) {
                    if (!$Array.isArray(object.learnersNext))
                        throw $TypeError(".tessera.raft.ConfState.learnersNext: array expected");
                    message.learnersNext = $Array(object.learnersNext.length);
                    for (let i = 0; i < object.learnersNext.length; ++i)
                        if ($util.Long)
                            message.learnersNext[i] = $util.Long.fromValue(object.learnersNext[i], true);
                        else if (typeof object.learnersNext[i] === "string")
                            message.learnersNext[i] = $parseInt(object.learnersNext[i], 10);
                        else if (typeof object.learnersNext[i] === "number")
                            message.learnersNext[i] = object.learnersNext[i];
                        else if (typeof object.learnersNext[i] === "object")
                            message.learnersNext[i] = new $util.LongBits(object.learnersNext[i].low >>> 0, object.learnersNext[i].high >>> 0).toNumber(true);
                }
                if (object.autoLeave != null)
                    if (object.autoLeave)
                        message.autoLeave = $Boolean(object.autoLeave);
                return message;
            };

            ConfState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.voters = [];
                    object.learners = [];
                    object.votersOutgoing = [];
                    object.learnersNext = [];
                }
                if (options.defaults)
                    object.autoLeave = false;
                if (message.voters && message.voters.length) {
                    object.voters = $Array(message.voters.length);
                    for (let j = 0; j < message.voters.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.voters[j] = typeof message.voters[j] === "number" ? $BigInt(message.voters[j]) : $util.Long.fromBits(message.voters[j].low >>> 0, message.voters[j].high >>> 0, true).toBigInt();
                        else if (typeof message.voters[j] === "number")
                            object.voters[j] = options.longs === $String ? $String(message.voters[j]) : message.voters[j];
                        else
                            object.voters[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.voters[j]) : options.longs === $Number ? new $util.LongBits(message.voters[j].low >>> 0, message.voters[j].high >>> 0).toNumber(true) : message.voters[j];
                }
                if (message.learners && message.learners.length) {
                    object.learners = $Array(message.learners.length);
                    for (let j = 0; j < message.learners.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.learners[j] = typeof message.learners[j] === "number" ? $BigInt(message.learners[j]) : $util.Long.fromBits(message.learners[j].low >>> 0, message.learners[j].high >>> 0, true).toBigInt();
                        else if (typeof message.learners[j] === "number")
                            object.learners[j] = options.longs === $String ? $String(message.learners[j]) : message.learners[j];
                        else
                            object.learners[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.learners[j]) : options.longs === $Number ? new $util.LongBits(message.learners[j].low >>> 0, message.learners[j].high >>> 0).toNumber(true) : message.learners[j];
                }
                if (message.votersOutgoing && message.votersOutgoing.length) {
                    object.votersOutgoing = $Array(message.votersOutgoing.length);
                    for (let j = 0; j < message.votersOutgoing.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.votersOutgoing[j] = typeof message.votersOutgoing[j] === "number" ? $BigInt(message.votersOutgoing[j]) : $util.Long.fromBits(message.votersOutgoing[j].low >>> 0, message.votersOutgoing[j].high >>> 0, true).toBigInt();
                        else if (typeof message.votersOutgoing[j] === "number")
                            object.votersOutgoing[j] = options.longs === $String ? $String(message.votersOutgoing[j]) : message.votersOutgoing[j];
                        else
                            object.votersOutgoing[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.votersOutgoing[j]) : options.longs === $Number ? new $util.LongBits(message.votersOutgoing[j].low >>> 0, message.votersOutgoing[j].high >>> 0).toNumber(true) : message.votersOutgoing[j];
                }
                if (message.learnersNext && message.learnersNext.length) {
                    object.learnersNext = $Array(message.learnersNext.length);
                    for (let j = 0; j < message.learnersNext.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.learnersNext[j] = typeof message.learnersNext[j] === "number" ? $BigInt(message.learnersNext[j]) : $util.Long.fromBits(message.learnersNext[j].low >>> 0, message.learnersNext[j].high >>> 0, true).toBigInt();
                        else if (typeof message.learnersNext[j] === "number")
                            object.learnersNext[j] = options.longs === $String ? $String(message.learnersNext[j]) : message.learnersNext[j];
                        else
                            object.learnersNext[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.learnersNext[j]) : options.longs === $Number ? new $util.LongBits(message.learnersNext[j].low >>> 0, message.learnersNext[j].high >>> 0).toNumber(true) : message.learnersNext[j];
                }
                if (message.autoLeave != null && $Object.hasOwnProperty.call(message, "autoLeave"))
                    object.autoLeave = message.autoLeave;
                return object;
            };

            ConfState.prototype.toJSON = function() {
                return ConfState.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.ConfState";
            };

            return ConfState;
        })();

        raft.SnapshotMetadata = (function() {

            const SnapshotMetadata = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotMetadata.prototype.confState = null;

            SnapshotMetadata.create = function(properties) {
                return new SnapshotMetadata(properties);
            };

            SnapshotMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(8).uint64(message.index);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(16).uint64(message.term);
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                    $root.tessera.raft.ConfState.encode(message.confState, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.SnapshotMetadata();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.confState = $root.tessera.raft.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotMetadata.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.SnapshotMetadata)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.SnapshotMetadata: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.SnapshotMetadata();
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, true);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.confState != null) {
                    if (!$util.isObject(object.confState))
                        throw $TypeError(".tessera.raft.SnapshotMetadata.confState: object expected");
                    message.confState = $root.tessera.raft.ConfState.fromObject(object.confState, _depth + 1);
                }
                return message;
            };

            SnapshotMetadata.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.confState = null;
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                    object.confState = $root.tessera.raft.ConfState.toObject(message.confState, options, _depth + 1);
                return object;
            };

            SnapshotMetadata.prototype.toJSON = function() {
                return SnapshotMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.SnapshotMetadata";
            };

            return SnapshotMetadata;
        })();

        raft.Snapshot = (function() {

            const Snapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Snapshot.prototype.metadata = null;
            Snapshot.prototype.data = $util.newBuffer([]);

            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            Snapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.tessera.raft.SnapshotMetadata.encode(message.metadata, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(18).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Snapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.Snapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.tessera.raft.SnapshotMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Snapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.Snapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.Snapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.Snapshot();
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".tessera.raft.Snapshot.metadata: object expected");
                    message.metadata = $root.tessera.raft.SnapshotMetadata.fromObject(object.metadata, _depth + 1);
                }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            Snapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.metadata = null;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.tessera.raft.SnapshotMetadata.toObject(message.metadata, options, _depth + 1);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            Snapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.Snapshot";
            };

            return Snapshot;
        })();

        raft.ConfChangeType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ADD_NODE"] = 0;
            values[valuesById[1] = "REMOVE_NODE"] = 1;
            values[valuesById[2] = "ADD_LEARNER"] = 2;
            return values;
        })();

        raft.ConfChangeSingle = (function() {

            const ConfChangeSingle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfChangeSingle.prototype.type = 0;
            ConfChangeSingle.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ConfChangeSingle.create = function(properties) {
                return new ConfChangeSingle(properties);
            };

            ConfChangeSingle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(16).uint64(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfChangeSingle.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.ConfChangeSingle();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfChangeSingle.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.ConfChangeSingle)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.ConfChangeSingle: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.ConfChangeSingle();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.tessera.raft.ConfChangeType[object.type] !== 0))
                    switch (object.type) {
                    case "ADD_NODE":
                    case 0:
                        message.type = 0;
                        break;
                    case "REMOVE_NODE":
                    case 1:
                        message.type = 1;
                        break;
                    case "ADD_LEARNER":
                    case 2:
                        message.type = 2;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.nodeId != null)
                    if (typeof object.nodeId === "object" ? object.nodeId.low || object.nodeId.high : $Number(object.nodeId) !== 0)
                        if ($util.Long)
                            message.nodeId = $util.Long.fromValue(object.nodeId, true);
                        else if (typeof object.nodeId === "string")
                            message.nodeId = $parseInt(object.nodeId, 10);
                        else if (typeof object.nodeId === "number")
                            message.nodeId = object.nodeId;
                        else if (typeof object.nodeId === "object")
                            message.nodeId = new $util.LongBits(object.nodeId.low >>> 0, object.nodeId.high >>> 0).toNumber(true);
                return message;
            };

            ConfChangeSingle.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "ADD_NODE" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nodeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nodeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.tessera.raft.ConfChangeType[message.type] === $undefined ? message.type : $root.tessera.raft.ConfChangeType[message.type] : message.type;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nodeId = typeof message.nodeId === "number" ? $BigInt(message.nodeId) : $util.Long.fromBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0, true).toBigInt();
                    else if (typeof message.nodeId === "number")
                        object.nodeId = options.longs === $String ? $String(message.nodeId) : message.nodeId;
                    else
                        object.nodeId = options.longs === $String ? $util.Long.prototype.toString.call(message.nodeId) : options.longs === $Number ? new $util.LongBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0).toNumber(true) : message.nodeId;
                return object;
            };

            ConfChangeSingle.prototype.toJSON = function() {
                return ConfChangeSingle.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfChangeSingle.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.ConfChangeSingle";
            };

            return ConfChangeSingle;
        })();

        raft.ConfChangeTransition = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRANSITION_AUTO"] = 0;
            values[valuesById[1] = "TRANSITION_JOINT_IMPLICIT"] = 1;
            values[valuesById[2] = "TRANSITION_JOINT_EXPLICIT"] = 2;
            return values;
        })();

        raft.ConfChange = (function() {

            const ConfChange = function (properties) {
                this.changes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfChange.prototype.transition = 0;
            ConfChange.prototype.changes = $util.emptyArray;
            ConfChange.prototype.context = $util.newBuffer([]);

            ConfChange.create = function(properties) {
                return new ConfChange(properties);
            };

            ConfChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transition != null && $Object.hasOwnProperty.call(message, "transition") && message.transition !== 0)
                    writer.uint32(8).int32(message.transition);
                if (message.changes != null && message.changes.length)
                    for (let i = 0; i < message.changes.length; ++i)
                        $root.tessera.raft.ConfChangeSingle.encode(message.changes[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                    writer.uint32(26).bytes(message.context);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.ConfChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.transition = value;
                            else
                                delete message.transition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.changes && message.changes.length))
                                message.changes = [];
                            message.changes.push($root.tessera.raft.ConfChangeSingle.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.context = value;
                            else
                                delete message.context;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfChange.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.ConfChange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.ConfChange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.ConfChange();
                if (object.transition !== 0 && (typeof object.transition !== "string" || $root.tessera.raft.ConfChangeTransition[object.transition] !== 0))
                    switch (object.transition) {
                    case "TRANSITION_AUTO":
                    case 0:
                        message.transition = 0;
                        break;
                    case "TRANSITION_JOINT_IMPLICIT":
                    case 1:
                        message.transition = 1;
                        break;
                    case "TRANSITION_JOINT_EXPLICIT":
                    case 2:
                        message.transition = 2;
                        break;
                    default:
                        if (typeof object.transition === "number" && (object.transition | 0) === object.transition)
                            message.transition = object.transition;
                    }
                if (object.changes) {
                    if (!$Array.isArray(object.changes))
                        throw $TypeError(".tessera.raft.ConfChange.changes: array expected");
                    message.changes = $Array(object.changes.length);
                    for (let i = 0; i < object.changes.length; ++i) {
                        if (!$util.isObject(object.changes[i]))
                            throw $TypeError(".tessera.raft.ConfChange.changes: object expected");
                        message.changes[i] = $root.tessera.raft.ConfChangeSingle.fromObject(object.changes[i], _depth + 1);
                    }
                }
                if (object.context != null)
                    if (object.context.length)
                        if (typeof object.context === "string")
                            $util.base64.decode(object.context, message.context = $util.newBuffer($util.base64.length(object.context)), 0);
                        else if (object.context.length >= 0)
                            message.context = object.context;
                return message;
            };

            ConfChange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.changes = [];
                if (options.defaults) {
                    object.transition = options.enums === $String ? "TRANSITION_AUTO" : 0;
                    if (options.bytes === $String)
                        object.context = "";
                    else {
                        object.context = [];
                        if (options.bytes !== $Array)
                            object.context = $util.newBuffer(object.context);
                    }
                }
                if (message.transition != null && $Object.hasOwnProperty.call(message, "transition"))
                    object.transition = options.enums === $String ? $root.tessera.raft.ConfChangeTransition[message.transition] === $undefined ? message.transition : $root.tessera.raft.ConfChangeTransition[message.transition] : message.transition;
                if (message.changes && message.changes.length) {
                    object.changes = $Array(message.changes.length);
                    for (let j = 0; j < message.changes.length; ++j)
                        object.changes[j] = $root.tessera.raft.ConfChangeSingle.toObject(message.changes[j], options, _depth + 1);
                }
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    object.context = options.bytes === $String ? $util.base64.encode(message.context, 0, message.context.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.context) : message.context;
                return object;
            };

            ConfChange.prototype.toJSON = function() {
                return ConfChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.ConfChange";
            };

            return ConfChange;
        })();

        raft.MessageType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PREVOTE"] = 0;
            values[valuesById[1] = "PREVOTE_RESPONSE"] = 1;
            values[valuesById[2] = "VOTE"] = 2;
            values[valuesById[3] = "VOTE_RESPONSE"] = 3;
            values[valuesById[4] = "APPEND"] = 4;
            values[valuesById[5] = "APPEND_RESPONSE"] = 5;
            values[valuesById[6] = "HEARTBEAT"] = 6;
            values[valuesById[7] = "HEARTBEAT_RESPONSE"] = 7;
            values[valuesById[8] = "SNAPSHOT"] = 8;
            values[valuesById[9] = "TIMEOUT_NOW"] = 9;
            values[valuesById[10] = "READ_INDEX"] = 10;
            values[valuesById[11] = "READ_INDEX_RESPONSE"] = 11;
            return values;
        })();

        raft.Message = (function() {

            const Message = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Message.prototype.type = 0;
            Message.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Message.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Message.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Message.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Message.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Message.prototype.entries = $util.emptyArray;
            Message.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Message.prototype.snapshot = null;
            Message.prototype.reject = false;
            Message.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Message.prototype.context = $util.newBuffer([]);

            Message.create = function(properties) {
                return new Message(properties);
            };

            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                    writer.uint32(16).uint64(message.to);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                    writer.uint32(24).uint64(message.from);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(32).uint64(message.term);
                if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm") && (typeof message.logTerm === "object" ? message.logTerm.low || message.logTerm.high : message.logTerm !== 0))
                    writer.uint32(40).uint64(message.logTerm);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(48).uint64(message.index);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.tessera.raft.Entry.encode(message.entries[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(64).uint64(message.commit);
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.tessera.raft.Snapshot.encode(message.snapshot, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                    writer.uint32(80).bool(message.reject);
                if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                    writer.uint32(88).uint64(message.rejectHint);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                    writer.uint32(98).bytes(message.context);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Message.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.Message();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logTerm = value;
                            else
                                delete message.logTerm;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.tessera.raft.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.tessera.raft.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reject = value;
                            else
                                delete message.reject;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rejectHint = value;
                            else
                                delete message.rejectHint;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.context = value;
                            else
                                delete message.context;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Message.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.Message)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.Message: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.Message();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.tessera.raft.MessageType[object.type] !== 0))
                    switch (object.type) {
                    case "PREVOTE":
                    case 0:
                        message.type = 0;
                        break;
                    case "PREVOTE_RESPONSE":
                    case 1:
                        message.type = 1;
                        break;
                    case "VOTE":
                    case 2:
                        message.type = 2;
                        break;
                    case "VOTE_RESPONSE":
                    case 3:
                        message.type = 3;
                        break;
                    case "APPEND":
                    case 4:
                        message.type = 4;
                        break;
                    case "APPEND_RESPONSE":
                    case 5:
                        message.type = 5;
                        break;
                    case "HEARTBEAT":
                    case 6:
                        message.type = 6;
                        break;
                    case "HEARTBEAT_RESPONSE":
                    case 7:
                        message.type = 7;
                        break;
                    case "SNAPSHOT":
                    case 8:
                        message.type = 8;
                        break;
                    case "TIMEOUT_NOW":
                    case 9:
                        message.type = 9;
                        break;
                    case "READ_INDEX":
                    case 10:
                        message.type = 10;
                        break;
                    case "READ_INDEX_RESPONSE":
                    case 11:
                        message.type = 11;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.to != null)
                    if (typeof object.to === "object" ? object.to.low || object.to.high : $Number(object.to) !== 0)
                        if ($util.Long)
                            message.to = $util.Long.fromValue(object.to, true);
                        else if (typeof object.to === "string")
                            message.to = $parseInt(object.to, 10);
                        else if (typeof object.to === "number")
                            message.to = object.to;
                        else if (typeof object.to === "object")
                            message.to = new $util.LongBits(object.to.low >>> 0, object.to.high >>> 0).toNumber(true);
                if (object.from != null)
                    if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                        if ($util.Long)
                            message.from = $util.Long.fromValue(object.from, true);
                        else if (typeof object.from === "string")
                            message.from = $parseInt(object.from, 10);
                        else if (typeof object.from === "number")
                            message.from = object.from;
                        else if (typeof object.from === "object")
                            message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.logTerm != null)
                    if (typeof object.logTerm === "object" ? object.logTerm.low || object.logTerm.high : $Number(object.logTerm) !== 0)
                        if ($util.Long)
                            message.logTerm = $util.Long.fromValue(object.logTerm, true);
                        else if (typeof object.logTerm === "string")
                            message.logTerm = $parseInt(object.logTerm, 10);
                        else if (typeof object.logTerm === "number")
                            message.logTerm = object.logTerm;
                        else if (typeof object.logTerm === "object")
                            message.logTerm = new $util.LongBits(object.logTerm.low >>> 0, object.logTerm.high >>> 0).toNumber(true);
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, true);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".tessera.raft.Message.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".tessera.raft.Message.entries: object expected");
                        message.entries[i] = $root.tessera.raft.Entry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.commit != null)
                    if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                        if ($util.Long)
                            message.commit = $util.Long.fromValue(object.commit, true);
                        else if (typeof object.commit === "string")
                            message.commit = $parseInt(object.commit, 10);
                        else if (typeof object.commit === "number")
                            message.commit = object.commit;
                        else if (typeof object.commit === "object")
                            message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                if (object.snapshot != null) {
                    if (!$util.isObject(object.snapshot))
                        throw $TypeError(".tessera.raft.Message.snapshot: object expected");
                    message.snapshot = $root.tessera.raft.Snapshot.fromObject(object.snapshot, _depth + 1);
                }
                if (object.reject != null)
                    if (object.reject)
                        message.reject = $Boolean(object.reject);
                if (object.rejectHint != null)
                    if (typeof object.rejectHint === "object" ? object.rejectHint.low || object.rejectHint.high : $Number(object.rejectHint) !== 0)
                        if ($util.Long)
                            message.rejectHint = $util.Long.fromValue(object.rejectHint, true);
                        else if (typeof object.rejectHint === "string")
                            message.rejectHint = $parseInt(object.rejectHint, 10);
                        else if (typeof object.rejectHint === "number")
                            message.rejectHint = object.rejectHint;
                        else if (typeof object.rejectHint === "object")
                            message.rejectHint = new $util.LongBits(object.rejectHint.low >>> 0, object.rejectHint.high >>> 0).toNumber(true);
                if (object.context != null)
                    if (object.context.length)
                        if (typeof object.context === "string")
                            $util.base64.decode(object.context, message.context = $util.newBuffer($util.base64.length(object.context)), 0);
                        else if (object.context.length >= 0)
                            message.context = object.context;
                return message;
            };

            Message.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    object.type = options.enums === $String ? "PREVOTE" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.to = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.to = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.logTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.logTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.snapshot = null;
                    object.reject = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rejectHint = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rejectHint = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.context = "";
                    else {
                        object.context = [];
                        if (options.bytes !== $Array)
                            object.context = $util.newBuffer(object.context);
                    }
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.tessera.raft.MessageType[message.type] === $undefined ? message.type : $root.tessera.raft.MessageType[message.type] : message.type;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.to = typeof message.to === "number" ? $BigInt(message.to) : $util.Long.fromBits(message.to.low >>> 0, message.to.high >>> 0, true).toBigInt();
                    else if (typeof message.to === "number")
                        object.to = options.longs === $String ? $String(message.to) : message.to;
                    else
                        object.to = options.longs === $String ? $util.Long.prototype.toString.call(message.to) : options.longs === $Number ? new $util.LongBits(message.to.low >>> 0, message.to.high >>> 0).toNumber(true) : message.to;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                    else if (typeof message.from === "number")
                        object.from = options.longs === $String ? $String(message.from) : message.from;
                    else
                        object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.logTerm = typeof message.logTerm === "number" ? $BigInt(message.logTerm) : $util.Long.fromBits(message.logTerm.low >>> 0, message.logTerm.high >>> 0, true).toBigInt();
                    else if (typeof message.logTerm === "number")
                        object.logTerm = options.longs === $String ? $String(message.logTerm) : message.logTerm;
                    else
                        object.logTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.logTerm) : options.longs === $Number ? new $util.LongBits(message.logTerm.low >>> 0, message.logTerm.high >>> 0).toNumber(true) : message.logTerm;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.tessera.raft.Entry.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                    else if (typeof message.commit === "number")
                        object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                    else
                        object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    object.snapshot = $root.tessera.raft.Snapshot.toObject(message.snapshot, options, _depth + 1);
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                    object.reject = message.reject;
                if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rejectHint = typeof message.rejectHint === "number" ? $BigInt(message.rejectHint) : $util.Long.fromBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0, true).toBigInt();
                    else if (typeof message.rejectHint === "number")
                        object.rejectHint = options.longs === $String ? $String(message.rejectHint) : message.rejectHint;
                    else
                        object.rejectHint = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectHint) : options.longs === $Number ? new $util.LongBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0).toNumber(true) : message.rejectHint;
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    object.context = options.bytes === $String ? $util.base64.encode(message.context, 0, message.context.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.context) : message.context;
                return object;
            };

            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.Message";
            };

            return Message;
        })();

        raft.GroupMessage = (function() {

            const GroupMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMessage.prototype.shardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            GroupMessage.prototype.message = null;
            GroupMessage.prototype.quiesce = false;

            GroupMessage.create = function(properties) {
                return new GroupMessage(properties);
            };

            GroupMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && (typeof message.shardId === "object" ? message.shardId.low || message.shardId.high : message.shardId !== 0))
                    writer.uint32(8).uint64(message.shardId);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.tessera.raft.Message.encode(message.message, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.quiesce != null && $Object.hasOwnProperty.call(message, "quiesce") && message.quiesce !== false)
                    writer.uint32(24).bool(message.quiesce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.GroupMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.tessera.raft.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.quiesce = value;
                            else
                                delete message.quiesce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.GroupMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.GroupMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.GroupMessage();
                if (object.shardId != null)
                    if (typeof object.shardId === "object" ? object.shardId.low || object.shardId.high : $Number(object.shardId) !== 0)
                        if ($util.Long)
                            message.shardId = $util.Long.fromValue(object.shardId, true);
                        else if (typeof object.shardId === "string")
                            message.shardId = $parseInt(object.shardId, 10);
                        else if (typeof object.shardId === "number")
                            message.shardId = object.shardId;
                        else if (typeof object.shardId === "object")
                            message.shardId = new $util.LongBits(object.shardId.low >>> 0, object.shardId.high >>> 0).toNumber(true);
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".tessera.raft.GroupMessage.message: object expected");
                    message.message = $root.tessera.raft.Message.fromObject(object.message, _depth + 1);
                }
                if (object.quiesce != null)
                    if (object.quiesce)
                        message.quiesce = $Boolean(object.quiesce);
                return message;
            };

            GroupMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.shardId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.shardId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.message = null;
                    object.quiesce = false;
                }
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.shardId = typeof message.shardId === "number" ? $BigInt(message.shardId) : $util.Long.fromBits(message.shardId.low >>> 0, message.shardId.high >>> 0, true).toBigInt();
                    else if (typeof message.shardId === "number")
                        object.shardId = options.longs === $String ? $String(message.shardId) : message.shardId;
                    else
                        object.shardId = options.longs === $String ? $util.Long.prototype.toString.call(message.shardId) : options.longs === $Number ? new $util.LongBits(message.shardId.low >>> 0, message.shardId.high >>> 0).toNumber(true) : message.shardId;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.tessera.raft.Message.toObject(message.message, options, _depth + 1);
                if (message.quiesce != null && $Object.hasOwnProperty.call(message, "quiesce"))
                    object.quiesce = message.quiesce;
                return object;
            };

            GroupMessage.prototype.toJSON = function() {
                return GroupMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.GroupMessage";
            };

            return GroupMessage;
        })();

        raft.MessageBatch = (function() {

            const MessageBatch = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MessageBatch.prototype.fromNode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MessageBatch.prototype.messages = $util.emptyArray;

            MessageBatch.create = function(properties) {
                return new MessageBatch(properties);
            };

            MessageBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromNode != null && $Object.hasOwnProperty.call(message, "fromNode") && (typeof message.fromNode === "object" ? message.fromNode.low || message.fromNode.high : message.fromNode !== 0))
                    writer.uint32(8).uint64(message.fromNode);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.tessera.raft.GroupMessage.encode(message.messages[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MessageBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.MessageBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromNode = value;
                            else
                                delete message.fromNode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.tessera.raft.GroupMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MessageBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.MessageBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.MessageBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.MessageBatch();
                if (object.fromNode != null)
                    if (typeof object.fromNode === "object" ? object.fromNode.low || object.fromNode.high : $Number(object.fromNode) !== 0)
                        if ($util.Long)
                            message.fromNode = $util.Long.fromValue(object.fromNode, true);
                        else if (typeof object.fromNode === "string")
                            message.fromNode = $parseInt(object.fromNode, 10);
                        else if (typeof object.fromNode === "number")
                            message.fromNode = object.fromNode;
                        else if (typeof object.fromNode === "object")
                            message.fromNode = new $util.LongBits(object.fromNode.low >>> 0, object.fromNode.high >>> 0).toNumber(true);
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".tessera.raft.MessageBatch.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".tessera.raft.MessageBatch.messages: object expected");
                        message.messages[i] = $root.tessera.raft.GroupMessage.fromObject(object.messages[i], _depth + 1);
                    }
                }
                return message;
            };

            MessageBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromNode = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromNode = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.fromNode != null && $Object.hasOwnProperty.call(message, "fromNode"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromNode = typeof message.fromNode === "number" ? $BigInt(message.fromNode) : $util.Long.fromBits(message.fromNode.low >>> 0, message.fromNode.high >>> 0, true).toBigInt();
                    else if (typeof message.fromNode === "number")
                        object.fromNode = options.longs === $String ? $String(message.fromNode) : message.fromNode;
                    else
                        object.fromNode = options.longs === $String ? $util.Long.prototype.toString.call(message.fromNode) : options.longs === $Number ? new $util.LongBits(message.fromNode.low >>> 0, message.fromNode.high >>> 0).toNumber(true) : message.fromNode;
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.tessera.raft.GroupMessage.toObject(message.messages[j], options, _depth + 1);
                }
                return object;
            };

            MessageBatch.prototype.toJSON = function() {
                return MessageBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            MessageBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.MessageBatch";
            };

            return MessageBatch;
        })();

        raft.StreamAck = (function() {

            const StreamAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamAck.create = function(properties) {
                return new StreamAck(properties);
            };

            StreamAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.StreamAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamAck.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.StreamAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.StreamAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tessera.raft.StreamAck();
            };

            StreamAck.toObject = function () {
                return {};
            };

            StreamAck.prototype.toJSON = function() {
                return StreamAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            StreamAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.StreamAck";
            };

            return StreamAck;
        })();

        raft.SnapshotChunk = (function() {

            const SnapshotChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotChunk.prototype.shardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotChunk.prototype.fromNode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotChunk.prototype.toNode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotChunk.prototype.message = null;
            SnapshotChunk.prototype.data = $util.newBuffer([]);
            SnapshotChunk.prototype.last = false;

            SnapshotChunk.create = function(properties) {
                return new SnapshotChunk(properties);
            };

            SnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && (typeof message.shardId === "object" ? message.shardId.low || message.shardId.high : message.shardId !== 0))
                    writer.uint32(8).uint64(message.shardId);
                if (message.fromNode != null && $Object.hasOwnProperty.call(message, "fromNode") && (typeof message.fromNode === "object" ? message.fromNode.low || message.fromNode.high : message.fromNode !== 0))
                    writer.uint32(16).uint64(message.fromNode);
                if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode") && (typeof message.toNode === "object" ? message.toNode.low || message.toNode.high : message.toNode !== 0))
                    writer.uint32(24).uint64(message.toNode);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.tessera.raft.Message.encode(message.message, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(42).bytes(message.data);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(48).bool(message.last);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.SnapshotChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromNode = value;
                            else
                                delete message.fromNode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.toNode = value;
                            else
                                delete message.toNode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.tessera.raft.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.SnapshotChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.SnapshotChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.SnapshotChunk();
                if (object.shardId != null)
                    if (typeof object.shardId === "object" ? object.shardId.low || object.shardId.high : $Number(object.shardId) !== 0)
                        if ($util.Long)
                            message.shardId = $util.Long.fromValue(object.shardId, true);
                        else if (typeof object.shardId === "string")
                            message.shardId = $parseInt(object.shardId, 10);
                        else if (typeof object.shardId === "number")
                            message.shardId = object.shardId;
                        else if (typeof object.shardId === "object")
                            message.shardId = new $util.LongBits(object.shardId.low >>> 0, object.shardId.high >>> 0).toNumber(true);
                if (object.fromNode != null)
                    if (typeof object.fromNode === "object" ? object.fromNode.low || object.fromNode.high : $Number(object.fromNode) !== 0)
                        if ($util.Long)
                            message.fromNode = $util.Long.fromValue(object.fromNode, true);
                        else if (typeof object.fromNode === "string")
                            message.fromNode = $parseInt(object.fromNode, 10);
                        else if (typeof object.fromNode === "number")
                            message.fromNode = object.fromNode;
                        else if (typeof object.fromNode === "object")
                            message.fromNode = new $util.LongBits(object.fromNode.low >>> 0, object.fromNode.high >>> 0).toNumber(true);
                if (object.toNode != null)
                    if (typeof object.toNode === "object" ? object.toNode.low || object.toNode.high : $Number(object.toNode) !== 0)
                        if ($util.Long)
                            message.toNode = $util.Long.fromValue(object.toNode, true);
                        else if (typeof object.toNode === "string")
                            message.toNode = $parseInt(object.toNode, 10);
                        else if (typeof object.toNode === "number")
                            message.toNode = object.toNode;
                        else if (typeof object.toNode === "object")
                            message.toNode = new $util.LongBits(object.toNode.low >>> 0, object.toNode.high >>> 0).toNumber(true);
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".tessera.raft.SnapshotChunk.message: object expected");
                    message.message = $root.tessera.raft.Message.fromObject(object.message, _depth + 1);
                }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.last != null)
                    if (object.last)
                        message.last = $Boolean(object.last);
                return message;
            };

            SnapshotChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.shardId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.shardId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromNode = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromNode = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.toNode = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.toNode = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.message = null;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.last = false;
                }
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.shardId = typeof message.shardId === "number" ? $BigInt(message.shardId) : $util.Long.fromBits(message.shardId.low >>> 0, message.shardId.high >>> 0, true).toBigInt();
                    else if (typeof message.shardId === "number")
                        object.shardId = options.longs === $String ? $String(message.shardId) : message.shardId;
                    else
                        object.shardId = options.longs === $String ? $util.Long.prototype.toString.call(message.shardId) : options.longs === $Number ? new $util.LongBits(message.shardId.low >>> 0, message.shardId.high >>> 0).toNumber(true) : message.shardId;
                if (message.fromNode != null && $Object.hasOwnProperty.call(message, "fromNode"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromNode = typeof message.fromNode === "number" ? $BigInt(message.fromNode) : $util.Long.fromBits(message.fromNode.low >>> 0, message.fromNode.high >>> 0, true).toBigInt();
                    else if (typeof message.fromNode === "number")
                        object.fromNode = options.longs === $String ? $String(message.fromNode) : message.fromNode;
                    else
                        object.fromNode = options.longs === $String ? $util.Long.prototype.toString.call(message.fromNode) : options.longs === $Number ? new $util.LongBits(message.fromNode.low >>> 0, message.fromNode.high >>> 0).toNumber(true) : message.fromNode;
                if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.toNode = typeof message.toNode === "number" ? $BigInt(message.toNode) : $util.Long.fromBits(message.toNode.low >>> 0, message.toNode.high >>> 0, true).toBigInt();
                    else if (typeof message.toNode === "number")
                        object.toNode = options.longs === $String ? $String(message.toNode) : message.toNode;
                    else
                        object.toNode = options.longs === $String ? $util.Long.prototype.toString.call(message.toNode) : options.longs === $Number ? new $util.LongBits(message.toNode.low >>> 0, message.toNode.high >>> 0).toNumber(true) : message.toNode;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.tessera.raft.Message.toObject(message.message, options, _depth + 1);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    object.last = message.last;
                return object;
            };

            SnapshotChunk.prototype.toJSON = function() {
                return SnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.SnapshotChunk";
            };

            return SnapshotChunk;
        })();

        raft.SnapshotAck = (function() {

            const SnapshotAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotAck.prototype.accepted = false;
            SnapshotAck.prototype.error = "";

            SnapshotAck.create = function(properties) {
                return new SnapshotAck(properties);
            };

            SnapshotAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(8).bool(message.accepted);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(18).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tessera.raft.SnapshotAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotAck.fromObject = function (object, _depth) {
                if (object instanceof $root.tessera.raft.SnapshotAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tessera.raft.SnapshotAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tessera.raft.SnapshotAck();
                if (object.accepted != null)
                    if (object.accepted)
                        message.accepted = $Boolean(object.accepted);
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                return message;
            };

            SnapshotAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.accepted = false;
                    object.error = "";
                }
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    object.accepted = message.accepted;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            SnapshotAck.prototype.toJSON = function() {
                return SnapshotAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tessera.raft.SnapshotAck";
            };

            return SnapshotAck;
        })();

        return raft;
    })();

    return tessera;
})();

export {
  $root as default
};
