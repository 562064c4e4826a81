package org.contactcenter.routing.chats.boundary;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.contactcenter.routing.platform.InvalidInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A callback number as a customer types it: in E.164 ({@code +81 90 1234 5678}) or in the national form of
 * {@code cc.chat.default-country} ({@code 090-1234-5678} for JP), with spaces, dashes or brackets; answered in
 * E.164 ({@code +819012345678}). Parsed and checked by libphonenumber; a number that is not a valid phone number is
 * 400 naming {@code phoneNumber}.
 */
@ApplicationScoped
public class CallbackNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Inject
    @ConfigProperty(name = "cc.chat.default-country", defaultValue = "JP")
    String defaultCountry;

    public CallbackNumbers() {
    }

    CallbackNumbers(String defaultCountry) {
        this.defaultCountry = defaultCountry;
    }

    public String normalize(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 32) {
            throw invalid();
        }
        try {
            PhoneNumber number = UTIL.parse(typed.trim(), defaultCountry == null || defaultCountry.isBlank() ? "ZZ" : defaultCountry.toUpperCase(Locale.ROOT));
            if (!UTIL.isValidNumber(number)) {
                throw invalid();
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw invalid();
        }
    }

    private InvalidInput invalid() {
        return InvalidInput.of("phoneNumber", "not a phone number: give it with the country code (+81 90 1234 5678)"
                + (defaultCountry == null || defaultCountry.isBlank() ? "" : " or in the national form of " + defaultCountry + " (090-1234-5678)"));
    }
}
