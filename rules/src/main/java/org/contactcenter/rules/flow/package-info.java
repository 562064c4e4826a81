/**
 * Contact flows in plain Java: the parsed flow document ({@link FlowDocument}, {@link FlowAction}), the catalogue
 * of block types with Amazon Connect's semantics ({@link BlockCatalog}), the validator that names every problem
 * with a JSON pointer ({@link FlowValidator}), and the fact ({@link BlockStep}) on which the {@code flows} rule
 * base decides each block's transition and attribute changes (see rules/README.md). No Jakarta EE here: the flow
 * engine in ejb-routing walks a flow, gathers the system facts a block needs, and asks these rules what happens.
 */
package org.contactcenter.rules.flow;
