/**
 * External functions, the on-prem "Invoke Lambda function": named HTTP endpoints a flow calls with the contact's
 * attributes and the customer's number, within a timeout; the JSON answer's string values become contact
 * attributes. Timeouts and errors take the block's error branch.
 */
package org.contactcenter.routing.functions;
