package org.techbroker.certification.registry;

/**
 * Makes and checks certificate PDFs. The implementation (an adapter over a PDF library) signs
 * every document with the registry's key; the registry keeps the file and its SHA-256.
 */
public interface CertificateDocuments {

    /** The signed PDF of the certificate. */
    byte[] render(CertificateContent content);

    /**
     * Whether the bytes are a PDF whose signature was made with the registry's key and covers the
     * whole file unaltered. Never throws for bad input: anything unreadable is "not signed".
     */
    SignatureCheck checkSignature(byte[] pdf);

    /**
     * What a signature check found.
     *
     * @param signed the file is a PDF with at least one signature
     * @param intact the signature's digest matches the bytes it covers
     * @param wholeDocument the signature covers the whole file (nothing was appended after it)
     * @param registryKey the signing certificate is the registry's own
     */
    record SignatureCheck(boolean signed, boolean intact, boolean wholeDocument, boolean registryKey) {

        public static final SignatureCheck UNSIGNED = new SignatureCheck(false, false, false, false);

        /** True when all four hold: the file is as the registry signed it. */
        public boolean valid() {
            return signed && intact && wholeDocument && registryKey;
        }
    }
}
