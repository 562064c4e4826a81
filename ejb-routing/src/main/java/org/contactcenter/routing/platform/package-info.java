/**
 * The shared kernel of the EE side: the application datasource (H2 by default, PostgreSQL by configuration),
 * the clock, database health, and the exceptions every boundary throws for bad input (400), unknown ids (404)
 * and conflicts (409). They roll the transaction back, so no request writes part of its change.
 */
package org.contactcenter.routing.platform;
