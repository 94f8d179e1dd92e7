package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventTransition;
import org.junit.jupiter.api.Test;

/** Nothing is ever rewritten: there is no code path that updates or deletes a history line or a notice. */
class HistoryIsAppendOnlyTest {

    @Test
    void a_history_line_has_no_setter_and_no_updatable_column() {
        for (Class<?> type : List.of(EventTransition.class, EventNotice.class)) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    assertThat(m.getName()).as(type.getSimpleName() + "." + m.getName()).startsWith("get");
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (f.isAnnotationPresent(Id.class) || Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Column column = f.getAnnotation(Column.class);
                assertThat(column).as(type.getSimpleName() + "." + f.getName() + " has @Column").isNotNull();
                assertThat(column.updatable()).as(type.getSimpleName() + "." + f.getName() + " updatable").isFalse();
            }
        }
    }

    @Test
    void no_source_file_updates_or_deletes_history_or_notices() throws IOException {
        Pattern rewrite = Pattern.compile("(update|delete\\s+from|delete)\\s+(event_transition|eventtransition"
                + "|event_notice|eventnotice)\\b|(truncate|drop)\\s+table\\s+(event_transition|event_notice)");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> {
                        try {
                            return rewrite.matcher(Files.readString(p).toLowerCase(Locale.ROOT)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
