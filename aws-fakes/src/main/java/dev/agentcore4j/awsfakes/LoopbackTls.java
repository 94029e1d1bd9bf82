package dev.agentcore4j.awsfakes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code 127.0.0.1}/{@code localhost}, made once per JVM with the JDK's
 * own {@code keytool} (the JDK has no public API to sign a certificate) into a temporary PKCS#12 file.
 * ECR's registry speaks HTTPS only, and so does the {@link RegistryFake}; its certificate is simply
 * not trusted by anyone who did not ask for {@link #clientContext()}.
 */
final class LoopbackTls {

    private static final Object LOCK = new Object();
    private static KeyStore keyStore;
    private static char[] password;

    private LoopbackTls() {
    }

    /** A server context presenting the loopback certificate. */
    static SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS for the registry fake: " + e.getMessage(), e);
        }
    }

    /** A client context that trusts the loopback certificate (and nothing else). */
    static SSLContext clientContext() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("registry", keyStore().getCertificate("registry"));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot trust the registry fake's certificate: " + e.getMessage(), e);
        }
    }

    private static KeyStore keyStore() {
        synchronized (LOCK) {
            if (keyStore == null) {
                byte[] secret = new byte[16];
                new SecureRandom().nextBytes(secret);
                password = HexFormat.of().formatHex(secret).toCharArray();
                keyStore = generate(password);
            }
            return keyStore;
        }
    }

    private static KeyStore generate(char[] password) {
        try {
            Path dir = Files.createTempDirectory("aws-fakes-tls");
            Path file = dir.resolve("loopback.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            ProcessBuilder builder = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "registry",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                    "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass:env", "AWS_FAKES_TLS", "-keypass:env", "AWS_FAKES_TLS"))
                    .redirectErrorStream(true);
            // The password reaches keytool through its own environment, never its command line.
            builder.environment().put("AWS_FAKES_TLS", new String(password));
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(keytool + " failed with exit code " + process.exitValue() + ": " + output);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            Files.delete(file);
            Files.delete(dir);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the loopback certificate: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the loopback certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the loopback certificate: " + e.getMessage(), e);
        }
    }
}
