/**
 * The Asterisk Manager Interface connection: one per center, from configuration, logged in with back-off, kept up by
 * asterisk-java's reconnect, its state on /health. Call control (agent legs, hold, transfers, outbound, ChanSpy)
 * is built on it.
 */
package org.contactcenter.ivr.ami;
