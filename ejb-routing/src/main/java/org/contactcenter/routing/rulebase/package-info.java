/** The running rule bases: built at start-up from the rules module, reported through the API. */
package org.contactcenter.routing.rulebase;
