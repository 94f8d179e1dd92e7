package org.gridcommand.ui.account;

import java.util.Locale;
import java.util.stream.Collectors;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.service.event.EventWords;

/**
 * How the status bar and the lock screen name the operator: the roles in the console's language, from the role
 * table, then the person's display name as written ("值班员 王磊", "Duty officer 王磊").
 */
public final class OperatorName {
    private final EventWords words;

    public OperatorName(Locale locale) {
        this.words = new EventWords(locale);
    }

    public String of(Account account) {
        String roles = account.roles().stream().map(r -> words.say(Phrase.of("role." + r.name())))
                .collect(Collectors.joining(words.locale().getLanguage().equals("zh") ? "、" : ", "));
        if (!roles.isEmpty()) {
            roles = roles.substring(0, 1).toUpperCase(words.locale()) + roles.substring(1);
        }
        String name = account.displayName() == null || account.displayName().isBlank() ? account.loginName()
                : account.displayName();
        return roles.isEmpty() ? name : roles + " " + name;
    }
}
