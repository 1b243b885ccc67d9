/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tessera = $root.tessera = (() => {

    const tessera = {};

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
