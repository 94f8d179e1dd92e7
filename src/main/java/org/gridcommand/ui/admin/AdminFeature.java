package org.gridcommand.ui.admin;

import java.time.ZoneId;
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
 * with its own panes — accounts now; {@link #panes()} is where further panes go (the CLI tokens pane of issue 12).
 */
public final class AdminFeature {
    private final TabPane featurePanels;
    private final WatchRights rights;
    private final AccountsModel accounts;
    private final TabPane panes = new TabPane();
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
        }
    }

    public void dispose() {
        featurePanels.getTabs().remove(tab);
    }
}
