/** REST resources of the configuration model (one per Amazon Connect concept), all built on CrudResource. */
package org.contactcenter.web.config;
