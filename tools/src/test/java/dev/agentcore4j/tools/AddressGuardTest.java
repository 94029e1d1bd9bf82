package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Address classification only: literals are parsed locally, nothing is resolved or connected. */
class AddressGuardTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, loopback", "127.255.0.9, loopback", "::1, loopback", "::ffff:127.0.0.1, loopback",
            "64:ff9b::7f00:1, loopback", "2002:7f00:1::, loopback",
            "10.0.0.1, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "100.64.0.1, private", "fc00::1, private", "fd12:3456::1, private",
            "169.254.169.254, link-local", "169.254.0.1, link-local", "fe80::1, link-local",
            "0.0.0.0, unspecified", "::, unspecified", "224.0.0.1, multicast", "ff02::1, multicast",
            "255.255.255.255, reserved", "240.0.0.1, reserved",
    })
    void classifies_non_public_addresses(String literal, String kind) throws UnknownHostException {
        assertThat(AddressGuard.classify(InetAddress.getByName(literal))).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "2606:4700::1111"})
    void treats_public_addresses_as_public(String literal) throws UnknownHostException {
        assertThat(AddressGuard.classify(InetAddress.getByName(literal))).isEmpty();
    }

    @Test
    void checks_every_resolved_address_not_just_the_first() {
        AddressGuard guard = new AddressGuard(FetchPolicy.defaults(),
                host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")});

        assertThatThrownBy(() -> guard.check(URI.create("http://mixed.example/")))
                .hasMessageContaining("private address (10.1.2.3)");
    }

    @Test
    void private_networks_can_be_allowed_separately_from_loopback() {
        AddressGuard.Resolver intranet = host -> new InetAddress[] {InetAddress.getByName(
                host.equals("intranet.example") ? "10.1.2.3" : "127.0.0.1")};
        AddressGuard guard = new AddressGuard(FetchPolicy.defaults().allowPrivateNetworks(true), intranet);

        assertThatCode(() -> guard.check(URI.create("https://intranet.example/wiki"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.check(URI.create("https://loopback.example/")))
                .hasMessageContaining("loopback address");
    }

    @Test
    void unknown_hosts_are_reported_without_resolver_details() {
        AddressGuard guard = new AddressGuard(FetchPolicy.defaults(), host -> {
            throw new UnknownHostException(host + ": Temporary failure in name resolution");
        });

        assertThatThrownBy(() -> guard.check(URI.create("http://nowhere.invalid/")))
                .hasMessage("unknown host 'nowhere.invalid'");
        assertThat(Optional.of(FetchPolicy.defaults())).get()
                .returns(false, FetchPolicy::allowLoopback).returns(false, FetchPolicy::allowPrivateNetworks)
                .returns(1 << 20, FetchPolicy::maxBytes).returns(3, FetchPolicy::maxRedirects);
    }
}
