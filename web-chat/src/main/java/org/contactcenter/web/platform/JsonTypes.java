package org.contactcenter.web.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A JSON body checked against the Java type a resource reads it into, before JSON-B binds it: JSON-B would wrap
 * 4294967297 into 1, truncate 1.5 to 1, turn 1e309 into 0 and take {@code ["x","y"]}, {@code true} or {@code -1}
 * for a text. Here an integer field takes only an integral number in its range, a text field only a string (enums,
 * dates and times are strings too), a flag only true or false, a list only an array, an object only an object;
 * {@code null} is fine except for primitives. Keys the type does not have are ignored, as JSON-B does (clients may
 * send fields of a later version). The refusal names the field.
 */
final class JsonTypes {
    private JsonTypes() {
    }

    static void check(JsonValue value, Type type, String path) throws StrictJson.Invalid {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw != null && raw.isPrimitive()) {
                throw new StrictJson.Invalid(field(path), "must not be null");
            }
            return;
        }
        if (raw == null || raw == Object.class || JsonValue.class == raw) {
            return;
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            expect(value, JsonObject.class.isAssignableFrom(raw) ? JsonValue.ValueType.OBJECT : JsonValue.ValueType.ARRAY, path, "a JSON object or array");
            return;
        }
        if (raw == int.class || raw == Integer.class) {
            integer(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == long.class || raw == Long.class) {
            integer(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == short.class || raw == Short.class) {
            integer(value, path, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            expect(value, JsonValue.ValueType.NUMBER, path, "a number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw new StrictJson.Invalid(field(path), "must be true or false");
            }
        } else if (CharSequence.class.isAssignableFrom(raw) || raw.isEnum() || raw.getName().startsWith("java.time.")
                || raw == java.util.UUID.class || raw == char.class || raw == Character.class) {
            expect(value, JsonValue.ValueType.STRING, path, raw.isEnum() ? "one of " + java.util.Arrays.toString(raw.getEnumConstants()) : "a string");
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(value, JsonValue.ValueType.OBJECT, path, "a JSON object");
            Type values = argument(type, 1);
            for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                check(entry.getValue(), values, path + "." + entry.getKey());
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            expect(value, JsonValue.ValueType.ARRAY, path, "a JSON array");
            Type elements = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            int i = 0;
            for (JsonValue element : value.asJsonArray()) {
                check(element, elements, path + "[" + i++ + "]");
            }
        } else if (!raw.getName().startsWith("java.")) {
            expect(value, JsonValue.ValueType.OBJECT, path, "a JSON object");
            for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                Type property = property(raw, entry.getKey());
                if (property != null) {
                    check(entry.getValue(), property, path.isEmpty() ? entry.getKey() : path + "." + entry.getKey());
                }
            }
        }
    }

    private static void integer(JsonValue value, String path, long min, long max) throws StrictJson.Invalid {
        String rule = "must be a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number)) {
            throw new StrictJson.Invalid(field(path), rule);
        }
        BigDecimal exact = number.bigDecimalValue();
        BigInteger whole;
        try {
            whole = exact.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw new StrictJson.Invalid(field(path), rule);
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new StrictJson.Invalid(field(path), rule);
        }
    }

    private static void expect(JsonValue value, JsonValue.ValueType type, String path, String what) throws StrictJson.Invalid {
        if (value.getValueType() != type) {
            throw new StrictJson.Invalid(field(path), "must be " + what);
        }
    }

    /** The type of a public field or record component of that name, or null when the class has none (ignored). */
    private static Type property(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getGenericType();
                }
            }
            return null;
        }
        try {
            Field field = type.getField(name);
            boolean bound = !Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())
                    && !field.isAnnotationPresent(JsonbTransient.class);
            return bound ? field.getGenericType() : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String field(String path) {
        return path.isEmpty() ? "" : path;
    }
}
