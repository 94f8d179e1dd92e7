package org.gridcommand.service.kpi;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.kpi.ChannelLabel;
import org.gridcommand.domain.kpi.Dimension;

/** Names a breakdown's keys in one language: units, areas and categories by id, channels, officers as they are. */
final class RowNames implements Function<Object, String> {
    private final Map<Long, String> byId;
    private final Dimension dimension;
    private final Locale locale;

    RowNames(Map<Long, String> byId, Dimension dimension, Locale locale) {
        this.byId = byId;
        this.dimension = dimension;
        this.locale = locale;
    }

    @Override
    public String apply(Object key) {
        boolean en = "en".equals(locale.getLanguage());
        if (key == null) {
            return en ? "(not assigned)" : "（未指派）";
        }
        if ("all".equals(key)) {
            return Dimension.DISTRICT.label(locale);
        }
        if (key instanceof Long id) {
            return byId.getOrDefault(id, "#" + id);
        }
        if (dimension == Dimension.CHANNEL) {
            return ChannelLabel.of(Channel.valueOf((String) key), locale);
        }
        return key.toString();
    }
}
