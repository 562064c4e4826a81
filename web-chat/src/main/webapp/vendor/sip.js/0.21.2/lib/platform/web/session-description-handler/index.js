/**
 * A SessionDescriptionHandler for web browsers.
 * @packageDocumentation
 */
export * from "./media-stream-factory-default.js";
export * from "./media-stream-factory.js";
export * from "./peer-connection-configuration-default.js";
export * from "./peer-connection-delegate.js";
export * from "./session-description-handler-configuration.js";
export * from "./session-description-handler-factory-default.js";
export * from "./session-description-handler-factory-options.js";
export * from "./session-description-handler-factory.js";
export * from "./session-description-handler-options.js";
export * from "./session-description-handler.js";
export * from "./web-audio-session-description-handler.js";
