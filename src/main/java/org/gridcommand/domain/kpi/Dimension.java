package org.gridcommand.domain.kpi;

import java.util.Locale;
import java.util.function.Function;

/**
 * What the indicators are broken down by: the whole district, the lead unit, the place (street, community, grid),
 * the category (大类, 小类), the intake channel, or the officer who registered the event. An event without a value
 * (e.g. no lead unit yet) is counted under the key {@code null}, shown as "not assigned".
 */
public enum Dimension {
    DISTRICT("全区", "Whole district", f -> "all"),
    UNIT("承办单位", "Unit", EventFacts::unitId),
    STREET("街道", "Street", EventFacts::streetId),
    COMMUNITY("社区", "Community", EventFacts::communityId),
    GRID("网格", "Grid", EventFacts::gridId),
    MAJOR_CATEGORY("大类", "Category", EventFacts::majorId),
    MINOR_CATEGORY("小类", "Subcategory", EventFacts::minorId),
    CHANNEL("受理渠道", "Channel", f -> f.channel().name()),
    OFFICER("受理员", "Intake officer", EventFacts::registeredBy);

    private final String chinese;
    private final String english;
    private final Function<EventFacts, Object> key;

    Dimension(String chinese, String english, Function<EventFacts, Object> key) {
        this.chinese = chinese;
        this.english = english;
        this.key = key;
    }

    /** The event's value in this dimension (an id, a channel's name, an officer's name), or null. */
    public Object keyOf(EventFacts facts) {
        return key.apply(facts);
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : chinese;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dimension ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
