/**
 * Hours of operation: weekly time ranges in a time zone plus dated overrides (holidays, special openings), as in
 * Amazon Connect. Standard queues refer to one.
 */
package org.contactcenter.routing.hours;
