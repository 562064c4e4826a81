package org.contactcenter.routing.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.contactcenter.routing.users.entity.PhoneType;
import org.contactcenter.routing.users.entity.Role;
import org.contactcenter.routing.users.entity.User;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;

class UserTest {
    static User.Profile profile(Set<Role> roles, PhoneType phone, String endpoint, int acwVoice) {
        return new User.Profile("A", "B", null, roles, null, phone, endpoint, acwVoice, 0);
    }

    @Test
    void aUserNeedsARoleAndAnAgentARoutingProfile() {
        assertThrows(IllegalArgumentException.class, () -> new User("u", "hash", profile(Set.of(), PhoneType.SOFT_PHONE, null, 0)));
        assertThrows(IllegalArgumentException.class, () -> new User("u", "hash", profile(Set.of(Role.AGENT), PhoneType.SOFT_PHONE, null, 0)));
    }

    @Test
    void aDeskPhoneNeedsAnEndpointAndAcwIsNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new User("u", "hash", profile(Set.of(Role.ADMIN), PhoneType.DESK_PHONE, null, 0)));
        assertThrows(IllegalArgumentException.class, () -> new User("u", "hash", profile(Set.of(Role.ADMIN), PhoneType.SOFT_PHONE, null, -1)));
    }

    @Test
    void acwTimeoutsArePerChannelAndRolesMapToSecurityRoleNames() {
        User user = new User("u", "hash", profile(Set.of(Role.SUPERVISOR, Role.ADMIN), PhoneType.SOFT_PHONE, null, 30));
        assertEquals(30, user.afterContactWorkTimeout(Channel.VOICE));
        assertEquals(0, user.afterContactWorkTimeout(Channel.CHAT));
        assertTrue(user.roles().contains(Role.ADMIN));
        assertEquals("supervisor", Role.SUPERVISOR.roleName());
        assertThrows(IllegalArgumentException.class, () -> new User("u", " ", profile(Set.of(Role.ADMIN), PhoneType.SOFT_PHONE, null, 0)));
    }
}
