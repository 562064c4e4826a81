/** Phone numbers (E.164, as dialled into the PBX) and the inbound contact flow each one starts. */
package org.contactcenter.routing.phonenumbers;
