/**
 * Hours of operation as a decision: is a schedule open at an instant, and when does that next change — in the
 * schedule's time zone, with dated overrides and daylight-saving changes. Plain Java; the flows' "Check hours of
 * operation" and the EE side's open/close timers both ask it.
 */
package org.contactcenter.rules.hours;
