package org.gridcommand.ui.admin;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.service.account.AccountAdministration;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * The administrator's screen (管理): a tab of the side panel shown only while an administrator holds the console,
 * with its own panes: the accounts, and the panes added with {@link #addPane} (the tokens of the command line
 * and the sending systems).
 */
public final class AdminFeature {
    private final TabPane featurePanels;
    private final WatchRights rights;
    private final AccountsModel accounts;
    private final TabPane panes = new TabPane();
    /** What the added panes do when an administrator takes the console (see {@link #addPane}). */
    private final List<Runnable> whenAdministrator = new ArrayList<>();
    private final Tab tab;

    public AdminFeature(TabPane featurePanels, AccountAdministration admin, WatchRights rights, BackgroundTasks tasks,
                        Messages messages, ZoneId zone) {
        this.featurePanels = featurePanels;
        this.rights = rights;
        this.accounts = new AccountsModel(admin, tasks, messages);
        ScrollPane scroll = new ScrollPane(new AccountsView(accounts, messages, zone));
        scroll.setFitToWidth(true);
        Tab accountsPane = new Tab(messages.get("admin.accounts"), scroll);
        accountsPane.setId("accounts-pane");
        accountsPane.setClosable(false);
        panes.setId("admin-panes");
        panes.getTabs().add(accountsPane);
        tab = new Tab(messages.get("admin.tab"), panes);
        tab.setId("admin-tab");
        tab.setClosable(false);
        operatorChanged();
    }

    /** The administrator's panes: add a pane here (e.g. the tokens pane) to put it beside the accounts. */
    public TabPane panes() {
        return panes;
    }

    /**
     * Adds a pane beside the accounts, made the first time an administrator holds the console (its first read is
     * an administrator's) and refreshed whenever the console is handed to an administrator again.
     */
    public <P extends Node> void addPane(String title, String id, Supplier<P> make, Consumer<P> refresh) {
        Tab pane = new Tab(title);
        pane.setId(id);
        pane.setClosable(false);
        panes.getTabs().add(pane);
        List<P> made = new ArrayList<>(1);
        Runnable shown = () -> {
            if (made.isEmpty()) {
                made.add(make.get());
                pane.setContent(made.get(0));
            } else {
                refresh.accept(made.get(0));
            }
        };
        whenAdministrator.add(shown);
        if (rights.may(UseCase.ACCOUNTS)) {
            shown.run();
        }
    }

    /** The side panel's tab (for a wider right side while it is shown). */
    public Tab tab() {
        return tab;
    }

    /** Shows the screen to an administrator only; called at start and after every hand-over or sign-in. */
    public void operatorChanged() {
        boolean mayAdminister = rights.may(UseCase.ACCOUNTS);
        if (mayAdminister && !featurePanels.getTabs().contains(tab)) {
            featurePanels.getTabs().add(tab);
        } else if (!mayAdminister) {
            featurePanels.getTabs().remove(tab);
        }
        if (mayAdminister) {
            accounts.load();
            whenAdministrator.forEach(Runnable::run);
        }
    }

    public void dispose() {
        featurePanels.getTabs().remove(tab);
    }
}
