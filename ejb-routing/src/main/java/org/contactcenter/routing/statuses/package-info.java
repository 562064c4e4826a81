/**
 * Agent statuses: the standard Available (routable) and Offline, and up to 48 custom statuses (Break, Training, …)
 * that keep an agent online but not routable. At most 50 in all, as in Amazon Connect.
 */
package org.contactcenter.routing.statuses;
