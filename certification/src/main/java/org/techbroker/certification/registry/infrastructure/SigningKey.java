package org.techbroker.certification.registry.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The private key that signs certificate PDFs and its certificate chain (the signer's certificate
 * first). Loaded once from a PKCS#12 file; for the embedded default, a self-signed demonstration key
 * is generated with BouncyCastle and kept as PKCS#12 so that it survives restarts and documents
 * issued before a restart still check as the registry's.
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    /** The alias and password of the generated demonstration key store: it protects nothing. */
    static final String DEMO_ALIAS = "techbroker-demo";

    static final char[] DEMO_PASSWORD = "techbroker-demo".toCharArray();

    private static final int RSA_BITS = 3072;

    private static final Duration DEMO_VALIDITY = Duration.ofDays(20 * 366);

    public SigningKey {
        Objects.requireNonNull(privateKey);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its certificate");
        }
    }

    /** The signer's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The key under this alias in a PKCS#12 file, or the file's only key entry when the alias is
     * null or blank.
     */
    public static SigningKey fromPkcs12(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias == null || alias.isBlank() ? onlyKeyAlias(store, file) : alias;
            if (!store.isKeyEntry(chosen)) {
                throw new IllegalStateException("The key store " + file + " has no key named " + chosen);
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            Certificate[] chain = store.getCertificateChain(chosen);
            if (chain == null || chain.length == 0) {
                throw new IllegalStateException("The key " + chosen + " in " + file + " has no certificate");
            }
            return new SigningKey(
                    key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate signing key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate signing key store " + file, e);
        }
    }

    /**
     * The demonstration key kept in this file: read when the file exists, otherwise generated and
     * written there first.
     */
    static SigningKey demo(Path file) {
        if (Files.exists(file)) {
            return fromPkcs12(file, DEMO_PASSWORD, DEMO_ALIAS);
        }
        SigningKey key = selfSigned("Techbroker demonstration certificate signer (not for production)");
        key.writePkcs12(file, DEMO_PASSWORD, DEMO_ALIAS);
        return key;
    }

    /** A new RSA key with a self-signed certificate naming this common name, valid for 20 years. */
    public static SigningKey selfSigned(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            SecureRandom random = new SecureRandom();
            generator.initialize(RSA_BITS, random);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName.replace(",", "\\,") + ",O=Techbroker");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            name,
                            new BigInteger(63, random),
                            Date.from(now.minus(Duration.ofDays(1))),
                            Date.from(now.plus(DEMO_VALIDITY)),
                            name,
                            pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    /** Writes the key and its chain as a PKCS#12 file, atomically (a reader never sees half of it). */
    public void writePkcs12(Path file, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, chain.toArray(Certificate[]::new));
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the key store " + file, e);
        }
    }

    private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
        List<String> keys = Collections.list(store.aliases()).stream()
                .filter(alias -> {
                    try {
                        return store.isKeyEntry(alias);
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                })
                .toList();
        if (keys.size() != 1) {
            throw new IllegalStateException(
                    "The key store " + file + " holds " + keys.size() + " keys: set techbroker.certificate.key-alias");
        }
        return keys.get(0);
    }
}
