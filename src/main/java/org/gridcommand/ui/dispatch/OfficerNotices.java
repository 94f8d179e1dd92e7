package org.gridcommand.ui.dispatch;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gridcommand.service.event.EventWords;

/**
 * The non-blocking messages of the dispatch screens ("已签收 SJ…", "已被 李娜 于 10:42 派遣"): the latest one, which
 * the view shows as a toast. A refusal is worded from its reason in the console's language; anything else is a
 * fault and shows its message.
 */
final class OfficerNotices {
    /** One message; {@code problem} ones are drawn in the alarm colour. */
    record Notice(String text, boolean problem, long serial) {
    }

    private final ReadOnlyObjectWrapper<Notice> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final EventWords words;
    private long serial;

    OfficerNotices(EventWords words) {
        this.words = words;
    }

    ReadOnlyObjectProperty<Notice> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    void info(String text) {
        latest.set(new Notice(text, false, ++serial));
    }

    /** Says what went wrong in the officer's words; a lost race names who won. */
    void problem(Throwable failure) {
        latest.set(new Notice(explain(failure), true, ++serial));
    }

    String explain(Throwable failure) {
        String refusal = words.refusal(failure);
        if (refusal != null) {
            return refusal;
        }
        Throwable t = failure;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
