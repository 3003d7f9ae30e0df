package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.pactum.domain.user.AccountKeeper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.web.security.directory.DirectoryConfiguration;
import org.pactum.web.security.directory.DirectorySettings;
import org.pactum.web.security.directory.LdapDirectory;
import org.pactum.web.security.oidc.OidcSettings;
import org.pactum.web.security.oidc.OpenIdProvider;
import org.pactum.web.security.oidc.OpenIdSignIn;

/** Whose words the pages use for an account kept outside Pactum, for each way sign-in can be configured. */
class KeptAccountWordsTest {

    /** Every text the pages show for such an account, by bundle area. */
    private static final Map<String, List<String>> TEXTS = Map.of(
            "admin", List.of("admin.users.rolesFromDirectory", "admin.status.directory", "admin.user.directoryNote",
                    "admin.user.nameFromDirectory", "admin.user.emailFromDirectory", "admin.user.rolesFromDirectory",
                    "admin.user.directoryPassword", "admin.problem.directory"),
            "account", List.of("profile.emailHint.directory", "password.error.directory", "password.directory"));

    @ParameterizedTest(name = "directory {0}, OpenID Connect {1}")
    @CsvSource({"false, false, admin.status.directory", "true, false, admin.status.directory",
            "false, true, admin.status.directory.provider", "true, true, admin.status.directory"})
    void the_providers_words_only_when_openid_connect_alone_is_on(boolean directoryOn, boolean openIdOn, String key) {
        assertEquals(key, words(directoryOn, openIdOn).key("admin.status.directory"));
    }

    @ParameterizedTest(name = "directory {0}, OpenID Connect {1}")
    @CsvSource({"false, false", "true, false", "false, true", "true, true"})
    void an_account_that_names_its_keeper_gets_that_keepers_words_whatever_is_configured(boolean directoryOn,
                                                                                        boolean openIdOn) {
        KeptAccountWords words = words(directoryOn, openIdOn);
        assertEquals("admin.status.directory", words.of(AccountKeeper.DIRECTORY, "admin.status.directory"));
        assertEquals("admin.status.directory.provider", words.of(AccountKeeper.SINGLE_SIGN_ON, "admin.status.directory"));
        assertEquals(words.key("admin.status.directory"), words.of(null, "admin.status.directory"));
    }

    @Test
    void every_text_for_such_an_account_has_the_providers_words_in_every_language() throws IOException {
        for (Map.Entry<String, List<String>> area : TEXTS.entrySet()) {
            for (String language : List.of("ru", "kk", "en")) {
                Properties bundle = bundle(area.getKey(), language);
                for (String key : area.getValue()) {
                    String directory = bundle.getProperty(key);
                    String provider = bundle.getProperty(key + KeptAccountWords.PROVIDER);
                    assertTrue(directory != null && provider != null, area.getKey() + "/" + language + ": " + key);
                    assertTrue(!provider.contains("LDAP") && !provider.equals(directory),
                            area.getKey() + "/" + language + ": " + key + " speaks of the directory: " + provider);
                }
            }
        }
    }

    private static KeptAccountWords words(boolean directoryOn, boolean openIdOn) {
        Optional<LdapDirectory> directory = Optional.of(directoryOn).filter(on -> on).map(on -> new LdapDirectory(
                DirectorySettings.read(name -> Optional.ofNullable(Map.of(
                        "pactum.directory.url", "ldap://127.0.0.1:1",
                        "pactum.directory.user.search-base", "ou=people,dc=example,dc=org",
                        "pactum.directory.role.DRAFTER", "cn=drafters,ou=groups,dc=example,dc=org").get(name))).orElseThrow()));
        Optional<OpenIdProvider> provider = Optional.of(openIdOn).filter(on -> on).map(on -> new OpenIdProvider(
                OidcSettings.read(name -> Optional.ofNullable(Map.of(
                        "pactum.oidc.issuer", "http://127.0.0.1:1/realms/staff",
                        "pactum.oidc.client-id", "pactum",
                        "pactum.oidc.client-secret", "s3cret",
                        "pactum.oidc.role.DRAFTER", "drafters").get(name))).orElseThrow(), Clock.systemUTC()));
        return new KeptAccountWords(new DirectoryConfiguration(directory), new OpenIdSignIn(provider, null, null));
    }

    private static Properties bundle(String area, String language) throws IOException {
        String path = "/org/pactum/web/" + area + "/messages_" + language + ".properties";
        try (InputStream in = KeptAccountWordsTest.class.getResourceAsStream(path)) {
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return bundle;
        }
    }
}
