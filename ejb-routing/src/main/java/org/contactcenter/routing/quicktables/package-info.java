/**
 * Quick tables: named key/value tables in the database that contact flows read and write (the on-prem use of
 * Amazon Connect's data tables / DynamoDB), e.g. the last queue of each caller. Each item's value is a JSON object
 * of string attributes and keeps the time it was last written.
 */
package org.contactcenter.routing.quicktables;
