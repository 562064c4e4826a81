/**
 * Recordings and stored chat transcripts: where their objects live (a directory by default, S3-compatible object
 * storage as the other {@link org.contactcenter.routing.recordings.control.ObjectStore}), how a call's recording
 * comes in from Asterisk's spool directory, how the retention policy moves old objects to the archive and deletes them
 * while the record always names an object that exists, and the audit of every access.
 */
package org.contactcenter.routing.recordings;
