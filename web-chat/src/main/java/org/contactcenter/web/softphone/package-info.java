/** The agents' browser softphone: its SIP account (WebRTC to Asterisk's PJSIP over WSS) and Asterisk's side of it. */
package org.contactcenter.web.softphone;
