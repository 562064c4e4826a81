/**
 * The decision side of the contact center, in plain Java (no Jakarta EE): the fact model ({@code model}), the rule
 * files (DRL and CSV decision tables under {@code src/main/resources}) and the API that loads, validates and reports
 * rule bases ({@code kbase}). Everything here is testable with plain JUnit.
 */
package org.contactcenter.rules;
