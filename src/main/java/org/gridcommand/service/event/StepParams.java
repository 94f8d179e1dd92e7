package org.gridcommand.service.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.event.Phrase;

/**
 * The parameters of a history line or a notice: what happened, as names, numbers and enum names in a small JSON
 * object ({@code {"lead":"城管局","co":["住建局"]}}), never as worded text. {@link EventWords} words them in the
 * reader's language. A {@link Phrase} is stored as {@code {"key":…,"args":[…]}}.
 */
public final class StepParams {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The column holds 2,000 characters; a longer list of names is cut, never the whole line lost. */
    private static final int MAX = 2000;

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static StepParams of(String name, Object value) {
        return new StepParams().with(name, value);
    }

    /** Adds {@code name}; null values and empty lists are left out. Enums are stored by name. */
    public StepParams with(String name, Object value) {
        Object v = plain(value);
        if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
            values.put(name, v);
        }
        return this;
    }

    /** The JSON text, or null when there is nothing to store. */
    public String json() {
        if (values.isEmpty()) {
            return null;
        }
        try {
            String text = JSON.writeValueAsString(values);
            return text.length() <= MAX ? text : JSON.writeValueAsString(Map.of("cut", true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write step parameters", e);
        }
    }

    /** The parameters stored as {@code json}; empty for null or text that is not a JSON object. */
    public static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** {@code phrase} alone as JSON ({@code {"key":…,"args":[…]}}), or null for none. */
    public static String phraseJson(Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(plain(phrase));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a phrase", e);
        }
    }

    /** The phrase stored by {@link #phraseJson}, or null for none or unreadable text. */
    static Phrase readPhrase(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return phrase(JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A phrase stored by {@link #with}, or null. */
    static Phrase phrase(Object stored) {
        if (stored instanceof Map<?, ?> m && m.get("key") instanceof String key) {
            List<Object> args = new ArrayList<>();
            if (m.get("args") instanceof List<?> list) {
                list.forEach(a -> args.add(a instanceof Map<?, ?> ? phrase(a) : a));
            }
            return new Phrase(key, args);
        }
        return null;
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Phrase p) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("args", p.args().stream().map(StepParams::plain).toList());
            return m;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StepParams::plain).toList();
        }
        return value;
    }
}
