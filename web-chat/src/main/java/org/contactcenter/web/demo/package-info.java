/** The demo instance's services, served only while the demo is on ({@code cc.demo.enabled}). */
package org.contactcenter.web.demo;
