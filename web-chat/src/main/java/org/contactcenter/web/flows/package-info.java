/**
 * The flow-run API (/api/v1/flow-runs): start a contact in a flow and drive it with the customer's events, as the
 * chat and voice adapters do in-process — a test console for flow authors, and the flows' black-box surface.
 */
package org.contactcenter.web.flows;
