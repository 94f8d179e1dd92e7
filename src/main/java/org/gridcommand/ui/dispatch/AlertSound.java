package org.gridcommand.ui.dispatch;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm for a new urgent event: two short beeps, generated once as a WAV file (no binary in the sources) and
 * played as a Java Sound clip. A console without a sound device (a server, a headless test) logs it once and
 * carries on: the visual alert still works. Java Sound opens the device here, where the failure can be caught;
 * JavaFX's AudioClip failed later on its own thread, as an uncaught exception.
 */
final class AlertSound {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSound.class);
    private static final float RATE = 22_050f;

    private Clip clip;
    private boolean failed;

    void play() {
        if (failed) {
            return;
        }
        try {
            if (clip == null) {
                Clip opened = AudioSystem.getClip();
                try (AudioInputStream beep = AudioSystem.getAudioInputStream(writeBeep().toFile())) {
                    opened.open(beep);
                }
                clip = opened;
            }
            clip.stop();
            clip.setFramePosition(0);
            clip.start();
        } catch (Exception | LinkageError e) {
            failed = true;
            LOG.warn("No sound for urgent events ({}); the visual alert stays", e.toString());
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
