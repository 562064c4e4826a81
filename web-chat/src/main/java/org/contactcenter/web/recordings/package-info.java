/** The recordings archive's API: retention runs and the audit trail (downloads are under contact-records). */
package org.contactcenter.web.recordings;
