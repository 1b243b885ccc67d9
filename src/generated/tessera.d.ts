import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace tessera. */
export namespace tessera {

    /** Namespace raft. */
    namespace raft {

        /** EntryType enum. */
        enum EntryType {

            /** ENTRY_NORMAL value */
            ENTRY_NORMAL = 0,

            /** ENTRY_CONF_CHANGE value */
            ENTRY_CONF_CHANGE = 1
        }

        /**
         * Properties of an Entry.
         * @deprecated Use tessera.raft.Entry.$Properties instead.
         */
        interface IEntry extends tessera.raft.Entry.$Properties {
        }

        /** Represents an Entry. */
        class Entry {

            /**
             * Constructs a new Entry.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.Entry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Entry term. */
            term: number;

            /** Entry index. */
            index: number;

            /** Entry type. */
            type: tessera.raft.EntryType;

            /** Entry data. */
            data: Uint8Array;

            /**
             * Creates a new Entry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Entry instance
             */
            static create(properties: tessera.raft.Entry.$Shape): tessera.raft.Entry & tessera.raft.Entry.$Shape;
            static create(properties?: tessera.raft.Entry.$Properties): tessera.raft.Entry;

            /**
             * Encodes the specified Entry message. Does not implicitly {@link tessera.raft.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.Entry & tessera.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.Entry & tessera.raft.Entry.$Shape;

            /**
             * Creates an Entry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Entry
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.Entry;

            /**
             * Creates a plain object from an Entry message. Also converts values to other types if specified.
             * @param message Entry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.Entry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Entry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Entry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Entry {

            /** Properties of an Entry. */
            interface $Properties {

                /** Entry term */
                term?: (number|null);

                /** Entry index */
                index?: (number|null);

                /** Entry type */
                type?: (tessera.raft.EntryType|null);

                /** Entry data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Entry. */
            type $Shape = tessera.raft.Entry.$Properties;
        }

        /**
         * Properties of a HardState.
         * @deprecated Use tessera.raft.HardState.$Properties instead.
         */
        interface IHardState extends tessera.raft.HardState.$Properties {
        }

        /** Represents a HardState. */
        class HardState {

            /**
             * Constructs a new HardState.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.HardState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HardState term. */
            term: number;

            /** HardState vote. */
            vote: number;

            /** HardState commit. */
            commit: number;

            /**
             * Creates a new HardState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HardState instance
             */
            static create(properties: tessera.raft.HardState.$Shape): tessera.raft.HardState & tessera.raft.HardState.$Shape;
            static create(properties?: tessera.raft.HardState.$Properties): tessera.raft.HardState;

            /**
             * Encodes the specified HardState message. Does not implicitly {@link tessera.raft.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.HardState & tessera.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.HardState & tessera.raft.HardState.$Shape;

            /**
             * Creates a HardState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HardState
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.HardState;

            /**
             * Creates a plain object from a HardState message. Also converts values to other types if specified.
             * @param message HardState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.HardState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HardState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HardState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HardState {

            /** Properties of a HardState. */
            interface $Properties {

                /** HardState term */
                term?: (number|null);

                /** HardState vote */
                vote?: (number|null);

                /** HardState commit */
                commit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HardState. */
            type $Shape = tessera.raft.HardState.$Properties;
        }

        /**
         * Properties of a ConfState.
         * @deprecated Use tessera.raft.ConfState.$Properties instead.
         */
        interface IConfState extends tessera.raft.ConfState.$Properties {
        }

        /** Represents a ConfState. */
        class ConfState {

            /**
             * Constructs a new ConfState.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.ConfState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfState voters. */
            voters: number[];

            /** ConfState learners. */
            learners: number[];

            /** ConfState votersOutgoing. */
            votersOutgoing: number[];

            /** ConfState learnersNext. */
            learnersNext: number[];

            /** ConfState autoLeave. */
            autoLeave: boolean;

