/**
 * The what-if routing simulator (docs/SIMULATOR.md): replays a period's contact records (JSON lines, Amazon Connect's
 * CTR fields, as the file sink writes them) against candidate routing profiles, staffing and routing rule files, on
 * the server's own {@link org.contactcenter.rules.router.Router} under a simulated clock, and reports service level,
 * answer and abandon times and occupancy per queue and routing profile beside what really happened, with the same
 * metric code ({@link org.contactcenter.rules.metrics.Totals}). Entry points: {@link
 * org.contactcenter.rules.simulation.Simulation#run} (API), {@link org.contactcenter.rules.simulation.WhatIf}
 * (command line). Plain Java; no server.
 */
package org.contactcenter.rules.simulation;
