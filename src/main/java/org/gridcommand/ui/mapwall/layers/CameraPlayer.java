package org.gridcommand.ui.mapwall.layers;

import java.net.URL;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import org.gridcommand.ui.common.Messages;

/**
 * Plays a camera's stream with JavaFX media: a file or HTTP(S) URL, or "demo:clip" (or "demo:clip/NAME") for the
 * bundled demo clip
 * (looped, muted). When media cannot play here (no codec, no GStreamer plugin, a dead URL) it says so in words
 * instead of failing: a duty officer must see why there is no picture.
 */
final class CameraPlayer extends StackPane {
    static final String DEMO_CLIP = "demo:clip";
    private static final String DEMO_RESOURCE = "/assets/media/demo-camera.mp4";

    private final Messages messages;
    private final Label message = new Label();
    private MediaPlayer player;

    CameraPlayer(Messages messages) {
        this.messages = messages;
        getStyleClass().add("camera-player");
        message.setWrapText(true);
        message.setId("camera-message");
        setMinHeight(180);
        setPrefHeight(180);
        setStyle("-fx-background-color: #05080c;");
    }

    /** Starts playing {@code streamUrl} (null: shows that there is none). */
    void play(String streamUrl, boolean online) {
        stop();
        if (!online) {
            show(messages.get("camera.offlineNoVideo"));
            return;
        }
        String source = resolve(streamUrl);
        if (source == null) {
            show(messages.get("camera.noStream"));
            return;
        }
        try {
            Media media = new Media(source);
            MediaPlayer p = new MediaPlayer(media);
            p.setMute(true);
            p.setCycleCount(MediaPlayer.INDEFINITE);
            p.setOnError(() -> show(messages.get("camera.unplayable", describe(p.getError()))));
            media.setOnError(() -> show(messages.get("camera.unplayable", describe(media.getError()))));
            MediaView view = new MediaView(p);
            view.setPreserveRatio(true);
            view.fitWidthProperty().bind(widthProperty());
            view.fitHeightProperty().bind(heightProperty());
            getChildren().setAll(view);
            player = p;
            p.play();
        } catch (RuntimeException | LinkageError e) {
            // MediaException, or no media support at all in this JavaFX (UnsatisfiedLinkError)
            show(messages.get("camera.unplayable", describe(e)));
        }
    }

    /** Whether a player is running (false when a message is shown instead). */
    boolean isPlaying() {
        return player != null && player.getError() == null;
    }

    String messageText() {
        return getChildren().contains(message) ? message.getText() : "";
    }

    void stop() {
        if (player != null) {
            player.stop();
            player.dispose();
            player = null;
        }
        getChildren().clear();
    }

    private void show(String text) {
        if (player != null) {
            player.dispose();
            player = null;
        }
        message.setText(text);
        getChildren().setAll(message);
    }

    private static String resolve(String streamUrl) {
        if (streamUrl == null || streamUrl.isBlank()) {
            return null;
        }
        if (streamUrl.startsWith(DEMO_CLIP)) {
            URL clip = CameraPlayer.class.getResource(DEMO_RESOURCE);
            return clip == null ? null : clip.toExternalForm();
        }
        // anything else (rtsp:, a bare path) goes to Media, whose refusal is shown in words
        return streamUrl;
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