            /**
             * Creates a new ConfState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfState instance
             */
            static create(properties: tessera.raft.ConfState.$Shape): tessera.raft.ConfState & tessera.raft.ConfState.$Shape;
            static create(properties?: tessera.raft.ConfState.$Properties): tessera.raft.ConfState;

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link tessera.raft.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.ConfState & tessera.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.ConfState & tessera.raft.ConfState.$Shape;

            /**
             * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfState
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.ConfState;

            /**
             * Creates a plain object from a ConfState message. Also converts values to other types if specified.
             * @param message ConfState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.ConfState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfState {

            /** Properties of a ConfState. */
            interface $Properties {

                /** ConfState voters */
                voters?: (number[]|null);

                /** ConfState learners */
                learners?: (number[]|null);

                /** ConfState votersOutgoing */
                votersOutgoing?: (number[]|null);

                /** ConfState learnersNext */
                learnersNext?: (number[]|null);

                /** ConfState autoLeave */
                autoLeave?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfState. */
            type $Shape = tessera.raft.ConfState.$Properties;
        }

        /**
         * Properties of a SnapshotMetadata.
         * @deprecated Use tessera.raft.SnapshotMetadata.$Properties instead.
         */
        interface ISnapshotMetadata extends tessera.raft.SnapshotMetadata.$Properties {
        }

        /** Represents a SnapshotMetadata. */
        class SnapshotMetadata {

            /**
             * Constructs a new SnapshotMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.SnapshotMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotMetadata index. */
            index: number;

            /** SnapshotMetadata term. */
            term: number;

            /** SnapshotMetadata confState. */
            confState?: (tessera.raft.ConfState.$Properties|null);

            /**
             * Creates a new SnapshotMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotMetadata instance
             */
            static create(properties: tessera.raft.SnapshotMetadata.$Shape): tessera.raft.SnapshotMetadata & tessera.raft.SnapshotMetadata.$Shape;
            static create(properties?: tessera.raft.SnapshotMetadata.$Properties): tessera.raft.SnapshotMetadata;

            /**
             * Encodes the specified SnapshotMetadata message. Does not implicitly {@link tessera.raft.SnapshotMetadata.verify|verify} messages.
             * @param message SnapshotMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.SnapshotMetadata & tessera.raft.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.SnapshotMetadata & tessera.raft.SnapshotMetadata.$Shape;

            /**
             * Creates a SnapshotMetadata message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotMetadata
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.SnapshotMetadata;

            /**
             * Creates a plain object from a SnapshotMetadata message. Also converts values to other types if specified.
             * @param message SnapshotMetadata
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.SnapshotMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotMetadata to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotMetadata {

            /** Properties of a SnapshotMetadata. */
            interface $Properties {

                /** SnapshotMetadata index */
                index?: (number|null);

                /** SnapshotMetadata term */
                term?: (number|null);

                /** SnapshotMetadata confState */
                confState?: (tessera.raft.ConfState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotMetadata. */
            type $Shape = tessera.raft.SnapshotMetadata.$Properties;
        }

        /**
         * Properties of a Snapshot.
         * @deprecated Use tessera.raft.Snapshot.$Properties instead.
         */
        interface ISnapshot extends tessera.raft.Snapshot.$Properties {
        }

        /** Represents a Snapshot. */
        class Snapshot {

            /**
             * Constructs a new Snapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.Snapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Snapshot metadata. */
            metadata?: (tessera.raft.SnapshotMetadata.$Properties|null);

