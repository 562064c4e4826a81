/**
 * Contact flows as configuration: name, type and the flow document (JSON). Phone numbers and quick connects refer
 * to them. The flow engine (walking the blocks) builds on this package.
 */
package org.contactcenter.routing.flows;
