/** Quick connects: named transfer targets for agents — a queue, another agent, or an external phone number. */
package org.contactcenter.routing.quickconnects;
