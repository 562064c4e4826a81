/** REST surface of contact records: search, one record, a chat's transcript (docs/RECORDS.md). */
package org.contactcenter.web.records;
