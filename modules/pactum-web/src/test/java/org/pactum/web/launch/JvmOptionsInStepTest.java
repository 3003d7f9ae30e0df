package org.pactum.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.web.support.JvmOptions;

/**
 * The Arquillian servers take config/payara/jvm-options from pom.xml's {@code pactum.jvmOptions}, since arquillian.xml
 * cannot read a file: both must say the same, or the tests would boot servers unlike the ones users run.
 */
class JvmOptionsInStepTest {

    @Test
    void arquillian_servers_run_with_the_options_of_config_payara_jvm_options() throws IOException {
        List<String> options = JvmOptions.read(Path.of("../../config/payara/jvm-options"));
        String arquillian;
        try (InputStream in = getClass().getResourceAsStream("/arquillian.xml")) {
            arquillian = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String cmdOptions = arquillian.replaceAll("(?s).*<property name=\"cmdOptions\">([^<]*)</property>.*", "$1");
        List<String> given = Arrays.stream(cmdOptions.trim().split("\\s+")).filter(o -> o.startsWith("-XX:")).toList();
        assertEquals(options, given);
    }
}
