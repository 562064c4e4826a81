/** REST view of the running rule bases. */
package org.contactcenter.web.rules;
