import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace tessera. */
export namespace tessera {

    /** Namespace kv. */
    namespace kv {

        /**
         * Properties of a Command.
         * @deprecated Use tessera.kv.Command.$Properties instead.
         */
        interface ICommand extends tessera.kv.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command clientId. */
            clientId: number;

            /** Command sequence. */
            sequence: number;

            /** Command put. */
            put?: (tessera.kv.PutRequest.$Properties|null);

            /** Command delete. */
            delete?: (tessera.kv.DeleteRequest.$Properties|null);

            /** Command cas. */
            cas?: (tessera.kv.CasRequest.$Properties|null);

            /** Command txn. */
            txn?: (tessera.kv.TxnRequest.$Properties|null);

            /** Command op. */
            op?: ("put"|"delete"|"cas"|"txn");

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: tessera.kv.Command.$Shape): tessera.kv.Command & tessera.kv.Command.$Shape;
            static create(properties?: tessera.kv.Command.$Properties): tessera.kv.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link tessera.kv.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.Command & tessera.kv.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.Command & tessera.kv.Command.$Shape;

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Command
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param message Command
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command clientId */
                clientId?: (number|null);

                /** Command sequence */
                sequence?: (number|null);

                /** Command put */
                put?: (tessera.kv.PutRequest.$Properties|null);

                /** Command delete */
                "delete"?: (tessera.kv.DeleteRequest.$Properties|null);

                /** Command cas */
                cas?: (tessera.kv.CasRequest.$Properties|null);

                /** Command txn */
                txn?: (tessera.kv.TxnRequest.$Properties|null);

