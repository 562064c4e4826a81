package org.contactcenter.routing.demo;

import java.util.Map;
import java.util.Optional;

/**
 * The demo customer-lookup service's customers (what a CRM would answer): name, company, title, membership level
 * and last order, by caller number. Served by the web tier at /api/v1/demo/customer-lookup while the demo is on.
 */
public final class DemoCustomers {
    public record Customer(String name, String company, String title, String membershipLevel, String lastOrder) {
        public Map<String, String> attributes() {
            return Map.of("found", "true", "name", name, "company", company, "title", title, "membershipLevel", membershipLevel,
                    "lastOrder", lastOrder);
        }
    }

    private static final Map<String, Customer> BY_NUMBER = Map.of(
            "+819011112222", new Customer("Hanako Yamada", "Example Trading K.K.", "Purchasing manager", "GOLD", "Order 10023, 2026-11-02"),
            "+819033334444", new Customer("Taro Suzuki", "Suzuki Logistics", "CEO", "PLATINUM", "Order 10031, 2026-11-20"),
            "+14155550100", new Customer("Grace Miller", "Miller & Sons", "Office manager", "SILVER", "Order 9987, 2026-10-11"));

    private DemoCustomers() {
    }

    public static Optional<Customer> byNumber(String number) {
        return Optional.ofNullable(number == null ? null : BY_NUMBER.get(number));
    }
}
