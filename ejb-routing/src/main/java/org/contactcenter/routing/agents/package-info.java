/** Agents at work: the status each agent chose (Available, Offline, a custom status), kept across restarts. */
package org.contactcenter.routing.agents;
