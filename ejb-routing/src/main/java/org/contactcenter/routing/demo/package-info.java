/** The demo instance, loaded into an empty database at start-up unless {@code cc.demo.enabled=false}. */
package org.contactcenter.routing.demo;
