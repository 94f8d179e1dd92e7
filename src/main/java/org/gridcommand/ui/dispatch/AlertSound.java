package org.gridcommand.ui.dispatch;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.media.AudioClip;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm for a new urgent event: two short beeps, generated once as a WAV file (no binary in the sources) and
 * played with JavaFX media. A console without a sound device (a server, a headless test) logs it once and carries
 * on: the visual alert still works.
 */
public final class AlertSound {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSound.class);
    private static final float RATE = 22_050f;

    private AudioClip clip;
    private boolean failed;

    /** Plays the two beeps (the triage desk's 特急 alarm uses the same sound). */
    public void play() {
        if (failed) {
            return;
        }
        try {
            if (clip == null) {
                clip = new AudioClip(writeBeep().toUri().toString());
            }
            clip.play();
        } catch (Throwable t) {
            failed = true;
            LOG.warn("No sound for urgent events ({}); the visual alert stays", t.toString());
        }
    }

    /** Two 880 Hz beeps of 180 ms with a short fade, 16-bit mono PCM. */
    static Path writeBeep() throws java.io.IOException {
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
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        Path file = Files.createTempFile("gridcommand-alert-", ".wav");
        file.toFile().deleteOnExit();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }
}
