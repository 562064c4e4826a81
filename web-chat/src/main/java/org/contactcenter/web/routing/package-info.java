/** REST and WebSocket surfaces of routing: contacts, queues' waiting contacts, agents' status, the agent socket. */
package org.contactcenter.web.routing;
