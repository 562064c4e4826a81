/**
 * The what-if routing simulator in the server: a period's contact records, as the database holds them, replayed
 * against a candidate routing configuration and rule files ({@code org.contactcenter.rules.simulation}).
 */
package org.contactcenter.routing.simulations;