            /** Snapshot data. */
            data: Uint8Array;

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Snapshot instance
             */
            static create(properties: tessera.raft.Snapshot.$Shape): tessera.raft.Snapshot & tessera.raft.Snapshot.$Shape;
            static create(properties?: tessera.raft.Snapshot.$Properties): tessera.raft.Snapshot;

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link tessera.raft.Snapshot.verify|verify} messages.
             * @param message Snapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.Snapshot & tessera.raft.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.Snapshot & tessera.raft.Snapshot.$Shape;

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Snapshot
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.Snapshot;

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @param message Snapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Snapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Snapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Snapshot {

            /** Properties of a Snapshot. */
            interface $Properties {

                /** Snapshot metadata */
                metadata?: (tessera.raft.SnapshotMetadata.$Properties|null);

                /** Snapshot data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Snapshot. */
            type $Shape = tessera.raft.Snapshot.$Properties;
        }

        /** ConfChangeType enum. */
        enum ConfChangeType {

            /** ADD_NODE value */
            ADD_NODE = 0,

            /** REMOVE_NODE value */
            REMOVE_NODE = 1,

            /** ADD_LEARNER value */
            ADD_LEARNER = 2
        }

        /**
         * Properties of a ConfChangeSingle.
         * @deprecated Use tessera.raft.ConfChangeSingle.$Properties instead.
         */
        interface IConfChangeSingle extends tessera.raft.ConfChangeSingle.$Properties {
        }

        /** Represents a ConfChangeSingle. */
        class ConfChangeSingle {

            /**
             * Constructs a new ConfChangeSingle.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.ConfChangeSingle.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfChangeSingle type. */
            type: tessera.raft.ConfChangeType;

            /** ConfChangeSingle nodeId. */
            nodeId: number;

            /**
             * Creates a new ConfChangeSingle instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfChangeSingle instance
             */
            static create(properties: tessera.raft.ConfChangeSingle.$Shape): tessera.raft.ConfChangeSingle & tessera.raft.ConfChangeSingle.$Shape;
            static create(properties?: tessera.raft.ConfChangeSingle.$Properties): tessera.raft.ConfChangeSingle;

            /**
             * Encodes the specified ConfChangeSingle message. Does not implicitly {@link tessera.raft.ConfChangeSingle.verify|verify} messages.
             * @param message ConfChangeSingle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.ConfChangeSingle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfChangeSingle message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.ConfChangeSingle & tessera.raft.ConfChangeSingle.$Shape} ConfChangeSingle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.ConfChangeSingle & tessera.raft.ConfChangeSingle.$Shape;

            /**
             * Creates a ConfChangeSingle message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfChangeSingle
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.ConfChangeSingle;

            /**
             * Creates a plain object from a ConfChangeSingle message. Also converts values to other types if specified.
             * @param message ConfChangeSingle
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.ConfChangeSingle, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfChangeSingle to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfChangeSingle
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfChangeSingle {

            /** Properties of a ConfChangeSingle. */
            interface $Properties {

                /** ConfChangeSingle type */
                type?: (tessera.raft.ConfChangeType|null);

                /** ConfChangeSingle nodeId */
                nodeId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfChangeSingle. */
            type $Shape = tessera.raft.ConfChangeSingle.$Properties;
        }

        /** ConfChangeTransition enum. */
        enum ConfChangeTransition {

            /** TRANSITION_AUTO value */
            TRANSITION_AUTO = 0,

            /** TRANSITION_JOINT_IMPLICIT value */
            TRANSITION_JOINT_IMPLICIT = 1,

            /** TRANSITION_JOINT_EXPLICIT value */
            TRANSITION_JOINT_EXPLICIT = 2
        }

        /**
         * Properties of a ConfChange.
         * @deprecated Use tessera.raft.ConfChange.$Properties instead.
         */
        interface IConfChange extends tessera.raft.ConfChange.$Properties {
        }

        /** Represents a ConfChange. */
        class ConfChange {

            /**
             * Constructs a new ConfChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.ConfChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfChange transition. */
            transition: tessera.raft.ConfChangeTransition;

            /** ConfChange changes. */
            changes: tessera.raft.ConfChangeSingle.$Properties[];

            /** ConfChange context. */
            context: Uint8Array;

            /**
             * Creates a new ConfChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfChange instance
             */
            static create(properties: tessera.raft.ConfChange.$Shape): tessera.raft.ConfChange & tessera.raft.ConfChange.$Shape;
            static create(properties?: tessera.raft.ConfChange.$Properties): tessera.raft.ConfChange;

            /**
             * Encodes the specified ConfChange message. Does not implicitly {@link tessera.raft.ConfChange.verify|verify} messages.
             * @param message ConfChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.ConfChange & tessera.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.ConfChange & tessera.raft.ConfChange.$Shape;

            /**
             * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfChange
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.ConfChange;

            /**
             * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
             * @param message ConfChange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.ConfChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfChange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfChange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfChange {

            /** Properties of a ConfChange. */
            interface $Properties {

                /** ConfChange transition */
                transition?: (tessera.raft.ConfChangeTransition|null);

                /** ConfChange changes */
                changes?: (tessera.raft.ConfChangeSingle.$Properties[]|null);

                /** ConfChange context */
                context?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfChange. */
            type $Shape = tessera.raft.ConfChange.$Properties;
        }

        /** MessageType enum. */
        enum MessageType {

            /** PREVOTE value */
            PREVOTE = 0,

            /** PREVOTE_RESPONSE value */
            PREVOTE_RESPONSE = 1,

            /** VOTE value */
            VOTE = 2,

            /** VOTE_RESPONSE value */
            VOTE_RESPONSE = 3,

            /** APPEND value */
            APPEND = 4,

            /** APPEND_RESPONSE value */
            APPEND_RESPONSE = 5,

            /** HEARTBEAT value */
            HEARTBEAT = 6,

            /** HEARTBEAT_RESPONSE value */
            HEARTBEAT_RESPONSE = 7,

            /** SNAPSHOT value */
            SNAPSHOT = 8,

            /** TIMEOUT_NOW value */
            TIMEOUT_NOW = 9,

            /** READ_INDEX value */
            READ_INDEX = 10,

            /** READ_INDEX_RESPONSE value */
            READ_INDEX_RESPONSE = 11
        }

        /**
         * Properties of a Message.
         * @deprecated Use tessera.raft.Message.$Properties instead.
         */
        interface IMessage extends tessera.raft.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message type. */
            type: tessera.raft.MessageType;

            /** Message to. */
            to: number;

            /** Message from. */
            from: number;

            /** Message term. */
            term: number;

            /** Message logTerm. */
            logTerm: number;

            /** Message index. */
            index: number;

            /** Message entries. */
            entries: tessera.raft.Entry.$Properties[];

            /** Message commit. */
            commit: number;

            /** Message snapshot. */
            snapshot?: (tessera.raft.Snapshot.$Properties|null);

            /** Message reject. */
            reject: boolean;

            /** Message rejectHint. */
            rejectHint: number;

            /** Message context. */
            context: Uint8Array;

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: tessera.raft.Message.$Shape): tessera.raft.Message & tessera.raft.Message.$Shape;
            static create(properties?: tessera.raft.Message.$Properties): tessera.raft.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link tessera.raft.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.Message & tessera.raft.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.Message & tessera.raft.Message.$Shape;

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Message
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.Message;

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @param message Message
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Message to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Message
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message type */
                type?: (tessera.raft.MessageType|null);

                /** Message to */
                to?: (number|null);

                /** Message from */
                from?: (number|null);

                /** Message term */
                term?: (number|null);

                /** Message logTerm */
                logTerm?: (number|null);

                /** Message index */
                index?: (number|null);

                /** Message entries */
                entries?: (tessera.raft.Entry.$Properties[]|null);

                /** Message commit */
                commit?: (number|null);

                /** Message snapshot */
                snapshot?: (tessera.raft.Snapshot.$Properties|null);

                /** Message reject */
                reject?: (boolean|null);

                /** Message rejectHint */
                rejectHint?: (number|null);

                /** Message context */
                context?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = tessera.raft.Message.$Properties;
        }

        /**
         * Properties of a GroupMessage.
         * @deprecated Use tessera.raft.GroupMessage.$Properties instead.
         */
        interface IGroupMessage extends tessera.raft.GroupMessage.$Properties {
        }

        /** Represents a GroupMessage. */
        class GroupMessage {

            /**
             * Constructs a new GroupMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.GroupMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMessage shardId. */
            shardId: number;

            /** GroupMessage message. */
            message?: (tessera.raft.Message.$Properties|null);

            /**
             * Creates a new GroupMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMessage instance
             */
            static create(properties: tessera.raft.GroupMessage.$Shape): tessera.raft.GroupMessage & tessera.raft.GroupMessage.$Shape;
            static create(properties?: tessera.raft.GroupMessage.$Properties): tessera.raft.GroupMessage;

            /**
             * Encodes the specified GroupMessage message. Does not implicitly {@link tessera.raft.GroupMessage.verify|verify} messages.
             * @param message GroupMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.GroupMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.GroupMessage & tessera.raft.GroupMessage.$Shape} GroupMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.GroupMessage & tessera.raft.GroupMessage.$Shape;

            /**
             * Creates a GroupMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMessage
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.GroupMessage;

            /**
             * Creates a plain object from a GroupMessage message. Also converts values to other types if specified.
             * @param message GroupMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.GroupMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMessage {

            /** Properties of a GroupMessage. */
            interface $Properties {

                /** GroupMessage shardId */
                shardId?: (number|null);

                /** GroupMessage message */
                message?: (tessera.raft.Message.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMessage. */
            type $Shape = tessera.raft.GroupMessage.$Properties;
        }

        /**
         * Properties of a MessageBatch.
         * @deprecated Use tessera.raft.MessageBatch.$Properties instead.
         */
        interface IMessageBatch extends tessera.raft.MessageBatch.$Properties {
        }

        /** Represents a MessageBatch. */
        class MessageBatch {

            /**
             * Constructs a new MessageBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.MessageBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageBatch fromNode. */
            fromNode: number;

            /** MessageBatch messages. */
            messages: tessera.raft.GroupMessage.$Properties[];

            /**
             * Creates a new MessageBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageBatch instance
             */
            static create(properties: tessera.raft.MessageBatch.$Shape): tessera.raft.MessageBatch & tessera.raft.MessageBatch.$Shape;
            static create(properties?: tessera.raft.MessageBatch.$Properties): tessera.raft.MessageBatch;

            /**
             * Encodes the specified MessageBatch message. Does not implicitly {@link tessera.raft.MessageBatch.verify|verify} messages.
             * @param message MessageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.MessageBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.MessageBatch & tessera.raft.MessageBatch.$Shape} MessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.MessageBatch & tessera.raft.MessageBatch.$Shape;

            /**
             * Creates a MessageBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageBatch
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.MessageBatch;

            /**
             * Creates a plain object from a MessageBatch message. Also converts values to other types if specified.
             * @param message MessageBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.MessageBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessageBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageBatch {

            /** Properties of a MessageBatch. */
            interface $Properties {

                /** MessageBatch fromNode */
                fromNode?: (number|null);

                /** MessageBatch messages */
                messages?: (tessera.raft.GroupMessage.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageBatch. */
            type $Shape = tessera.raft.MessageBatch.$Properties;
        }

        /**
         * Properties of a StreamAck.
         * @deprecated Use tessera.raft.StreamAck.$Properties instead.
         */
        interface IStreamAck extends tessera.raft.StreamAck.$Properties {
        }

        /** Represents a StreamAck. */
        class StreamAck {

            /**
             * Constructs a new StreamAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.StreamAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StreamAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamAck instance
             */
            static create(properties: tessera.raft.StreamAck.$Shape): tessera.raft.StreamAck & tessera.raft.StreamAck.$Shape;
            static create(properties?: tessera.raft.StreamAck.$Properties): tessera.raft.StreamAck;

            /**
             * Encodes the specified StreamAck message. Does not implicitly {@link tessera.raft.StreamAck.verify|verify} messages.
             * @param message StreamAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.StreamAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.StreamAck & tessera.raft.StreamAck.$Shape} StreamAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.StreamAck & tessera.raft.StreamAck.$Shape;

            /**
             * Creates a StreamAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamAck
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.StreamAck;

            /**
             * Creates a plain object from a StreamAck message. Also converts values to other types if specified.
             * @param message StreamAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.StreamAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamAck {

            /** Properties of a StreamAck. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamAck. */
            type $Shape = tessera.raft.StreamAck.$Properties;
        }

        /**
         * Properties of a SnapshotChunk.
         * @deprecated Use tessera.raft.SnapshotChunk.$Properties instead.
         */
        interface ISnapshotChunk extends tessera.raft.SnapshotChunk.$Properties {
        }

        /** Represents a SnapshotChunk. */
        class SnapshotChunk {

            /**
             * Constructs a new SnapshotChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.SnapshotChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotChunk shardId. */
            shardId: number;

            /** SnapshotChunk fromNode. */
            fromNode: number;

            /** SnapshotChunk toNode. */
            toNode: number;

            /** SnapshotChunk message. */
            message?: (tessera.raft.Message.$Properties|null);

            /** SnapshotChunk data. */
            data: Uint8Array;

            /** SnapshotChunk last. */
            last: boolean;

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotChunk instance
             */
            static create(properties: tessera.raft.SnapshotChunk.$Shape): tessera.raft.SnapshotChunk & tessera.raft.SnapshotChunk.$Shape;
            static create(properties?: tessera.raft.SnapshotChunk.$Properties): tessera.raft.SnapshotChunk;

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link tessera.raft.SnapshotChunk.verify|verify} messages.
             * @param message SnapshotChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.SnapshotChunk & tessera.raft.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.SnapshotChunk & tessera.raft.SnapshotChunk.$Shape;

            /**
             * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotChunk
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.SnapshotChunk;

            /**
             * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
             * @param message SnapshotChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.SnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotChunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotChunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotChunk {

            /** Properties of a SnapshotChunk. */
            interface $Properties {

                /** SnapshotChunk shardId */
                shardId?: (number|null);

                /** SnapshotChunk fromNode */
                fromNode?: (number|null);

                /** SnapshotChunk toNode */
                toNode?: (number|null);

                /** SnapshotChunk message */
                message?: (tessera.raft.Message.$Properties|null);

                /** SnapshotChunk data */
                data?: (Uint8Array|null);

                /** SnapshotChunk last */
                last?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotChunk. */
            type $Shape = tessera.raft.SnapshotChunk.$Properties;
        }

        /**
         * Properties of a SnapshotAck.
         * @deprecated Use tessera.raft.SnapshotAck.$Properties instead.
         */
        interface ISnapshotAck extends tessera.raft.SnapshotAck.$Properties {
        }

        /** Represents a SnapshotAck. */
        class SnapshotAck {

            /**
             * Constructs a new SnapshotAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.raft.SnapshotAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotAck accepted. */
            accepted: boolean;

            /** SnapshotAck error. */
            error: string;

            /**
             * Creates a new SnapshotAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotAck instance
             */
            static create(properties: tessera.raft.SnapshotAck.$Shape): tessera.raft.SnapshotAck & tessera.raft.SnapshotAck.$Shape;
            static create(properties?: tessera.raft.SnapshotAck.$Properties): tessera.raft.SnapshotAck;

            /**
             * Encodes the specified SnapshotAck message. Does not implicitly {@link tessera.raft.SnapshotAck.verify|verify} messages.
             * @param message SnapshotAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.raft.SnapshotAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.raft.SnapshotAck & tessera.raft.SnapshotAck.$Shape} SnapshotAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.raft.SnapshotAck & tessera.raft.SnapshotAck.$Shape;

            /**
             * Creates a SnapshotAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotAck
             */
            static fromObject(object: { [k: string]: any }): tessera.raft.SnapshotAck;

            /**
             * Creates a plain object from a SnapshotAck message. Also converts values to other types if specified.
             * @param message SnapshotAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.raft.SnapshotAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotAck {

            /** Properties of a SnapshotAck. */
            interface $Properties {

                /** SnapshotAck accepted */
                accepted?: (boolean|null);

                /** SnapshotAck error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotAck. */
            type $Shape = tessera.raft.SnapshotAck.$Properties;
        }
    }
}
