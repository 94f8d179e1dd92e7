package org.gridcommand.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testfx.util.WaitForAsyncUtils;

/** The urgent-event alarm on consoles with and without a sound device. */
class AlertSoundTest {
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(AlertSound.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void a_console_without_a_sound_device_says_so_once_and_stays_quiet() {
        AtomicInteger asked = new AtomicInteger();
        AlertSound sound = new AlertSound(() -> {
            asked.incrementAndGet();
            // what Java Sound says on a machine with no sound card
            throw new IllegalArgumentException("No line matching interface Clip supporting format PCM_SIGNED");
        });

        sound.play();
        sound.play();
        sound.play();

        assertThat(asked).as("the device is not asked again after it failed").hasValue(1);
        assertThat(log.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel().toString()).isEqualTo("WARN");
            assertThat(line.getFormattedMessage()).contains("No sound for urgent events", "No line matching");
        });
    }

    @Test
    void a_busy_device_opens_nothing_and_throws_nothing() {
        RecordingClip clip = new RecordingClip(new LineUnavailableException("Device or resource busy"));
        AlertSound sound = new AlertSound(clip::asClip);

        sound.play();
        sound.play();

        assertThat(clip.started).isZero();
        assertThat(log.list).hasSize(1);
    }

    @Test
    void with_a_sound_device_every_alarm_plays_both_beeps_and_gives_the_device_back() {
        List<RecordingClip> opened = new ArrayList<>();
        AlertSound sound = new AlertSound(() -> {
            RecordingClip clip = new RecordingClip(null);
            opened.add(clip);
            return clip.asClip();
        });

        sound.play();
        sound.play();

        assertThat(opened).hasSize(2).allSatisfy(clip -> {
            assertThat(clip.format.getSampleRate()).isEqualTo(22_050f);
            assertThat(clip.format.getChannels()).isEqualTo(1);
            // two beeps of 180 ms and a gap of 90 ms, 2 bytes a sample
            assertThat(clip.bytes).isEqualTo((3969 * 2 + 1984) * 2);
            assertThat(clip.started).isEqualTo(1);
        });
        opened.get(0).stop();
        assertThat(opened.get(0).closed).isTrue();
        assertThat(opened.get(1).closed).isFalse();
        assertThat(log.list).isEmpty();
    }

    @Test
    void the_real_sound_system_of_this_machine_never_throws_on_any_thread() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            List<Clip> clips = new CopyOnWriteArrayList<>();
            AlertSound sound = new AlertSound(() -> {
                Clip clip = AudioSystem.getClip();
                clips.add(clip);
                return clip;
            });
            sound.play();
            sound.play();
            // JavaFX's AudioClip failed here, a moment later, on a thread of its own: wait until the beeps have
            // played and given their device back, or the machine has said it has no sound
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !log.list.isEmpty()
                    || clips.size() == 2 && clips.stream().noneMatch(Clip::isOpen));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).isEmpty();
        assertThat(log.list).hasSizeLessThanOrEqualTo(1);
    }

    /** A clip that records what the alarm does with it; fails to open with {@code openFailure} if given. */
    private static final class RecordingClip {
        private final Exception openFailure;
        private final List<LineListener> listeners = new ArrayList<>();
        AudioFormat format;
        int bytes;
        int started;
        boolean closed;
        private Clip self;

        RecordingClip(Exception openFailure) {
            this.openFailure = openFailure;
        }

        void stop() {
            listeners.forEach(l -> l.update(new LineEvent(self, LineEvent.Type.STOP, bytes / 2)));
        }

        Clip asClip() {
            self = (Clip) Proxy.newProxyInstance(Clip.class.getClassLoader(), new Class<?>[] {Clip.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "addLineListener" -> listeners.add((LineListener) args[0]);
                            case "open" -> {
                                if (openFailure != null) {
                                    throw openFailure;
                                }
                                format = (AudioFormat) args[0];
                                bytes = (Integer) args[3];
                            }
                            case "start" -> started++;
                            case "close" -> closed = true;
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            case "toString" -> {
                                return "recording clip";
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
            return self;
        }
    }
}
