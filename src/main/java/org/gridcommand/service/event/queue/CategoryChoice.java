package org.gridcommand.service.event.queue;

import java.util.Locale;

/** A category (a 事项 when {@code item}) the officer can pick, with its place in the taxonomy ("市容环境 › 街面秩序 › 占道经营"). */
public record CategoryChoice(long id, String code, String name, String path, boolean item) {
    /** True when every word of {@code query} occurs in the code or the path (case-insensitive). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String hay = (code + " " + path).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return path;
    }
}
