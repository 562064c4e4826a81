/**
 * The routing engine: the one owner of live routing state in this server. It wraps the rules module's
 * {@code Router}, persists every change before it is announced, arms EJB timers for the exact instants that matter
 * (queue delays, offer timeouts, after-contact work) and restores everything at start-up.
 */
package org.contactcenter.routing.engine;
