package org.gridcommand.ui.dispatch;

import java.util.concurrent.Callable;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm for a new urgent event: two short beeps, generated in memory (no binary in the sources) and played on a
 * Java Sound {@link Clip}. Java Sound reports a missing or busy device while the clip is opened, on the caller's
 * thread; JavaFX's {@code AudioClip} reported it later as an uncaught {@code MediaException} on a thread of its own,
 * where nobody could catch it. A console without a sound device (a server, a headless test) logs it once and carries
 * on: the visual alert still works.
 */
public final class AlertSound {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSound.class);
    private static final float RATE = 22_050f;
    static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);
    private static final byte[] BEEPS = beeps();

    private final Callable<Clip> clips;
    private boolean failed;

    public AlertSound() {
        this(AudioSystem::getClip);
    }

    /** @param clips a new, unopened clip on the sound device for each alarm */
    AlertSound(Callable<Clip> clips) {
        this.clips = clips;
    }

    /** Plays the beeps; after the first failure it stays silent (one log line, never an exception). */
    public void play() {
        if (failed) {
            return;
        }
        try {
            Clip clip = clips.call();
            clip.addLineListener(e -> {
                // each alarm opens its own clip: give the device back when the beeps end
                if (e.getType() == LineEvent.Type.STOP) {
                    e.getLine().close();
                }
            });
            clip.open(FORMAT, BEEPS, 0, BEEPS.length);
            clip.start();
        } catch (Exception | LinkageError e) {
            // no device: IllegalArgumentException ("No line matching…"); busy: LineUnavailableException;
            // no ALSA library: UnsatisfiedLinkError
            failed = true;
            LOG.warn("No sound for urgent events ({}); the visual alert stays", e.toString());
        }
    }

    /** Two 880 Hz beeps of 180 ms with a short fade and a 90 ms gap, 16-bit mono little-endian PCM. */
    static byte[] beeps() {
        int beep = (int) (RATE * 0.18);
        int gap = (int) (RATE * 0.09);
        byte[] pcm = new byte[(beep * 2 + gap) * 2];
        int i = 0;
        for (int b = 0; b < 2; b++) {
            for (int n = 0; n < beep; n++, i += 2) {
                double fade = Math.min(1, Math.min(n, beep - n) / (RATE * 0.01));
                short s = (short) (Math.sin(2 * Math.PI * 880 * n / RATE) * 0.5 * fade * Short.MAX_VALUE);
                pcm[i] = (byte) s;
                pcm[i + 1] = (byte) (s >> 8);
            }
            if (b == 0) {
                i += gap * 2;
            }
        }
        return pcm;
    }
}