                /** Command op */
                op?: ("put"|"delete"|"cas"|"txn");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              clientId?: number|null;
              sequence?: number|null;
              put?: tessera.kv.PutRequest.$Shape|null;
              "delete"?: tessera.kv.DeleteRequest.$Shape|null;
              cas?: tessera.kv.CasRequest.$Shape|null;
              txn?: tessera.kv.TxnRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; put?: null; "delete"?: null; cas?: null; txn?: null }|{ op?: "put"; put: tessera.kv.PutRequest.$Shape; "delete"?: null; cas?: null; txn?: null }|{ op?: "delete"; put?: null; "delete": tessera.kv.DeleteRequest.$Shape; cas?: null; txn?: null }|{ op?: "cas"; put?: null; "delete"?: null; cas: tessera.kv.CasRequest.$Shape; txn?: null }|{ op?: "txn"; put?: null; "delete"?: null; cas?: null; txn: tessera.kv.TxnRequest.$Shape })
            );
        }

        /**
         * Properties of a CommandBatch.
         * @deprecated Use tessera.kv.CommandBatch.$Properties instead.
         */
        interface ICommandBatch extends tessera.kv.CommandBatch.$Properties {
        }

        /** Represents a CommandBatch. */
        class CommandBatch {

            /**
             * Constructs a new CommandBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.CommandBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandBatch commands. */
            commands: tessera.kv.Command.$Properties[];

            /**
             * Creates a new CommandBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandBatch instance
             */
            static create(properties: tessera.kv.CommandBatch.$Shape): tessera.kv.CommandBatch & tessera.kv.CommandBatch.$Shape;
            static create(properties?: tessera.kv.CommandBatch.$Properties): tessera.kv.CommandBatch;

            /**
             * Encodes the specified CommandBatch message. Does not implicitly {@link tessera.kv.CommandBatch.verify|verify} messages.
             * @param message CommandBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.CommandBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.CommandBatch & tessera.kv.CommandBatch.$Shape} CommandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.CommandBatch & tessera.kv.CommandBatch.$Shape;

            /**
             * Creates a CommandBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandBatch
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.CommandBatch;

            /**
             * Creates a plain object from a CommandBatch message. Also converts values to other types if specified.
             * @param message CommandBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.CommandBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandBatch {

            /** Properties of a CommandBatch. */
            interface $Properties {

                /** CommandBatch commands */
                commands?: (tessera.kv.Command.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandBatch. */
            type $Shape = {
              commands?: tessera.kv.Command.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use tessera.kv.CommandResult.$Properties instead.
         */
        interface ICommandResult extends tessera.kv.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult put. */
            put?: (tessera.kv.PutResponse.$Properties|null);

            /** CommandResult delete. */
            delete?: (tessera.kv.DeleteResponse.$Properties|null);

            /** CommandResult cas. */
            cas?: (tessera.kv.CasResponse.$Properties|null);

            /** CommandResult txn. */
            txn?: (tessera.kv.TxnResponse.$Properties|null);

            /** CommandResult result. */
            result?: ("put"|"delete"|"cas"|"txn");

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: tessera.kv.CommandResult.$Shape): tessera.kv.CommandResult & tessera.kv.CommandResult.$Shape;
            static create(properties?: tessera.kv.CommandResult.$Properties): tessera.kv.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link tessera.kv.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.CommandResult & tessera.kv.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.CommandResult & tessera.kv.CommandResult.$Shape;

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandResult
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param message CommandResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult put */
                put?: (tessera.kv.PutResponse.$Properties|null);

                /** CommandResult delete */
                "delete"?: (tessera.kv.DeleteResponse.$Properties|null);

                /** CommandResult cas */
                cas?: (tessera.kv.CasResponse.$Properties|null);

                /** CommandResult txn */
                txn?: (tessera.kv.TxnResponse.$Properties|null);

                /** CommandResult result */
                result?: ("put"|"delete"|"cas"|"txn");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CommandResult. */
            type $Shape = {
              put?: tessera.kv.PutResponse.$Shape|null;
              "delete"?: tessera.kv.DeleteResponse.$Shape|null;
              cas?: tessera.kv.CasResponse.$Shape|null;
              txn?: tessera.kv.TxnResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; put?: null; "delete"?: null; cas?: null; txn?: null }|{ result?: "put"; put: tessera.kv.PutResponse.$Shape; "delete"?: null; cas?: null; txn?: null }|{ result?: "delete"; put?: null; "delete": tessera.kv.DeleteResponse.$Shape; cas?: null; txn?: null }|{ result?: "cas"; put?: null; "delete"?: null; cas: tessera.kv.CasResponse.$Shape; txn?: null }|{ result?: "txn"; put?: null; "delete"?: null; cas?: null; txn: tessera.kv.TxnResponse.$Shape })
            );
        }

        /** ReadMode enum. */
        enum ReadMode {

            /** LINEARIZABLE value */
            LINEARIZABLE = 0,

            /** FOLLOWER value */
            FOLLOWER = 1,

            /** STALE value */
            STALE = 2
        }

        /**
         * Properties of a RequestHeader.
         * @deprecated Use tessera.kv.RequestHeader.$Properties instead.
         */
        interface IRequestHeader extends tessera.kv.RequestHeader.$Properties {
        }

        /** Represents a RequestHeader. */
        class RequestHeader {

            /**
             * Constructs a new RequestHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.RequestHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestHeader shardId. */
            shardId: number;

            /** RequestHeader epoch. */
            epoch: number;

            /** RequestHeader clientId. */
            clientId: number;

            /** RequestHeader sequence. */
            sequence: number;

            /** RequestHeader readMode. */
            readMode: tessera.kv.ReadMode;

            /**
             * Creates a new RequestHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestHeader instance
             */
            static create(properties: tessera.kv.RequestHeader.$Shape): tessera.kv.RequestHeader & tessera.kv.RequestHeader.$Shape;
            static create(properties?: tessera.kv.RequestHeader.$Properties): tessera.kv.RequestHeader;

            /**
             * Encodes the specified RequestHeader message. Does not implicitly {@link tessera.kv.RequestHeader.verify|verify} messages.
             * @param message RequestHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.RequestHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.RequestHeader & tessera.kv.RequestHeader.$Shape} RequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.RequestHeader & tessera.kv.RequestHeader.$Shape;

            /**
             * Creates a RequestHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestHeader
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.RequestHeader;

            /**
             * Creates a plain object from a RequestHeader message. Also converts values to other types if specified.
             * @param message RequestHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.RequestHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestHeader {

            /** Properties of a RequestHeader. */
            interface $Properties {

                /** RequestHeader shardId */
                shardId?: (number|null);

                /** RequestHeader epoch */
                epoch?: (number|null);

                /** RequestHeader clientId */
                clientId?: (number|null);

                /** RequestHeader sequence */
                sequence?: (number|null);

                /** RequestHeader readMode */
                readMode?: (tessera.kv.ReadMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestHeader. */
            type $Shape = tessera.kv.RequestHeader.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use tessera.kv.Error.$Properties instead.
         */
        interface IError extends tessera.kv.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error leaderHint. */
            leaderHint: number;

            /** Error shardId. */
            shardId: number;

            /** Error epoch. */
            epoch: number;

            /** Error limit. */
            limit: string;

            /** Error shardMap. */
            shardMap?: (tessera.kv.ShardMap.$Properties|null);

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: tessera.kv.Error.$Shape): tessera.kv.Error & tessera.kv.Error.$Shape;
            static create(properties?: tessera.kv.Error.$Properties): tessera.kv.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link tessera.kv.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.Error & tessera.kv.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.Error & tessera.kv.Error.$Shape;

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error leaderHint */
                leaderHint?: (number|null);

                /** Error shardId */
                shardId?: (number|null);

                /** Error epoch */
                epoch?: (number|null);

                /** Error limit */
                limit?: (string|null);

                /** Error shardMap */
                shardMap?: (tessera.kv.ShardMap.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = tessera.kv.Error.$Properties;
        }

        /**
         * Properties of a KeyValue.
         * @deprecated Use tessera.kv.KeyValue.$Properties instead.
         */
        interface IKeyValue extends tessera.kv.KeyValue.$Properties {
        }

        /** Represents a KeyValue. */
        class KeyValue {

            /**
             * Constructs a new KeyValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.KeyValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyValue key. */
            key: Uint8Array;

            /** KeyValue value. */
            value: Uint8Array;

            /** KeyValue version. */
            version: number;

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyValue instance
             */
            static create(properties: tessera.kv.KeyValue.$Shape): tessera.kv.KeyValue & tessera.kv.KeyValue.$Shape;
            static create(properties?: tessera.kv.KeyValue.$Properties): tessera.kv.KeyValue;

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link tessera.kv.KeyValue.verify|verify} messages.
             * @param message KeyValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.KeyValue & tessera.kv.KeyValue.$Shape} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.KeyValue & tessera.kv.KeyValue.$Shape;

            /**
             * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeyValue
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.KeyValue;

            /**
             * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
             * @param message KeyValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeyValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeyValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyValue {

            /** Properties of a KeyValue. */
            interface $Properties {

                /** KeyValue key */
                key?: (Uint8Array|null);

                /** KeyValue value */
                value?: (Uint8Array|null);

                /** KeyValue version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyValue. */
            type $Shape = tessera.kv.KeyValue.$Properties;
        }

        /**
         * Properties of a GetRequest.
         * @deprecated Use tessera.kv.GetRequest.$Properties instead.
         */
        interface IGetRequest extends tessera.kv.GetRequest.$Properties {
        }

        /** Represents a GetRequest. */
        class GetRequest {

            /**
             * Constructs a new GetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.GetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRequest header. */
            header?: (tessera.kv.RequestHeader.$Properties|null);

            /** GetRequest key. */
            key: Uint8Array;

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRequest instance
             */
            static create(properties: tessera.kv.GetRequest.$Shape): tessera.kv.GetRequest & tessera.kv.GetRequest.$Shape;
            static create(properties?: tessera.kv.GetRequest.$Properties): tessera.kv.GetRequest;

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link tessera.kv.GetRequest.verify|verify} messages.
             * @param message GetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.GetRequest & tessera.kv.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.GetRequest & tessera.kv.GetRequest.$Shape;

            /**
             * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.GetRequest;

            /**
             * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
             * @param message GetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.GetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRequest {

            /** Properties of a GetRequest. */
            interface $Properties {

                /** GetRequest header */
                header?: (tessera.kv.RequestHeader.$Properties|null);

                /** GetRequest key */
                key?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRequest. */
            type $Shape = tessera.kv.GetRequest.$Properties;
        }

        /**
         * Properties of a GetResponse.
         * @deprecated Use tessera.kv.GetResponse.$Properties instead.
         */
        interface IGetResponse extends tessera.kv.GetResponse.$Properties {
        }

        /** Represents a GetResponse. */
        class GetResponse {

            /**
             * Constructs a new GetResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.GetResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** GetResponse found. */
            found: boolean;

            /** GetResponse value. */
            value: Uint8Array;

            /** GetResponse version. */
            version: number;

            /** GetResponse appliedIndex. */
            appliedIndex: number;

            /**
             * Creates a new GetResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetResponse instance
             */
            static create(properties: tessera.kv.GetResponse.$Shape): tessera.kv.GetResponse & tessera.kv.GetResponse.$Shape;
            static create(properties?: tessera.kv.GetResponse.$Properties): tessera.kv.GetResponse;

            /**
             * Encodes the specified GetResponse message. Does not implicitly {@link tessera.kv.GetResponse.verify|verify} messages.
             * @param message GetResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.GetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.GetResponse & tessera.kv.GetResponse.$Shape} GetResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.GetResponse & tessera.kv.GetResponse.$Shape;

            /**
             * Creates a GetResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.GetResponse;

            /**
             * Creates a plain object from a GetResponse message. Also converts values to other types if specified.
             * @param message GetResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.GetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetResponse {

            /** Properties of a GetResponse. */
            interface $Properties {

                /** GetResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** GetResponse found */
                found?: (boolean|null);

                /** GetResponse value */
                value?: (Uint8Array|null);

                /** GetResponse version */
                version?: (number|null);

                /** GetResponse appliedIndex */
                appliedIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetResponse. */
            type $Shape = tessera.kv.GetResponse.$Properties;
        }

        /**
         * Properties of a PutRequest.
         * @deprecated Use tessera.kv.PutRequest.$Properties instead.
         */
        interface IPutRequest extends tessera.kv.PutRequest.$Properties {
        }

        /** Represents a PutRequest. */
        class PutRequest {

            /**
             * Constructs a new PutRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.PutRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutRequest header. */
            header?: (tessera.kv.RequestHeader.$Properties|null);

            /** PutRequest key. */
            key: Uint8Array;

            /** PutRequest value. */
            value: Uint8Array;

            /**
             * Creates a new PutRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutRequest instance
             */
            static create(properties: tessera.kv.PutRequest.$Shape): tessera.kv.PutRequest & tessera.kv.PutRequest.$Shape;
            static create(properties?: tessera.kv.PutRequest.$Properties): tessera.kv.PutRequest;

            /**
             * Encodes the specified PutRequest message. Does not implicitly {@link tessera.kv.PutRequest.verify|verify} messages.
             * @param message PutRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.PutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.PutRequest & tessera.kv.PutRequest.$Shape} PutRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.PutRequest & tessera.kv.PutRequest.$Shape;

            /**
             * Creates a PutRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.PutRequest;

            /**
             * Creates a plain object from a PutRequest message. Also converts values to other types if specified.
             * @param message PutRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.PutRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PutRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutRequest {

            /** Properties of a PutRequest. */
            interface $Properties {

                /** PutRequest header */
                header?: (tessera.kv.RequestHeader.$Properties|null);

                /** PutRequest key */
                key?: (Uint8Array|null);

                /** PutRequest value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutRequest. */
            type $Shape = tessera.kv.PutRequest.$Properties;
        }

        /**
         * Properties of a PutResponse.
         * @deprecated Use tessera.kv.PutResponse.$Properties instead.
         */
        interface IPutResponse extends tessera.kv.PutResponse.$Properties {
        }

        /** Represents a PutResponse. */
        class PutResponse {

            /**
             * Constructs a new PutResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.PutResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** PutResponse version. */
            version: number;

            /**
             * Creates a new PutResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutResponse instance
             */
            static create(properties: tessera.kv.PutResponse.$Shape): tessera.kv.PutResponse & tessera.kv.PutResponse.$Shape;
            static create(properties?: tessera.kv.PutResponse.$Properties): tessera.kv.PutResponse;

            /**
             * Encodes the specified PutResponse message. Does not implicitly {@link tessera.kv.PutResponse.verify|verify} messages.
             * @param message PutResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.PutResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.PutResponse & tessera.kv.PutResponse.$Shape} PutResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.PutResponse & tessera.kv.PutResponse.$Shape;

            /**
             * Creates a PutResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.PutResponse;

            /**
             * Creates a plain object from a PutResponse message. Also converts values to other types if specified.
             * @param message PutResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.PutResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PutResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutResponse {

            /** Properties of a PutResponse. */
            interface $Properties {

                /** PutResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** PutResponse version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutResponse. */
            type $Shape = tessera.kv.PutResponse.$Properties;
        }

        /**
         * Properties of a DeleteRequest.
         * @deprecated Use tessera.kv.DeleteRequest.$Properties instead.
         */
        interface IDeleteRequest extends tessera.kv.DeleteRequest.$Properties {
        }

        /** Represents a DeleteRequest. */
        class DeleteRequest {

            /**
             * Constructs a new DeleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.DeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRequest header. */
            header?: (tessera.kv.RequestHeader.$Properties|null);

            /** DeleteRequest key. */
            key: Uint8Array;

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRequest instance
             */
            static create(properties: tessera.kv.DeleteRequest.$Shape): tessera.kv.DeleteRequest & tessera.kv.DeleteRequest.$Shape;
            static create(properties?: tessera.kv.DeleteRequest.$Properties): tessera.kv.DeleteRequest;

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link tessera.kv.DeleteRequest.verify|verify} messages.
             * @param message DeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.DeleteRequest & tessera.kv.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.DeleteRequest & tessera.kv.DeleteRequest.$Shape;

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.DeleteRequest;

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @param message DeleteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteRequest {

            /** Properties of a DeleteRequest. */
            interface $Properties {

                /** DeleteRequest header */
                header?: (tessera.kv.RequestHeader.$Properties|null);

                /** DeleteRequest key */
                key?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRequest. */
            type $Shape = tessera.kv.DeleteRequest.$Properties;
        }

        /**
         * Properties of a DeleteResponse.
         * @deprecated Use tessera.kv.DeleteResponse.$Properties instead.
         */
        interface IDeleteResponse extends tessera.kv.DeleteResponse.$Properties {
        }

        /** Represents a DeleteResponse. */
        class DeleteResponse {

            /**
             * Constructs a new DeleteResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.DeleteResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** DeleteResponse deleted. */
            deleted: boolean;

            /**
             * Creates a new DeleteResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteResponse instance
             */
            static create(properties: tessera.kv.DeleteResponse.$Shape): tessera.kv.DeleteResponse & tessera.kv.DeleteResponse.$Shape;
            static create(properties?: tessera.kv.DeleteResponse.$Properties): tessera.kv.DeleteResponse;

            /**
             * Encodes the specified DeleteResponse message. Does not implicitly {@link tessera.kv.DeleteResponse.verify|verify} messages.
             * @param message DeleteResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.DeleteResponse & tessera.kv.DeleteResponse.$Shape} DeleteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.DeleteResponse & tessera.kv.DeleteResponse.$Shape;

            /**
             * Creates a DeleteResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.DeleteResponse;

            /**
             * Creates a plain object from a DeleteResponse message. Also converts values to other types if specified.
             * @param message DeleteResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.DeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteResponse {

            /** Properties of a DeleteResponse. */
            interface $Properties {

                /** DeleteResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** DeleteResponse deleted */
                deleted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteResponse. */
            type $Shape = tessera.kv.DeleteResponse.$Properties;
        }

        /**
         * Properties of a Compare.
         * @deprecated Use tessera.kv.Compare.$Properties instead.
         */
        interface ICompare extends tessera.kv.Compare.$Properties {
        }

        /** Represents a Compare. */
        class Compare {

            /**
             * Constructs a new Compare.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.Compare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Compare key. */
            key: Uint8Array;

            /** Compare target. */
            target: tessera.kv.Compare.Target;

            /** Compare version. */
            version: number;

            /** Compare value. */
            value: Uint8Array;

            /**
             * Creates a new Compare instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Compare instance
             */
            static create(properties: tessera.kv.Compare.$Shape): tessera.kv.Compare & tessera.kv.Compare.$Shape;
            static create(properties?: tessera.kv.Compare.$Properties): tessera.kv.Compare;

            /**
             * Encodes the specified Compare message. Does not implicitly {@link tessera.kv.Compare.verify|verify} messages.
             * @param message Compare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.Compare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Compare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.Compare & tessera.kv.Compare.$Shape} Compare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.Compare & tessera.kv.Compare.$Shape;

            /**
             * Creates a Compare message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Compare
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.Compare;

            /**
             * Creates a plain object from a Compare message. Also converts values to other types if specified.
             * @param message Compare
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.Compare, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Compare to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Compare
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Compare {

            /** Properties of a Compare. */
            interface $Properties {

                /** Compare key */
                key?: (Uint8Array|null);

                /** Compare target */
                target?: (tessera.kv.Compare.Target|null);

                /** Compare version */
                version?: (number|null);

                /** Compare value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Compare. */
            type $Shape = tessera.kv.Compare.$Properties;

            /** Target enum. */
            enum Target {

                /** VERSION value */
                VERSION = 0,

                /** VALUE value */
                VALUE = 1,

                /** ABSENT value */
                ABSENT = 2
            }
        }

        /**
         * Properties of a TxnOp.
         * @deprecated Use tessera.kv.TxnOp.$Properties instead.
         */
        interface ITxnOp extends tessera.kv.TxnOp.$Properties {
        }

        /** Represents a TxnOp. */
        class TxnOp {

            /**
             * Constructs a new TxnOp.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.TxnOp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxnOp type. */
            type: tessera.kv.TxnOp.Type;

            /** TxnOp key. */
            key: Uint8Array;

            /** TxnOp value. */
            value: Uint8Array;

            /**
             * Creates a new TxnOp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxnOp instance
             */
            static create(properties: tessera.kv.TxnOp.$Shape): tessera.kv.TxnOp & tessera.kv.TxnOp.$Shape;
            static create(properties?: tessera.kv.TxnOp.$Properties): tessera.kv.TxnOp;

            /**
             * Encodes the specified TxnOp message. Does not implicitly {@link tessera.kv.TxnOp.verify|verify} messages.
             * @param message TxnOp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.TxnOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxnOp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.TxnOp & tessera.kv.TxnOp.$Shape} TxnOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.TxnOp & tessera.kv.TxnOp.$Shape;

            /**
             * Creates a TxnOp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TxnOp
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.TxnOp;

            /**
             * Creates a plain object from a TxnOp message. Also converts values to other types if specified.
             * @param message TxnOp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.TxnOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TxnOp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TxnOp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TxnOp {

            /** Properties of a TxnOp. */
            interface $Properties {

                /** TxnOp type */
                type?: (tessera.kv.TxnOp.Type|null);

                /** TxnOp key */
                key?: (Uint8Array|null);

                /** TxnOp value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxnOp. */
            type $Shape = tessera.kv.TxnOp.$Properties;

            /** Type enum. */
            enum Type {

                /** PUT value */
                PUT = 0,

                /** DELETE value */
                DELETE = 1,

                /** GET value */
                GET = 2
            }
        }

        /**
         * Properties of a TxnOpResult.
         * @deprecated Use tessera.kv.TxnOpResult.$Properties instead.
         */
        interface ITxnOpResult extends tessera.kv.TxnOpResult.$Properties {
        }

        /** Represents a TxnOpResult. */
        class TxnOpResult {

            /**
             * Constructs a new TxnOpResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.TxnOpResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxnOpResult found. */
            found: boolean;

            /** TxnOpResult value. */
            value: Uint8Array;

            /** TxnOpResult version. */
            version: number;

            /**
             * Creates a new TxnOpResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxnOpResult instance
             */
            static create(properties: tessera.kv.TxnOpResult.$Shape): tessera.kv.TxnOpResult & tessera.kv.TxnOpResult.$Shape;
            static create(properties?: tessera.kv.TxnOpResult.$Properties): tessera.kv.TxnOpResult;

            /**
             * Encodes the specified TxnOpResult message. Does not implicitly {@link tessera.kv.TxnOpResult.verify|verify} messages.
             * @param message TxnOpResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.TxnOpResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxnOpResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.TxnOpResult & tessera.kv.TxnOpResult.$Shape} TxnOpResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.TxnOpResult & tessera.kv.TxnOpResult.$Shape;

            /**
             * Creates a TxnOpResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TxnOpResult
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.TxnOpResult;

            /**
             * Creates a plain object from a TxnOpResult message. Also converts values to other types if specified.
             * @param message TxnOpResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.TxnOpResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TxnOpResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TxnOpResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TxnOpResult {

            /** Properties of a TxnOpResult. */
            interface $Properties {

                /** TxnOpResult found */
                found?: (boolean|null);

                /** TxnOpResult value */
                value?: (Uint8Array|null);

                /** TxnOpResult version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxnOpResult. */
            type $Shape = tessera.kv.TxnOpResult.$Properties;
        }

        /**
         * Properties of a CasRequest.
         * @deprecated Use tessera.kv.CasRequest.$Properties instead.
         */
        interface ICasRequest extends tessera.kv.CasRequest.$Properties {
        }

        /** Represents a CasRequest. */
        class CasRequest {

            /**
             * Constructs a new CasRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.CasRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CasRequest header. */
            header?: (tessera.kv.RequestHeader.$Properties|null);

            /** CasRequest compare. */
            compare?: (tessera.kv.Compare.$Properties|null);

            /** CasRequest value. */
            value: Uint8Array;

            /** CasRequest delete. */
            delete: boolean;

            /**
             * Creates a new CasRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CasRequest instance
             */
            static create(properties: tessera.kv.CasRequest.$Shape): tessera.kv.CasRequest & tessera.kv.CasRequest.$Shape;
            static create(properties?: tessera.kv.CasRequest.$Properties): tessera.kv.CasRequest;

            /**
             * Encodes the specified CasRequest message. Does not implicitly {@link tessera.kv.CasRequest.verify|verify} messages.
             * @param message CasRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.CasRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CasRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.CasRequest & tessera.kv.CasRequest.$Shape} CasRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.CasRequest & tessera.kv.CasRequest.$Shape;

            /**
             * Creates a CasRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CasRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.CasRequest;

            /**
             * Creates a plain object from a CasRequest message. Also converts values to other types if specified.
             * @param message CasRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.CasRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CasRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CasRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CasRequest {

            /** Properties of a CasRequest. */
            interface $Properties {

                /** CasRequest header */
                header?: (tessera.kv.RequestHeader.$Properties|null);

                /** CasRequest compare */
                compare?: (tessera.kv.Compare.$Properties|null);

                /** CasRequest value */
                value?: (Uint8Array|null);

                /** CasRequest delete */
                "delete"?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CasRequest. */
            type $Shape = tessera.kv.CasRequest.$Properties;
        }

        /**
         * Properties of a CasResponse.
         * @deprecated Use tessera.kv.CasResponse.$Properties instead.
         */
        interface ICasResponse extends tessera.kv.CasResponse.$Properties {
        }

        /** Represents a CasResponse. */
        class CasResponse {

            /**
             * Constructs a new CasResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.CasResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CasResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** CasResponse succeeded. */
            succeeded: boolean;

            /** CasResponse version. */
            version: number;

            /** CasResponse found. */
            found: boolean;

            /** CasResponse currentValue. */
            currentValue: Uint8Array;

            /**
             * Creates a new CasResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CasResponse instance
             */
            static create(properties: tessera.kv.CasResponse.$Shape): tessera.kv.CasResponse & tessera.kv.CasResponse.$Shape;
            static create(properties?: tessera.kv.CasResponse.$Properties): tessera.kv.CasResponse;

            /**
             * Encodes the specified CasResponse message. Does not implicitly {@link tessera.kv.CasResponse.verify|verify} messages.
             * @param message CasResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.CasResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CasResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.CasResponse & tessera.kv.CasResponse.$Shape} CasResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.CasResponse & tessera.kv.CasResponse.$Shape;

            /**
             * Creates a CasResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CasResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.CasResponse;

            /**
             * Creates a plain object from a CasResponse message. Also converts values to other types if specified.
             * @param message CasResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.CasResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CasResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CasResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CasResponse {

            /** Properties of a CasResponse. */
            interface $Properties {

                /** CasResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** CasResponse succeeded */
                succeeded?: (boolean|null);

                /** CasResponse version */
                version?: (number|null);

                /** CasResponse found */
                found?: (boolean|null);

                /** CasResponse currentValue */
                currentValue?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CasResponse. */
            type $Shape = tessera.kv.CasResponse.$Properties;
        }

        /**
         * Properties of a TxnRequest.
         * @deprecated Use tessera.kv.TxnRequest.$Properties instead.
         */
        interface ITxnRequest extends tessera.kv.TxnRequest.$Properties {
        }

        /** Represents a TxnRequest. */
        class TxnRequest {

            /**
             * Constructs a new TxnRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.TxnRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxnRequest header. */
            header?: (tessera.kv.RequestHeader.$Properties|null);

            /** TxnRequest compares. */
            compares: tessera.kv.Compare.$Properties[];

            /** TxnRequest success. */
            success: tessera.kv.TxnOp.$Properties[];

            /** TxnRequest failure. */
            failure: tessera.kv.TxnOp.$Properties[];

            /**
             * Creates a new TxnRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxnRequest instance
             */
            static create(properties: tessera.kv.TxnRequest.$Shape): tessera.kv.TxnRequest & tessera.kv.TxnRequest.$Shape;
            static create(properties?: tessera.kv.TxnRequest.$Properties): tessera.kv.TxnRequest;

            /**
             * Encodes the specified TxnRequest message. Does not implicitly {@link tessera.kv.TxnRequest.verify|verify} messages.
             * @param message TxnRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.TxnRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxnRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.TxnRequest & tessera.kv.TxnRequest.$Shape} TxnRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.TxnRequest & tessera.kv.TxnRequest.$Shape;

            /**
             * Creates a TxnRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TxnRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.TxnRequest;

            /**
             * Creates a plain object from a TxnRequest message. Also converts values to other types if specified.
             * @param message TxnRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.TxnRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TxnRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TxnRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TxnRequest {

            /** Properties of a TxnRequest. */
            interface $Properties {

                /** TxnRequest header */
                header?: (tessera.kv.RequestHeader.$Properties|null);

                /** TxnRequest compares */
                compares?: (tessera.kv.Compare.$Properties[]|null);

                /** TxnRequest success */
                success?: (tessera.kv.TxnOp.$Properties[]|null);

                /** TxnRequest failure */
                failure?: (tessera.kv.TxnOp.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxnRequest. */
            type $Shape = tessera.kv.TxnRequest.$Properties;
        }

        /**
         * Properties of a TxnResponse.
         * @deprecated Use tessera.kv.TxnResponse.$Properties instead.
         */
        interface ITxnResponse extends tessera.kv.TxnResponse.$Properties {
        }

        /** Represents a TxnResponse. */
        class TxnResponse {

            /**
             * Constructs a new TxnResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.TxnResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxnResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** TxnResponse succeeded. */
            succeeded: boolean;

            /** TxnResponse results. */
            results: tessera.kv.TxnOpResult.$Properties[];

            /** TxnResponse version. */
            version: number;

            /**
             * Creates a new TxnResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxnResponse instance
             */
            static create(properties: tessera.kv.TxnResponse.$Shape): tessera.kv.TxnResponse & tessera.kv.TxnResponse.$Shape;
            static create(properties?: tessera.kv.TxnResponse.$Properties): tessera.kv.TxnResponse;

            /**
             * Encodes the specified TxnResponse message. Does not implicitly {@link tessera.kv.TxnResponse.verify|verify} messages.
             * @param message TxnResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.TxnResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxnResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.TxnResponse & tessera.kv.TxnResponse.$Shape} TxnResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.TxnResponse & tessera.kv.TxnResponse.$Shape;

            /**
             * Creates a TxnResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TxnResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.TxnResponse;

            /**
             * Creates a plain object from a TxnResponse message. Also converts values to other types if specified.
             * @param message TxnResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.TxnResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TxnResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TxnResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TxnResponse {

            /** Properties of a TxnResponse. */
            interface $Properties {

                /** TxnResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** TxnResponse succeeded */
                succeeded?: (boolean|null);

                /** TxnResponse results */
                results?: (tessera.kv.TxnOpResult.$Properties[]|null);

                /** TxnResponse version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxnResponse. */
            type $Shape = tessera.kv.TxnResponse.$Properties;
        }

        /**
         * Properties of a ScanRequest.
         * @deprecated Use tessera.kv.ScanRequest.$Properties instead.
         */
        interface IScanRequest extends tessera.kv.ScanRequest.$Properties {
        }

        /** Represents a ScanRequest. */
        class ScanRequest {

            /**
             * Constructs a new ScanRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.ScanRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScanRequest header. */
            header?: (tessera.kv.RequestHeader.$Properties|null);

            /** ScanRequest start. */
            start: Uint8Array;

            /** ScanRequest end. */
            end: Uint8Array;

            /** ScanRequest limit. */
            limit: number;

            /**
             * Creates a new ScanRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScanRequest instance
             */
            static create(properties: tessera.kv.ScanRequest.$Shape): tessera.kv.ScanRequest & tessera.kv.ScanRequest.$Shape;
            static create(properties?: tessera.kv.ScanRequest.$Properties): tessera.kv.ScanRequest;

            /**
             * Encodes the specified ScanRequest message. Does not implicitly {@link tessera.kv.ScanRequest.verify|verify} messages.
             * @param message ScanRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.ScanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScanRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.ScanRequest & tessera.kv.ScanRequest.$Shape} ScanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.ScanRequest & tessera.kv.ScanRequest.$Shape;

            /**
             * Creates a ScanRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ScanRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.ScanRequest;

            /**
             * Creates a plain object from a ScanRequest message. Also converts values to other types if specified.
             * @param message ScanRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.ScanRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ScanRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ScanRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScanRequest {

            /** Properties of a ScanRequest. */
            interface $Properties {

                /** ScanRequest header */
                header?: (tessera.kv.RequestHeader.$Properties|null);

                /** ScanRequest start */
                start?: (Uint8Array|null);

                /** ScanRequest end */
                end?: (Uint8Array|null);

                /** ScanRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScanRequest. */
            type $Shape = tessera.kv.ScanRequest.$Properties;
        }

        /**
         * Properties of a ScanResponse.
         * @deprecated Use tessera.kv.ScanResponse.$Properties instead.
         */
        interface IScanResponse extends tessera.kv.ScanResponse.$Properties {
        }

        /** Represents a ScanResponse. */
        class ScanResponse {

            /**
             * Constructs a new ScanResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.ScanResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScanResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** ScanResponse items. */
            items: tessera.kv.KeyValue.$Properties[];

            /** ScanResponse more. */
            more: boolean;

            /** ScanResponse nextStart. */
            nextStart: Uint8Array;

            /** ScanResponse appliedIndex. */
            appliedIndex: number;

            /**
             * Creates a new ScanResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScanResponse instance
             */
            static create(properties: tessera.kv.ScanResponse.$Shape): tessera.kv.ScanResponse & tessera.kv.ScanResponse.$Shape;
            static create(properties?: tessera.kv.ScanResponse.$Properties): tessera.kv.ScanResponse;

            /**
             * Encodes the specified ScanResponse message. Does not implicitly {@link tessera.kv.ScanResponse.verify|verify} messages.
             * @param message ScanResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.ScanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScanResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.ScanResponse & tessera.kv.ScanResponse.$Shape} ScanResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.ScanResponse & tessera.kv.ScanResponse.$Shape;

            /**
             * Creates a ScanResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ScanResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.ScanResponse;

            /**
             * Creates a plain object from a ScanResponse message. Also converts values to other types if specified.
             * @param message ScanResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.ScanResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ScanResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ScanResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScanResponse {

            /** Properties of a ScanResponse. */
            interface $Properties {

                /** ScanResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** ScanResponse items */
                items?: (tessera.kv.KeyValue.$Properties[]|null);

                /** ScanResponse more */
                more?: (boolean|null);

                /** ScanResponse nextStart */
                nextStart?: (Uint8Array|null);

                /** ScanResponse appliedIndex */
                appliedIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScanResponse. */
            type $Shape = tessera.kv.ScanResponse.$Properties;
        }

        /**
         * Properties of a BatchItem.
         * @deprecated Use tessera.kv.BatchItem.$Properties instead.
         */
        interface IBatchItem extends tessera.kv.BatchItem.$Properties {
        }

        /** Represents a BatchItem. */
        class BatchItem {

            /**
             * Constructs a new BatchItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.BatchItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchItem id. */
            id: number;

            /** BatchItem get. */
            get?: (tessera.kv.GetRequest.$Properties|null);

            /** BatchItem put. */
            put?: (tessera.kv.PutRequest.$Properties|null);

            /** BatchItem delete. */
            delete?: (tessera.kv.DeleteRequest.$Properties|null);

            /** BatchItem cas. */
            cas?: (tessera.kv.CasRequest.$Properties|null);

            /** BatchItem txn. */
            txn?: (tessera.kv.TxnRequest.$Properties|null);

            /** BatchItem scan. */
            scan?: (tessera.kv.ScanRequest.$Properties|null);

            /** BatchItem request. */
            request?: ("get"|"put"|"delete"|"cas"|"txn"|"scan");

            /**
             * Creates a new BatchItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchItem instance
             */
            static create(properties: tessera.kv.BatchItem.$Shape): tessera.kv.BatchItem & tessera.kv.BatchItem.$Shape;
            static create(properties?: tessera.kv.BatchItem.$Properties): tessera.kv.BatchItem;

            /**
             * Encodes the specified BatchItem message. Does not implicitly {@link tessera.kv.BatchItem.verify|verify} messages.
             * @param message BatchItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.BatchItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.BatchItem & tessera.kv.BatchItem.$Shape} BatchItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.BatchItem & tessera.kv.BatchItem.$Shape;

            /**
             * Creates a BatchItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchItem
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.BatchItem;

            /**
             * Creates a plain object from a BatchItem message. Also converts values to other types if specified.
             * @param message BatchItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.BatchItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchItem
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchItem {

            /** Properties of a BatchItem. */
            interface $Properties {

                /** BatchItem id */
                id?: (number|null);

                /** BatchItem get */
                get?: (tessera.kv.GetRequest.$Properties|null);

                /** BatchItem put */
                put?: (tessera.kv.PutRequest.$Properties|null);

                /** BatchItem delete */
                "delete"?: (tessera.kv.DeleteRequest.$Properties|null);

                /** BatchItem cas */
                cas?: (tessera.kv.CasRequest.$Properties|null);

                /** BatchItem txn */
                txn?: (tessera.kv.TxnRequest.$Properties|null);

                /** BatchItem scan */
                scan?: (tessera.kv.ScanRequest.$Properties|null);

                /** BatchItem request */
                request?: ("get"|"put"|"delete"|"cas"|"txn"|"scan");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a BatchItem. */
            type $Shape = {
              id?: number|null;
              get?: tessera.kv.GetRequest.$Shape|null;
              put?: tessera.kv.PutRequest.$Shape|null;
              "delete"?: tessera.kv.DeleteRequest.$Shape|null;
              cas?: tessera.kv.CasRequest.$Shape|null;
              txn?: tessera.kv.TxnRequest.$Shape|null;
              scan?: tessera.kv.ScanRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ request?: undefined; get?: null; put?: null; "delete"?: null; cas?: null; txn?: null; scan?: null }|{ request?: "get"; get: tessera.kv.GetRequest.$Shape; put?: null; "delete"?: null; cas?: null; txn?: null; scan?: null }|{ request?: "put"; get?: null; put: tessera.kv.PutRequest.$Shape; "delete"?: null; cas?: null; txn?: null; scan?: null }|{ request?: "delete"; get?: null; put?: null; "delete": tessera.kv.DeleteRequest.$Shape; cas?: null; txn?: null; scan?: null }|{ request?: "cas"; get?: null; put?: null; "delete"?: null; cas: tessera.kv.CasRequest.$Shape; txn?: null; scan?: null }|{ request?: "txn"; get?: null; put?: null; "delete"?: null; cas?: null; txn: tessera.kv.TxnRequest.$Shape; scan?: null }|{ request?: "scan"; get?: null; put?: null; "delete"?: null; cas?: null; txn?: null; scan: tessera.kv.ScanRequest.$Shape })
            );
        }

        /**
         * Properties of a BatchRequest.
         * @deprecated Use tessera.kv.BatchRequest.$Properties instead.
         */
        interface IBatchRequest extends tessera.kv.BatchRequest.$Properties {
        }

        /** Represents a BatchRequest. */
        class BatchRequest {

            /**
             * Constructs a new BatchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.BatchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchRequest items. */
            items: tessera.kv.BatchItem.$Properties[];

            /**
             * Creates a new BatchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchRequest instance
             */
            static create(properties: tessera.kv.BatchRequest.$Shape): tessera.kv.BatchRequest & tessera.kv.BatchRequest.$Shape;
            static create(properties?: tessera.kv.BatchRequest.$Properties): tessera.kv.BatchRequest;

            /**
             * Encodes the specified BatchRequest message. Does not implicitly {@link tessera.kv.BatchRequest.verify|verify} messages.
             * @param message BatchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.BatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.BatchRequest & tessera.kv.BatchRequest.$Shape} BatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.BatchRequest & tessera.kv.BatchRequest.$Shape;

            /**
             * Creates a BatchRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.BatchRequest;

            /**
             * Creates a plain object from a BatchRequest message. Also converts values to other types if specified.
             * @param message BatchRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.BatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchRequest {

            /** Properties of a BatchRequest. */
            interface $Properties {

                /** BatchRequest items */
                items?: (tessera.kv.BatchItem.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchRequest. */
            type $Shape = {
              items?: tessera.kv.BatchItem.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a BatchResult.
         * @deprecated Use tessera.kv.BatchResult.$Properties instead.
         */
        interface IBatchResult extends tessera.kv.BatchResult.$Properties {
        }

        /** Represents a BatchResult. */
        class BatchResult {

            /**
             * Constructs a new BatchResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.BatchResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchResult id. */
            id: number;

            /** BatchResult get. */
            get?: (tessera.kv.GetResponse.$Properties|null);

            /** BatchResult put. */
            put?: (tessera.kv.PutResponse.$Properties|null);

            /** BatchResult delete. */
            delete?: (tessera.kv.DeleteResponse.$Properties|null);

            /** BatchResult cas. */
            cas?: (tessera.kv.CasResponse.$Properties|null);

            /** BatchResult txn. */
            txn?: (tessera.kv.TxnResponse.$Properties|null);

            /** BatchResult scan. */
            scan?: (tessera.kv.ScanResponse.$Properties|null);

            /** BatchResult response. */
            response?: ("get"|"put"|"delete"|"cas"|"txn"|"scan");

            /**
             * Creates a new BatchResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchResult instance
             */
            static create(properties: tessera.kv.BatchResult.$Shape): tessera.kv.BatchResult & tessera.kv.BatchResult.$Shape;
            static create(properties?: tessera.kv.BatchResult.$Properties): tessera.kv.BatchResult;

            /**
             * Encodes the specified BatchResult message. Does not implicitly {@link tessera.kv.BatchResult.verify|verify} messages.
             * @param message BatchResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.BatchResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.BatchResult & tessera.kv.BatchResult.$Shape} BatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.BatchResult & tessera.kv.BatchResult.$Shape;

            /**
             * Creates a BatchResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchResult
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.BatchResult;

            /**
             * Creates a plain object from a BatchResult message. Also converts values to other types if specified.
             * @param message BatchResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.BatchResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchResult {

            /** Properties of a BatchResult. */
            interface $Properties {

                /** BatchResult id */
                id?: (number|null);

                /** BatchResult get */
                get?: (tessera.kv.GetResponse.$Properties|null);

                /** BatchResult put */
                put?: (tessera.kv.PutResponse.$Properties|null);

                /** BatchResult delete */
                "delete"?: (tessera.kv.DeleteResponse.$Properties|null);

                /** BatchResult cas */
                cas?: (tessera.kv.CasResponse.$Properties|null);

                /** BatchResult txn */
                txn?: (tessera.kv.TxnResponse.$Properties|null);

                /** BatchResult scan */
                scan?: (tessera.kv.ScanResponse.$Properties|null);

                /** BatchResult response */
                response?: ("get"|"put"|"delete"|"cas"|"txn"|"scan");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a BatchResult. */
            type $Shape = {
              id?: number|null;
              get?: tessera.kv.GetResponse.$Shape|null;
              put?: tessera.kv.PutResponse.$Shape|null;
              "delete"?: tessera.kv.DeleteResponse.$Shape|null;
              cas?: tessera.kv.CasResponse.$Shape|null;
              txn?: tessera.kv.TxnResponse.$Shape|null;
              scan?: tessera.kv.ScanResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ response?: undefined; get?: null; put?: null; "delete"?: null; cas?: null; txn?: null; scan?: null }|{ response?: "get"; get: tessera.kv.GetResponse.$Shape; put?: null; "delete"?: null; cas?: null; txn?: null; scan?: null }|{ response?: "put"; get?: null; put: tessera.kv.PutResponse.$Shape; "delete"?: null; cas?: null; txn?: null; scan?: null }|{ response?: "delete"; get?: null; put?: null; "delete": tessera.kv.DeleteResponse.$Shape; cas?: null; txn?: null; scan?: null }|{ response?: "cas"; get?: null; put?: null; "delete"?: null; cas: tessera.kv.CasResponse.$Shape; txn?: null; scan?: null }|{ response?: "txn"; get?: null; put?: null; "delete"?: null; cas?: null; txn: tessera.kv.TxnResponse.$Shape; scan?: null }|{ response?: "scan"; get?: null; put?: null; "delete"?: null; cas?: null; txn?: null; scan: tessera.kv.ScanResponse.$Shape })
            );
        }

        /**
         * Properties of a BatchResponse.
         * @deprecated Use tessera.kv.BatchResponse.$Properties instead.
         */
        interface IBatchResponse extends tessera.kv.BatchResponse.$Properties {
        }

        /** Represents a BatchResponse. */
        class BatchResponse {

            /**
             * Constructs a new BatchResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.BatchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchResponse results. */
            results: tessera.kv.BatchResult.$Properties[];

            /**
             * Creates a new BatchResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchResponse instance
             */
            static create(properties: tessera.kv.BatchResponse.$Shape): tessera.kv.BatchResponse & tessera.kv.BatchResponse.$Shape;
            static create(properties?: tessera.kv.BatchResponse.$Properties): tessera.kv.BatchResponse;

            /**
             * Encodes the specified BatchResponse message. Does not implicitly {@link tessera.kv.BatchResponse.verify|verify} messages.
             * @param message BatchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.BatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.BatchResponse & tessera.kv.BatchResponse.$Shape} BatchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.BatchResponse & tessera.kv.BatchResponse.$Shape;

            /**
             * Creates a BatchResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.BatchResponse;

            /**
             * Creates a plain object from a BatchResponse message. Also converts values to other types if specified.
             * @param message BatchResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.BatchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchResponse {

            /** Properties of a BatchResponse. */
            interface $Properties {

                /** BatchResponse results */
                results?: (tessera.kv.BatchResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchResponse. */
            type $Shape = {
              results?: tessera.kv.BatchResult.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Member.
         * @deprecated Use tessera.kv.Member.$Properties instead.
         */
        interface IMember extends tessera.kv.Member.$Properties {
        }

        /** Represents a Member. */
        class Member {

            /**
             * Constructs a new Member.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.Member.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Member id. */
            id: number;

            /** Member clientAddress. */
            clientAddress: string;

            /** Member peerAddress. */
            peerAddress: string;

            /** Member role. */
            role: string;

            /** Member state. */
            state: string;

            /**
             * Creates a new Member instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Member instance
             */
            static create(properties: tessera.kv.Member.$Shape): tessera.kv.Member & tessera.kv.Member.$Shape;
            static create(properties?: tessera.kv.Member.$Properties): tessera.kv.Member;

            /**
             * Encodes the specified Member message. Does not implicitly {@link tessera.kv.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.Member & tessera.kv.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.Member & tessera.kv.Member.$Shape;

            /**
             * Creates a Member message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Member
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.Member;

            /**
             * Creates a plain object from a Member message. Also converts values to other types if specified.
             * @param message Member
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Member to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Member
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Member {

            /** Properties of a Member. */
            interface $Properties {

                /** Member id */
                id?: (number|null);

                /** Member clientAddress */
                clientAddress?: (string|null);

                /** Member peerAddress */
                peerAddress?: (string|null);

                /** Member role */
                role?: (string|null);

                /** Member state */
                state?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Member. */
            type $Shape = tessera.kv.Member.$Properties;
        }

        /**
         * Properties of a ShardDescriptor.
         * @deprecated Use tessera.kv.ShardDescriptor.$Properties instead.
         */
        interface IShardDescriptor extends tessera.kv.ShardDescriptor.$Properties {
        }

        /** Represents a ShardDescriptor. */
        class ShardDescriptor {

            /**
             * Constructs a new ShardDescriptor.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.ShardDescriptor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardDescriptor id. */
            id: number;

            /** ShardDescriptor slotStart. */
            slotStart: number;

            /** ShardDescriptor slotEnd. */
            slotEnd: number;

            /** ShardDescriptor replicas. */
            replicas: number[];

            /** ShardDescriptor epoch. */
            epoch: number;

            /** ShardDescriptor leaderHint. */
            leaderHint: number;

            /** ShardDescriptor observedVoters. */
            observedVoters: number[];

            /** ShardDescriptor observedLearners. */
            observedLearners: number[];

            /** ShardDescriptor observedOutgoing. */
            observedOutgoing: number[];

            /** ShardDescriptor observedApplied. */
            observedApplied: number;

            /** ShardDescriptor targetReplicas. */
            targetReplicas: number[];

            /**
             * Creates a new ShardDescriptor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardDescriptor instance
             */
            static create(properties: tessera.kv.ShardDescriptor.$Shape): tessera.kv.ShardDescriptor & tessera.kv.ShardDescriptor.$Shape;
            static create(properties?: tessera.kv.ShardDescriptor.$Properties): tessera.kv.ShardDescriptor;

            /**
             * Encodes the specified ShardDescriptor message. Does not implicitly {@link tessera.kv.ShardDescriptor.verify|verify} messages.
             * @param message ShardDescriptor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.ShardDescriptor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardDescriptor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.ShardDescriptor & tessera.kv.ShardDescriptor.$Shape} ShardDescriptor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.ShardDescriptor & tessera.kv.ShardDescriptor.$Shape;

            /**
             * Creates a ShardDescriptor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShardDescriptor
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.ShardDescriptor;

            /**
             * Creates a plain object from a ShardDescriptor message. Also converts values to other types if specified.
             * @param message ShardDescriptor
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.ShardDescriptor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShardDescriptor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShardDescriptor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardDescriptor {

            /** Properties of a ShardDescriptor. */
            interface $Properties {

                /** ShardDescriptor id */
                id?: (number|null);

                /** ShardDescriptor slotStart */
                slotStart?: (number|null);

                /** ShardDescriptor slotEnd */
                slotEnd?: (number|null);

                /** ShardDescriptor replicas */
                replicas?: (number[]|null);

                /** ShardDescriptor epoch */
                epoch?: (number|null);

                /** ShardDescriptor leaderHint */
                leaderHint?: (number|null);

                /** ShardDescriptor observedVoters */
                observedVoters?: (number[]|null);

                /** ShardDescriptor observedLearners */
                observedLearners?: (number[]|null);

                /** ShardDescriptor observedOutgoing */
                observedOutgoing?: (number[]|null);

                /** ShardDescriptor observedApplied */
                observedApplied?: (number|null);

                /** ShardDescriptor targetReplicas */
                targetReplicas?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardDescriptor. */
            type $Shape = tessera.kv.ShardDescriptor.$Properties;
        }

        /**
         * Properties of a ShardMap.
         * @deprecated Use tessera.kv.ShardMap.$Properties instead.
         */
        interface IShardMap extends tessera.kv.ShardMap.$Properties {
        }

        /** Represents a ShardMap. */
        class ShardMap {

            /**
             * Constructs a new ShardMap.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.ShardMap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardMap epoch. */
            epoch: number;

            /** ShardMap slotCount. */
            slotCount: number;

            /** ShardMap shards. */
            shards: tessera.kv.ShardDescriptor.$Properties[];

            /** ShardMap members. */
            members: tessera.kv.Member.$Properties[];

            /** ShardMap meta. */
            meta?: (tessera.kv.ShardDescriptor.$Properties|null);

            /** ShardMap replicaCount. */
            replicaCount: number;

            /**
             * Creates a new ShardMap instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardMap instance
             */
            static create(properties: tessera.kv.ShardMap.$Shape): tessera.kv.ShardMap & tessera.kv.ShardMap.$Shape;
            static create(properties?: tessera.kv.ShardMap.$Properties): tessera.kv.ShardMap;

            /**
             * Encodes the specified ShardMap message. Does not implicitly {@link tessera.kv.ShardMap.verify|verify} messages.
             * @param message ShardMap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.ShardMap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardMap message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.ShardMap & tessera.kv.ShardMap.$Shape} ShardMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.ShardMap & tessera.kv.ShardMap.$Shape;

            /**
             * Creates a ShardMap message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShardMap
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.ShardMap;

            /**
             * Creates a plain object from a ShardMap message. Also converts values to other types if specified.
             * @param message ShardMap
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.ShardMap, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShardMap to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShardMap
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardMap {

            /** Properties of a ShardMap. */
            interface $Properties {

                /** ShardMap epoch */
                epoch?: (number|null);

                /** ShardMap slotCount */
                slotCount?: (number|null);

                /** ShardMap shards */
                shards?: (tessera.kv.ShardDescriptor.$Properties[]|null);

                /** ShardMap members */
                members?: (tessera.kv.Member.$Properties[]|null);

                /** ShardMap meta */
                meta?: (tessera.kv.ShardDescriptor.$Properties|null);

                /** ShardMap replicaCount */
                replicaCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardMap. */
            type $Shape = tessera.kv.ShardMap.$Properties;
        }

        /**
         * Properties of a ShardStatus.
         * @deprecated Use tessera.kv.ShardStatus.$Properties instead.
         */
        interface IShardStatus extends tessera.kv.ShardStatus.$Properties {
        }

        /** Represents a ShardStatus. */
        class ShardStatus {

            /**
             * Constructs a new ShardStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.ShardStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardStatus shardId. */
            shardId: number;

            /** ShardStatus role. */
            role: string;

            /** ShardStatus term. */
            term: number;

            /** ShardStatus leader. */
            leader: number;

            /** ShardStatus commit. */
            commit: number;

            /** ShardStatus applied. */
            applied: number;

            /** ShardStatus lastIndex. */
            lastIndex: number;

            /** ShardStatus voters. */
            voters: number[];

            /** ShardStatus learners. */
            learners: number[];

            /** ShardStatus votersOutgoing. */
            votersOutgoing: number[];

            /** ShardStatus progress. */
            progress: tessera.kv.ReplicaProgress.$Properties[];

            /** ShardStatus quiesced. */
            quiesced: boolean;

            /**
             * Creates a new ShardStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardStatus instance
             */
            static create(properties: tessera.kv.ShardStatus.$Shape): tessera.kv.ShardStatus & tessera.kv.ShardStatus.$Shape;
            static create(properties?: tessera.kv.ShardStatus.$Properties): tessera.kv.ShardStatus;

            /**
             * Encodes the specified ShardStatus message. Does not implicitly {@link tessera.kv.ShardStatus.verify|verify} messages.
             * @param message ShardStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.ShardStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.ShardStatus & tessera.kv.ShardStatus.$Shape} ShardStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.ShardStatus & tessera.kv.ShardStatus.$Shape;

            /**
             * Creates a ShardStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShardStatus
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.ShardStatus;

            /**
             * Creates a plain object from a ShardStatus message. Also converts values to other types if specified.
             * @param message ShardStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.ShardStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShardStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShardStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardStatus {

            /** Properties of a ShardStatus. */
            interface $Properties {

                /** ShardStatus shardId */
                shardId?: (number|null);

                /** ShardStatus role */
                role?: (string|null);

                /** ShardStatus term */
                term?: (number|null);

                /** ShardStatus leader */
                leader?: (number|null);

                /** ShardStatus commit */
                commit?: (number|null);

                /** ShardStatus applied */
                applied?: (number|null);

                /** ShardStatus lastIndex */
                lastIndex?: (number|null);

                /** ShardStatus voters */
                voters?: (number[]|null);

                /** ShardStatus learners */
                learners?: (number[]|null);

                /** ShardStatus votersOutgoing */
                votersOutgoing?: (number[]|null);

                /** ShardStatus progress */
                progress?: (tessera.kv.ReplicaProgress.$Properties[]|null);

                /** ShardStatus quiesced */
                quiesced?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardStatus. */
            type $Shape = tessera.kv.ShardStatus.$Properties;
        }

        /**
         * Properties of a ReplicaProgress.
         * @deprecated Use tessera.kv.ReplicaProgress.$Properties instead.
         */
        interface IReplicaProgress extends tessera.kv.ReplicaProgress.$Properties {
        }

        /** Represents a ReplicaProgress. */
        class ReplicaProgress {

            /**
             * Constructs a new ReplicaProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.ReplicaProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaProgress nodeId. */
            nodeId: number;

            /** ReplicaProgress match. */
            match: number;

            /**
             * Creates a new ReplicaProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaProgress instance
             */
            static create(properties: tessera.kv.ReplicaProgress.$Shape): tessera.kv.ReplicaProgress & tessera.kv.ReplicaProgress.$Shape;
            static create(properties?: tessera.kv.ReplicaProgress.$Properties): tessera.kv.ReplicaProgress;

            /**
             * Encodes the specified ReplicaProgress message. Does not implicitly {@link tessera.kv.ReplicaProgress.verify|verify} messages.
             * @param message ReplicaProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.ReplicaProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.ReplicaProgress & tessera.kv.ReplicaProgress.$Shape} ReplicaProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.ReplicaProgress & tessera.kv.ReplicaProgress.$Shape;

            /**
             * Creates a ReplicaProgress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaProgress
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.ReplicaProgress;

            /**
             * Creates a plain object from a ReplicaProgress message. Also converts values to other types if specified.
             * @param message ReplicaProgress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.ReplicaProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaProgress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaProgress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaProgress {

            /** Properties of a ReplicaProgress. */
            interface $Properties {

                /** ReplicaProgress nodeId */
                nodeId?: (number|null);

                /** ReplicaProgress match */
                match?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaProgress. */
            type $Shape = tessera.kv.ReplicaProgress.$Properties;
        }

        /**
         * Properties of a StatusRequest.
         * @deprecated Use tessera.kv.StatusRequest.$Properties instead.
         */
        interface IStatusRequest extends tessera.kv.StatusRequest.$Properties {
        }

        /** Represents a StatusRequest. */
        class StatusRequest {

            /**
             * Constructs a new StatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.StatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusRequest instance
             */
            static create(properties: tessera.kv.StatusRequest.$Shape): tessera.kv.StatusRequest & tessera.kv.StatusRequest.$Shape;
            static create(properties?: tessera.kv.StatusRequest.$Properties): tessera.kv.StatusRequest;

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link tessera.kv.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.StatusRequest & tessera.kv.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.StatusRequest & tessera.kv.StatusRequest.$Shape;

            /**
             * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.StatusRequest;

            /**
             * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
             * @param message StatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {

            /** Properties of a StatusRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusRequest. */
            type $Shape = tessera.kv.StatusRequest.$Properties;
        }

        /**
         * Properties of a StatusResponse.
         * @deprecated Use tessera.kv.StatusResponse.$Properties instead.
         */
        interface IStatusResponse extends tessera.kv.StatusResponse.$Properties {
        }

        /** Represents a StatusResponse. */
        class StatusResponse {

            /**
             * Constructs a new StatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.StatusResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** StatusResponse nodeId. */
            nodeId: number;

            /** StatusResponse version. */
            version: string;

            /** StatusResponse uptimeMs. */
            uptimeMs: number;

            /** StatusResponse shards. */
            shards: tessera.kv.ShardStatus.$Properties[];

            /**
             * Creates a new StatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusResponse instance
             */
            static create(properties: tessera.kv.StatusResponse.$Shape): tessera.kv.StatusResponse & tessera.kv.StatusResponse.$Shape;
            static create(properties?: tessera.kv.StatusResponse.$Properties): tessera.kv.StatusResponse;

            /**
             * Encodes the specified StatusResponse message. Does not implicitly {@link tessera.kv.StatusResponse.verify|verify} messages.
             * @param message StatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.StatusResponse & tessera.kv.StatusResponse.$Shape} StatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.StatusResponse & tessera.kv.StatusResponse.$Shape;

            /**
             * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.StatusResponse;

            /**
             * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
             * @param message StatusResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusResponse {

            /** Properties of a StatusResponse. */
            interface $Properties {

                /** StatusResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** StatusResponse nodeId */
                nodeId?: (number|null);

                /** StatusResponse version */
                version?: (string|null);

                /** StatusResponse uptimeMs */
                uptimeMs?: (number|null);

                /** StatusResponse shards */
                shards?: (tessera.kv.ShardStatus.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusResponse. */
            type $Shape = tessera.kv.StatusResponse.$Properties;
        }

        /**
         * Properties of a ShardMapRequest.
         * @deprecated Use tessera.kv.ShardMapRequest.$Properties instead.
         */
        interface IShardMapRequest extends tessera.kv.ShardMapRequest.$Properties {
        }

        /** Represents a ShardMapRequest. */
        class ShardMapRequest {

            /**
             * Constructs a new ShardMapRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.ShardMapRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ShardMapRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardMapRequest instance
             */
            static create(properties: tessera.kv.ShardMapRequest.$Shape): tessera.kv.ShardMapRequest & tessera.kv.ShardMapRequest.$Shape;
            static create(properties?: tessera.kv.ShardMapRequest.$Properties): tessera.kv.ShardMapRequest;

            /**
             * Encodes the specified ShardMapRequest message. Does not implicitly {@link tessera.kv.ShardMapRequest.verify|verify} messages.
             * @param message ShardMapRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.ShardMapRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardMapRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.ShardMapRequest & tessera.kv.ShardMapRequest.$Shape} ShardMapRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.ShardMapRequest & tessera.kv.ShardMapRequest.$Shape;

            /**
             * Creates a ShardMapRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShardMapRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.ShardMapRequest;

            /**
             * Creates a plain object from a ShardMapRequest message. Also converts values to other types if specified.
             * @param message ShardMapRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.ShardMapRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShardMapRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShardMapRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardMapRequest {

            /** Properties of a ShardMapRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardMapRequest. */
            type $Shape = tessera.kv.ShardMapRequest.$Properties;
        }

        /**
         * Properties of a ShardMapResponse.
         * @deprecated Use tessera.kv.ShardMapResponse.$Properties instead.
         */
        interface IShardMapResponse extends tessera.kv.ShardMapResponse.$Properties {
        }

        /** Represents a ShardMapResponse. */
        class ShardMapResponse {

            /**
             * Constructs a new ShardMapResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.ShardMapResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardMapResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** ShardMapResponse shardMap. */
            shardMap?: (tessera.kv.ShardMap.$Properties|null);

            /** ShardMapResponse metaApplied. */
            metaApplied: number;

            /**
             * Creates a new ShardMapResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardMapResponse instance
             */
            static create(properties: tessera.kv.ShardMapResponse.$Shape): tessera.kv.ShardMapResponse & tessera.kv.ShardMapResponse.$Shape;
            static create(properties?: tessera.kv.ShardMapResponse.$Properties): tessera.kv.ShardMapResponse;

            /**
             * Encodes the specified ShardMapResponse message. Does not implicitly {@link tessera.kv.ShardMapResponse.verify|verify} messages.
             * @param message ShardMapResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.ShardMapResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardMapResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.ShardMapResponse & tessera.kv.ShardMapResponse.$Shape} ShardMapResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.ShardMapResponse & tessera.kv.ShardMapResponse.$Shape;

            /**
             * Creates a ShardMapResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShardMapResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.ShardMapResponse;

            /**
             * Creates a plain object from a ShardMapResponse message. Also converts values to other types if specified.
             * @param message ShardMapResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.ShardMapResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShardMapResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShardMapResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardMapResponse {

            /** Properties of a ShardMapResponse. */
            interface $Properties {

                /** ShardMapResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** ShardMapResponse shardMap */
                shardMap?: (tessera.kv.ShardMap.$Properties|null);

                /** ShardMapResponse metaApplied */
                metaApplied?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardMapResponse. */
            type $Shape = tessera.kv.ShardMapResponse.$Properties;
        }

        /**
         * Properties of a MemberListRequest.
         * @deprecated Use tessera.kv.MemberListRequest.$Properties instead.
         */
        interface IMemberListRequest extends tessera.kv.MemberListRequest.$Properties {
        }

        /** Represents a MemberListRequest. */
        class MemberListRequest {

            /**
             * Constructs a new MemberListRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.MemberListRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new MemberListRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberListRequest instance
             */
            static create(properties: tessera.kv.MemberListRequest.$Shape): tessera.kv.MemberListRequest & tessera.kv.MemberListRequest.$Shape;
            static create(properties?: tessera.kv.MemberListRequest.$Properties): tessera.kv.MemberListRequest;

            /**
             * Encodes the specified MemberListRequest message. Does not implicitly {@link tessera.kv.MemberListRequest.verify|verify} messages.
             * @param message MemberListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.MemberListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberListRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.MemberListRequest & tessera.kv.MemberListRequest.$Shape} MemberListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.MemberListRequest & tessera.kv.MemberListRequest.$Shape;

            /**
             * Creates a MemberListRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberListRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.MemberListRequest;

            /**
             * Creates a plain object from a MemberListRequest message. Also converts values to other types if specified.
             * @param message MemberListRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.MemberListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberListRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberListRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberListRequest {

            /** Properties of a MemberListRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberListRequest. */
            type $Shape = tessera.kv.MemberListRequest.$Properties;
        }

        /**
         * Properties of a MemberListResponse.
         * @deprecated Use tessera.kv.MemberListResponse.$Properties instead.
         */
        interface IMemberListResponse extends tessera.kv.MemberListResponse.$Properties {
        }

        /** Represents a MemberListResponse. */
        class MemberListResponse {

            /**
             * Constructs a new MemberListResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.MemberListResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberListResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** MemberListResponse members. */
            members: tessera.kv.Member.$Properties[];

            /**
             * Creates a new MemberListResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberListResponse instance
             */
            static create(properties: tessera.kv.MemberListResponse.$Shape): tessera.kv.MemberListResponse & tessera.kv.MemberListResponse.$Shape;
            static create(properties?: tessera.kv.MemberListResponse.$Properties): tessera.kv.MemberListResponse;

            /**
             * Encodes the specified MemberListResponse message. Does not implicitly {@link tessera.kv.MemberListResponse.verify|verify} messages.
             * @param message MemberListResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.MemberListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberListResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.MemberListResponse & tessera.kv.MemberListResponse.$Shape} MemberListResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.MemberListResponse & tessera.kv.MemberListResponse.$Shape;

            /**
             * Creates a MemberListResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberListResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.MemberListResponse;

            /**
             * Creates a plain object from a MemberListResponse message. Also converts values to other types if specified.
             * @param message MemberListResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.MemberListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberListResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberListResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberListResponse {

            /** Properties of a MemberListResponse. */
            interface $Properties {

                /** MemberListResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** MemberListResponse members */
                members?: (tessera.kv.Member.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberListResponse. */
            type $Shape = tessera.kv.MemberListResponse.$Properties;
        }

        /**
         * Properties of a MemberAddRequest.
         * @deprecated Use tessera.kv.MemberAddRequest.$Properties instead.
         */
        interface IMemberAddRequest extends tessera.kv.MemberAddRequest.$Properties {
        }

        /** Represents a MemberAddRequest. */
        class MemberAddRequest {

            /**
             * Constructs a new MemberAddRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.MemberAddRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberAddRequest id. */
            id: number;

            /** MemberAddRequest clientAddress. */
            clientAddress: string;

            /** MemberAddRequest peerAddress. */
            peerAddress: string;

            /**
             * Creates a new MemberAddRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberAddRequest instance
             */
            static create(properties: tessera.kv.MemberAddRequest.$Shape): tessera.kv.MemberAddRequest & tessera.kv.MemberAddRequest.$Shape;
            static create(properties?: tessera.kv.MemberAddRequest.$Properties): tessera.kv.MemberAddRequest;

            /**
             * Encodes the specified MemberAddRequest message. Does not implicitly {@link tessera.kv.MemberAddRequest.verify|verify} messages.
             * @param message MemberAddRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.MemberAddRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberAddRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.MemberAddRequest & tessera.kv.MemberAddRequest.$Shape} MemberAddRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.MemberAddRequest & tessera.kv.MemberAddRequest.$Shape;

            /**
             * Creates a MemberAddRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberAddRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.MemberAddRequest;

            /**
             * Creates a plain object from a MemberAddRequest message. Also converts values to other types if specified.
             * @param message MemberAddRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.MemberAddRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberAddRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberAddRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberAddRequest {

            /** Properties of a MemberAddRequest. */
            interface $Properties {

                /** MemberAddRequest id */
                id?: (number|null);

                /** MemberAddRequest clientAddress */
                clientAddress?: (string|null);

                /** MemberAddRequest peerAddress */
                peerAddress?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberAddRequest. */
            type $Shape = tessera.kv.MemberAddRequest.$Properties;
        }

        /**
         * Properties of a MemberRemoveRequest.
         * @deprecated Use tessera.kv.MemberRemoveRequest.$Properties instead.
         */
        interface IMemberRemoveRequest extends tessera.kv.MemberRemoveRequest.$Properties {
        }

        /** Represents a MemberRemoveRequest. */
        class MemberRemoveRequest {

            /**
             * Constructs a new MemberRemoveRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.MemberRemoveRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberRemoveRequest id. */
            id: number;

            /**
             * Creates a new MemberRemoveRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberRemoveRequest instance
             */
            static create(properties: tessera.kv.MemberRemoveRequest.$Shape): tessera.kv.MemberRemoveRequest & tessera.kv.MemberRemoveRequest.$Shape;
            static create(properties?: tessera.kv.MemberRemoveRequest.$Properties): tessera.kv.MemberRemoveRequest;

            /**
             * Encodes the specified MemberRemoveRequest message. Does not implicitly {@link tessera.kv.MemberRemoveRequest.verify|verify} messages.
             * @param message MemberRemoveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.MemberRemoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberRemoveRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.MemberRemoveRequest & tessera.kv.MemberRemoveRequest.$Shape} MemberRemoveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.MemberRemoveRequest & tessera.kv.MemberRemoveRequest.$Shape;

            /**
             * Creates a MemberRemoveRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberRemoveRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.MemberRemoveRequest;

            /**
             * Creates a plain object from a MemberRemoveRequest message. Also converts values to other types if specified.
             * @param message MemberRemoveRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.MemberRemoveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberRemoveRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberRemoveRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberRemoveRequest {

            /** Properties of a MemberRemoveRequest. */
            interface $Properties {

                /** MemberRemoveRequest id */
                id?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberRemoveRequest. */
            type $Shape = tessera.kv.MemberRemoveRequest.$Properties;
        }

        /**
         * Properties of a MemberPromoteRequest.
         * @deprecated Use tessera.kv.MemberPromoteRequest.$Properties instead.
         */
        interface IMemberPromoteRequest extends tessera.kv.MemberPromoteRequest.$Properties {
        }

        /** Represents a MemberPromoteRequest. */
        class MemberPromoteRequest {

            /**
             * Constructs a new MemberPromoteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.MemberPromoteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberPromoteRequest id. */
            id: number;

            /**
             * Creates a new MemberPromoteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberPromoteRequest instance
             */
            static create(properties: tessera.kv.MemberPromoteRequest.$Shape): tessera.kv.MemberPromoteRequest & tessera.kv.MemberPromoteRequest.$Shape;
            static create(properties?: tessera.kv.MemberPromoteRequest.$Properties): tessera.kv.MemberPromoteRequest;

            /**
             * Encodes the specified MemberPromoteRequest message. Does not implicitly {@link tessera.kv.MemberPromoteRequest.verify|verify} messages.
             * @param message MemberPromoteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.MemberPromoteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberPromoteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.MemberPromoteRequest & tessera.kv.MemberPromoteRequest.$Shape} MemberPromoteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.MemberPromoteRequest & tessera.kv.MemberPromoteRequest.$Shape;

            /**
             * Creates a MemberPromoteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberPromoteRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.MemberPromoteRequest;

            /**
             * Creates a plain object from a MemberPromoteRequest message. Also converts values to other types if specified.
             * @param message MemberPromoteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.MemberPromoteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberPromoteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberPromoteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberPromoteRequest {

            /** Properties of a MemberPromoteRequest. */
            interface $Properties {

                /** MemberPromoteRequest id */
                id?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberPromoteRequest. */
            type $Shape = tessera.kv.MemberPromoteRequest.$Properties;
        }

        /**
         * Properties of a MemberChangeResponse.
         * @deprecated Use tessera.kv.MemberChangeResponse.$Properties instead.
         */
        interface IMemberChangeResponse extends tessera.kv.MemberChangeResponse.$Properties {
        }

        /** Represents a MemberChangeResponse. */
        class MemberChangeResponse {

            /**
             * Constructs a new MemberChangeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.MemberChangeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberChangeResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** MemberChangeResponse members. */
            members: tessera.kv.Member.$Properties[];

            /**
             * Creates a new MemberChangeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberChangeResponse instance
             */
            static create(properties: tessera.kv.MemberChangeResponse.$Shape): tessera.kv.MemberChangeResponse & tessera.kv.MemberChangeResponse.$Shape;
            static create(properties?: tessera.kv.MemberChangeResponse.$Properties): tessera.kv.MemberChangeResponse;

            /**
             * Encodes the specified MemberChangeResponse message. Does not implicitly {@link tessera.kv.MemberChangeResponse.verify|verify} messages.
             * @param message MemberChangeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.MemberChangeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberChangeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.MemberChangeResponse & tessera.kv.MemberChangeResponse.$Shape} MemberChangeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.MemberChangeResponse & tessera.kv.MemberChangeResponse.$Shape;

            /**
             * Creates a MemberChangeResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberChangeResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.MemberChangeResponse;

            /**
             * Creates a plain object from a MemberChangeResponse message. Also converts values to other types if specified.
             * @param message MemberChangeResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.MemberChangeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberChangeResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberChangeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberChangeResponse {

            /** Properties of a MemberChangeResponse. */
            interface $Properties {

                /** MemberChangeResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** MemberChangeResponse members */
                members?: (tessera.kv.Member.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberChangeResponse. */
            type $Shape = tessera.kv.MemberChangeResponse.$Properties;
        }

        /**
         * Properties of a TransferLeaderRequest.
         * @deprecated Use tessera.kv.TransferLeaderRequest.$Properties instead.
         */
        interface ITransferLeaderRequest extends tessera.kv.TransferLeaderRequest.$Properties {
        }

        /** Represents a TransferLeaderRequest. */
        class TransferLeaderRequest {

            /**
             * Constructs a new TransferLeaderRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.TransferLeaderRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferLeaderRequest shardId. */
            shardId: number;

            /** TransferLeaderRequest toNode. */
            toNode: number;

            /**
             * Creates a new TransferLeaderRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferLeaderRequest instance
             */
            static create(properties: tessera.kv.TransferLeaderRequest.$Shape): tessera.kv.TransferLeaderRequest & tessera.kv.TransferLeaderRequest.$Shape;
            static create(properties?: tessera.kv.TransferLeaderRequest.$Properties): tessera.kv.TransferLeaderRequest;

            /**
             * Encodes the specified TransferLeaderRequest message. Does not implicitly {@link tessera.kv.TransferLeaderRequest.verify|verify} messages.
             * @param message TransferLeaderRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.TransferLeaderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferLeaderRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.TransferLeaderRequest & tessera.kv.TransferLeaderRequest.$Shape} TransferLeaderRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.TransferLeaderRequest & tessera.kv.TransferLeaderRequest.$Shape;

            /**
             * Creates a TransferLeaderRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TransferLeaderRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.TransferLeaderRequest;

            /**
             * Creates a plain object from a TransferLeaderRequest message. Also converts values to other types if specified.
             * @param message TransferLeaderRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.TransferLeaderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TransferLeaderRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TransferLeaderRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TransferLeaderRequest {

            /** Properties of a TransferLeaderRequest. */
            interface $Properties {

                /** TransferLeaderRequest shardId */
                shardId?: (number|null);

                /** TransferLeaderRequest toNode */
                toNode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferLeaderRequest. */
            type $Shape = tessera.kv.TransferLeaderRequest.$Properties;
        }

        /**
         * Properties of a TransferLeaderResponse.
         * @deprecated Use tessera.kv.TransferLeaderResponse.$Properties instead.
         */
        interface ITransferLeaderResponse extends tessera.kv.TransferLeaderResponse.$Properties {
        }

        /** Represents a TransferLeaderResponse. */
        class TransferLeaderResponse {

            /**
             * Constructs a new TransferLeaderResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.TransferLeaderResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferLeaderResponse error. */
            error?: (tessera.kv.Error.$Properties|null);

            /**
             * Creates a new TransferLeaderResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferLeaderResponse instance
             */
            static create(properties: tessera.kv.TransferLeaderResponse.$Shape): tessera.kv.TransferLeaderResponse & tessera.kv.TransferLeaderResponse.$Shape;
            static create(properties?: tessera.kv.TransferLeaderResponse.$Properties): tessera.kv.TransferLeaderResponse;

            /**
             * Encodes the specified TransferLeaderResponse message. Does not implicitly {@link tessera.kv.TransferLeaderResponse.verify|verify} messages.
             * @param message TransferLeaderResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.TransferLeaderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferLeaderResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.TransferLeaderResponse & tessera.kv.TransferLeaderResponse.$Shape} TransferLeaderResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.TransferLeaderResponse & tessera.kv.TransferLeaderResponse.$Shape;

            /**
             * Creates a TransferLeaderResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TransferLeaderResponse
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.TransferLeaderResponse;

            /**
             * Creates a plain object from a TransferLeaderResponse message. Also converts values to other types if specified.
             * @param message TransferLeaderResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.TransferLeaderResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TransferLeaderResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TransferLeaderResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TransferLeaderResponse {

            /** Properties of a TransferLeaderResponse. */
            interface $Properties {

                /** TransferLeaderResponse error */
                error?: (tessera.kv.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferLeaderResponse. */
            type $Shape = tessera.kv.TransferLeaderResponse.$Properties;
        }

        /**
         * Properties of a SnapshotRequest.
         * @deprecated Use tessera.kv.SnapshotRequest.$Properties instead.
         */
        interface ISnapshotRequest extends tessera.kv.SnapshotRequest.$Properties {
        }

        /** Represents a SnapshotRequest. */
        class SnapshotRequest {

            /**
             * Constructs a new SnapshotRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.SnapshotRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotRequest instance
             */
            static create(properties: tessera.kv.SnapshotRequest.$Shape): tessera.kv.SnapshotRequest & tessera.kv.SnapshotRequest.$Shape;
            static create(properties?: tessera.kv.SnapshotRequest.$Properties): tessera.kv.SnapshotRequest;

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link tessera.kv.SnapshotRequest.verify|verify} messages.
             * @param message SnapshotRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.SnapshotRequest & tessera.kv.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.SnapshotRequest & tessera.kv.SnapshotRequest.$Shape;

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotRequest
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.SnapshotRequest;

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @param message SnapshotRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.SnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRequest {

            /** Properties of a SnapshotRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotRequest. */
            type $Shape = tessera.kv.SnapshotRequest.$Properties;
        }

        /**
         * Properties of a SnapshotShard.
         * @deprecated Use tessera.kv.SnapshotShard.$Properties instead.
         */
        interface ISnapshotShard extends tessera.kv.SnapshotShard.$Properties {
        }

        /** Represents a SnapshotShard. */
        class SnapshotShard {

            /**
             * Constructs a new SnapshotShard.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.SnapshotShard.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotShard shardId. */
            shardId: number;

            /** SnapshotShard appliedIndex. */
            appliedIndex: number;

            /**
             * Creates a new SnapshotShard instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotShard instance
             */
            static create(properties: tessera.kv.SnapshotShard.$Shape): tessera.kv.SnapshotShard & tessera.kv.SnapshotShard.$Shape;
            static create(properties?: tessera.kv.SnapshotShard.$Properties): tessera.kv.SnapshotShard;

            /**
             * Encodes the specified SnapshotShard message. Does not implicitly {@link tessera.kv.SnapshotShard.verify|verify} messages.
             * @param message SnapshotShard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.SnapshotShard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotShard message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.SnapshotShard & tessera.kv.SnapshotShard.$Shape} SnapshotShard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.SnapshotShard & tessera.kv.SnapshotShard.$Shape;

            /**
             * Creates a SnapshotShard message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotShard
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.SnapshotShard;

            /**
             * Creates a plain object from a SnapshotShard message. Also converts values to other types if specified.
             * @param message SnapshotShard
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.SnapshotShard, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotShard to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotShard
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotShard {

            /** Properties of a SnapshotShard. */
            interface $Properties {

                /** SnapshotShard shardId */
                shardId?: (number|null);

                /** SnapshotShard appliedIndex */
                appliedIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotShard. */
            type $Shape = tessera.kv.SnapshotShard.$Properties;
        }

        /**
         * Properties of a SnapshotBegin.
         * @deprecated Use tessera.kv.SnapshotBegin.$Properties instead.
         */
        interface ISnapshotBegin extends tessera.kv.SnapshotBegin.$Properties {
        }

        /** Represents a SnapshotBegin. */
        class SnapshotBegin {

            /**
             * Constructs a new SnapshotBegin.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.SnapshotBegin.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotBegin nodeId. */
            nodeId: number;

            /** SnapshotBegin estimatedBytes. */
            estimatedBytes: number;

            /**
             * Creates a new SnapshotBegin instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotBegin instance
             */
            static create(properties: tessera.kv.SnapshotBegin.$Shape): tessera.kv.SnapshotBegin & tessera.kv.SnapshotBegin.$Shape;
            static create(properties?: tessera.kv.SnapshotBegin.$Properties): tessera.kv.SnapshotBegin;

            /**
             * Encodes the specified SnapshotBegin message. Does not implicitly {@link tessera.kv.SnapshotBegin.verify|verify} messages.
             * @param message SnapshotBegin message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.SnapshotBegin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotBegin message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.SnapshotBegin & tessera.kv.SnapshotBegin.$Shape} SnapshotBegin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.SnapshotBegin & tessera.kv.SnapshotBegin.$Shape;

            /**
             * Creates a SnapshotBegin message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotBegin
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.SnapshotBegin;

            /**
             * Creates a plain object from a SnapshotBegin message. Also converts values to other types if specified.
             * @param message SnapshotBegin
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.SnapshotBegin, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotBegin to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotBegin
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotBegin {

            /** Properties of a SnapshotBegin. */
            interface $Properties {

                /** SnapshotBegin nodeId */
                nodeId?: (number|null);

                /** SnapshotBegin estimatedBytes */
                estimatedBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotBegin. */
            type $Shape = tessera.kv.SnapshotBegin.$Properties;
        }

        /**
         * Properties of a SnapshotEnd.
         * @deprecated Use tessera.kv.SnapshotEnd.$Properties instead.
         */
        interface ISnapshotEnd extends tessera.kv.SnapshotEnd.$Properties {
        }

        /** Represents a SnapshotEnd. */
        class SnapshotEnd {

            /**
             * Constructs a new SnapshotEnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.SnapshotEnd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotEnd totalBytes. */
            totalBytes: number;

            /** SnapshotEnd sha256. */
            sha256: Uint8Array;

            /** SnapshotEnd records. */
            records: number;

            /** SnapshotEnd shards. */
            shards: tessera.kv.SnapshotShard.$Properties[];

            /**
             * Creates a new SnapshotEnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotEnd instance
             */
            static create(properties: tessera.kv.SnapshotEnd.$Shape): tessera.kv.SnapshotEnd & tessera.kv.SnapshotEnd.$Shape;
            static create(properties?: tessera.kv.SnapshotEnd.$Properties): tessera.kv.SnapshotEnd;

            /**
             * Encodes the specified SnapshotEnd message. Does not implicitly {@link tessera.kv.SnapshotEnd.verify|verify} messages.
             * @param message SnapshotEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.SnapshotEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotEnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.SnapshotEnd & tessera.kv.SnapshotEnd.$Shape} SnapshotEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.SnapshotEnd & tessera.kv.SnapshotEnd.$Shape;

            /**
             * Creates a SnapshotEnd message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotEnd
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.SnapshotEnd;

            /**
             * Creates a plain object from a SnapshotEnd message. Also converts values to other types if specified.
             * @param message SnapshotEnd
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.SnapshotEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotEnd to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotEnd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotEnd {

            /** Properties of a SnapshotEnd. */
            interface $Properties {

                /** SnapshotEnd totalBytes */
                totalBytes?: (number|null);

                /** SnapshotEnd sha256 */
                sha256?: (Uint8Array|null);

                /** SnapshotEnd records */
                records?: (number|null);

                /** SnapshotEnd shards */
                shards?: (tessera.kv.SnapshotShard.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotEnd. */
            type $Shape = tessera.kv.SnapshotEnd.$Properties;
        }

        /**
         * Properties of a SnapshotChunk.
         * @deprecated Use tessera.kv.SnapshotChunk.$Properties instead.
         */
        interface ISnapshotChunk extends tessera.kv.SnapshotChunk.$Properties {
        }

        /** Represents a SnapshotChunk. */
        class SnapshotChunk {

            /**
             * Constructs a new SnapshotChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: tessera.kv.SnapshotChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotChunk error. */
            error?: (tessera.kv.Error.$Properties|null);

            /** SnapshotChunk begin. */
            begin?: (tessera.kv.SnapshotBegin.$Properties|null);

            /** SnapshotChunk data. */
            data: Uint8Array;

            /** SnapshotChunk bytesSent. */
            bytesSent: number;

            /** SnapshotChunk end. */
            end?: (tessera.kv.SnapshotEnd.$Properties|null);

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotChunk instance
             */
            static create(properties: tessera.kv.SnapshotChunk.$Shape): tessera.kv.SnapshotChunk & tessera.kv.SnapshotChunk.$Shape;
            static create(properties?: tessera.kv.SnapshotChunk.$Properties): tessera.kv.SnapshotChunk;

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link tessera.kv.SnapshotChunk.verify|verify} messages.
             * @param message SnapshotChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tessera.kv.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tessera.kv.SnapshotChunk & tessera.kv.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.SnapshotChunk & tessera.kv.SnapshotChunk.$Shape;

            /**
             * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotChunk
             */
            static fromObject(object: { [k: string]: any }): tessera.kv.SnapshotChunk;

            /**
             * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
             * @param message SnapshotChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tessera.kv.SnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                /** SnapshotChunk error */
                error?: (tessera.kv.Error.$Properties|null);

                /** SnapshotChunk begin */
                begin?: (tessera.kv.SnapshotBegin.$Properties|null);

                /** SnapshotChunk data */
                data?: (Uint8Array|null);

                /** SnapshotChunk bytesSent */
                bytesSent?: (number|null);

                /** SnapshotChunk end */
                end?: (tessera.kv.SnapshotEnd.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotChunk. */
            type $Shape = tessera.kv.SnapshotChunk.$Properties;
        }
    }

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

            /** GroupMessage quiesce. */
            quiesce: boolean;

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

                /** GroupMessage quiesce */
                quiesce?: (boolean|null);

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
