package org.gridcommand.domain.kpi;

import java.util.Locale;
import org.gridcommand.domain.event.Channel;

/** The intake channels as officers name them, for breakdowns by channel. */
public final class ChannelLabel {
    private ChannelLabel() {
    }

    public static String of(Channel channel, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return switch (channel) {
            case GRID_WORKER -> en ? "Grid worker" : "网格员上报";
            case HOTLINE -> en ? "12345 hotline" : "12345热线";
            case SENSOR -> en ? "Sensor" : "物联感知";
            case AI_CAMERA -> en ? "AI camera" : "AI视频";
            case DUTY_OFFICER -> en ? "Duty officer" : "值班员录入";
        };
    }
}
