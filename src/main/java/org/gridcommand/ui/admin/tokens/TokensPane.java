package org.gridcommand.ui.admin.tokens;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.service.account.TokenService;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * The administrator screen's tokens tab: the list (never a secret), issuing a token that acts as an account or one
 * for a sending system bound to its channel (the secret shown once, with a copy button), and revoking. Every call
 * goes through {@link BackgroundTasks}; a refusal (not an administrator, a taken name) is shown in words.
 */
public final class TokensPane extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private final TokenService tokens;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final EventWords words;
    private final TableView<ApiToken> table = new TableView<>();
    private final TextField name = new TextField();
    private final TextField account = new TextField();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final TextField secret = new TextField();
    private final Button copy = new Button();
    private final Label status = new Label();

    public TokensPane(TokenService tokens, BackgroundTasks tasks, Messages messages) {
        this.tokens = tokens;
        this.tasks = tasks;
        this.messages = messages;
        this.words = new EventWords(messages.locale());
        setSpacing(8);
        table.setId("token-table");
        table.getColumns().add(column("tokens.col.name", ApiToken::name));
        table.getColumns().add(column("tokens.col.actsAs", t -> t.sender()
                ? messages.get("tokens.sender", t.channel().name())
                : messages.get("tokens.account", t.accountLogin())));
        table.getColumns().add(column("tokens.col.issued", t -> when(t.createdAt()) + " " + t.createdBy()));
        table.getColumns().add(column("tokens.col.lastUsed", t -> t.lastUsedAt() == null
                ? messages.get("tokens.never") : when(t.lastUsedAt())));
        table.getColumns().add(column("tokens.col.status", t -> t.revoked()
                ? messages.get("tokens.revoked", when(t.revokedAt())) : messages.get("tokens.active")));
        VBox.setVgrow(table, Priority.ALWAYS);
        name.setId("token-name");
        name.setPromptText(messages.get("tokens.name"));
        account.setId("token-account");
        account.setPromptText(messages.get("tokens.accountPrompt"));
        channel.setId("token-channel");
        channel.getItems().addAll(TokenService.SENDER_CHANNELS);
        channel.setPromptText(messages.get("tokens.channelPrompt"));
        Button issue = new Button(messages.get("tokens.issue"));
        issue.setId("token-issue");
        issue.setOnAction(e -> issue());
        Button revoke = new Button(messages.get("tokens.revoke"));
        revoke.setId("token-revoke");
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        revoke.setOnAction(e -> revoke());
        secret.setId("token-secret");
        secret.setEditable(false);
        secret.setVisible(false);
        HBox.setHgrow(secret, Priority.ALWAYS);
        copy.setId("token-copy");
        copy.setText(messages.get("tokens.copy"));
        copy.setVisible(false);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(secret.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        status.setId("token-status");
        status.setWrapText(true);
        getChildren().addAll(table, new HBox(8, name, account, channel, issue, revoke), new HBox(8, secret, copy),
                status);
        refresh();
    }

    private TableColumn<ApiToken, String> column(String key, Function<ApiToken, String> text) {
        TableColumn<ApiToken, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }

    private String when(Instant t) {
        return WHEN.format(t.atZone(ZoneId.systemDefault()));
    }

    /** Reads the list again (off the FX thread). */
    public void refresh() {
        tasks.run(tokens::list, table.getItems()::setAll, this::refused);
    }

    private void issue() {
        String n = name.getText();
        String login = account.getText() == null ? "" : account.getText().strip();
        Channel ch = channel.getValue();
        if (login.isEmpty() == (ch == null)) {
            status.setText(messages.get("tokens.needKind"));
            return;
        }
        tasks.run(() -> ch == null ? tokens.issueForAccount(n, login) : tokens.issueForSender(n, ch), issued -> {
            // shown this once: the database keeps only its hash
            secret.setText(issued.secret());
            secret.setVisible(true);
            copy.setVisible(true);
            status.setText(messages.get("tokens.issued", issued.token().name()));
            name.clear();
            account.clear();
            channel.setValue(null);
            refresh();
        }, this::refused);
    }

    private void revoke() {
        ApiToken chosen = table.getSelectionModel().getSelectedItem();
        tasks.run(() -> {
            tokens.revoke(chosen.name());
            return chosen.name();
        }, revoked -> {
            status.setText(messages.get("tokens.revokedNow", revoked));
            refresh();
        }, this::refused);
    }

    private void refused(Throwable failure) {
        String said = words.refusal(failure);
        status.setText(said != null ? said : messages.get("tokens.failed", String.valueOf(failure.getMessage())));
    }
}
