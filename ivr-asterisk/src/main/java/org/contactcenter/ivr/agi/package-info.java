/**
 * The voice channel's FastAGI side: an asterisk-java FastAGI server on container-managed threads (default port
 * 4573; dialplan {@code AGI(agi://HOST:4573/inbound)}) whose scripts are stateless and thread-safe.
 */
package org.contactcenter.ivr.agi;
