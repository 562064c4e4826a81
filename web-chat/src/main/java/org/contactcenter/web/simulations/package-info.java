/** The what-if routing simulator's API (docs/SIMULATOR.md). */
package org.contactcenter.web.simulations;
