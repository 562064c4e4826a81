/**
 * Chats (Amazon Connect's chat contacts with persistent chat): a customer's conversation, authenticated by an
 * unguessable participant token (only its hash is stored), its messages persisted and numbered before they are
 * acknowledged, driven through the contact's flows (prompts become messages, the customer's messages answer Get
 * customer input) and then exchanged with the agent. An ended chat can be resumed as a new chat linked to it.
 */
package org.contactcenter.routing.chats;
