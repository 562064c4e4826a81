/**
 * Contact-center metrics as plain Java (docs/METRICS.md): what one contact record contributes to the interval
 * metrics ({@link org.contactcenter.rules.metrics.Totals}), their rates, and the real-time gauges from the router's
 * snapshot. The server feeds them; tests drive them with scripted timelines under a controlled clock.
 */
package org.contactcenter.rules.metrics;
