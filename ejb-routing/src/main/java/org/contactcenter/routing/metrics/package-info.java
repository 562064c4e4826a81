/**
 * Real-time and historical metrics (docs/METRICS.md): the definitions are plain Java in the rules module
 * ({@code org.contactcenter.rules.metrics}); this package feeds them from the routing engine and the contact records.
 */
package org.contactcenter.routing.metrics;
