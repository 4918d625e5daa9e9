package org.techbroker.certification.registry.infrastructure;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.techbroker.certification.registry.CertificateContent;
import org.techbroker.certification.registry.CertificateDocuments;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Certificate PDFs with iText: one A4 landscape page in Chinese and English, a QR code to the
 * verification page, the CJK font embedded as a subset (Noto Sans SC, put on the class path by the
 * build, so no reader or server needs a font installed), and a PAdES baseline B signature made
 * with the registry's key.
 *
 * <p>The key comes from a PKCS#12 file ({@code techbroker.certificate.keystore}, {@code
 * …keystore-password}, {@code …key-alias}); when none is configured, a self-signed demonstration
 * key is generated on first use and kept in the server's output folder, so that it survives
 * restarts. The key and the parsed font are loaded once; each document gets its own iText font
 * object, since iText subsets a font per document.
 *
 * <p>The wording printed on the certificate is fixed document text in both languages on one page,
 * so it lives here rather than in the message bundles.
 */
@ApplicationScoped
public class ITextCertificateDocuments implements CertificateDocuments {

    private static final Logger LOG = Logger.getLogger(ITextCertificateDocuments.class.getName());

    /** The embedded CJK font on the class path (see the certification module's build). */
    static final String FONT_RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    static final String SIGNATURE_FIELD = "TechbrokerRegistrySignature";

    private static final String DEMO_KEY_FILE = "techbroker-certificate-demo-key.p12";

    private static final Color INK = new DeviceRgb(0x1B, 0x2A, 0x41);
    private static final Color NAVY = new DeviceRgb(0x1F, 0x3A, 0x5F);
    private static final Color GOLD = new DeviceRgb(0xA8, 0x86, 0x4B);
    private static final Color MUTED = new DeviceRgb(0x5B, 0x64, 0x70);
    private static final Color PAPER = new DeviceRgb(0xFC, 0xFA, 0xF5);

    private static final String TITLE_ZH = "技术经纪人证书";
    private static final String TITLE_EN = "TECHNOLOGY BROKER CERTIFICATE";
    private static final String CERTIFY_ZH = "兹证明";
    private static final String CERTIFY_EN = "This is to certify that";
    private static final String QUALIFIED_ZH = "经培训与考核合格，取得%s技术经纪人资格。";
    private static final String QUALIFIED_EN =
            "has completed the training and passed the assessments of the Technology Broker qualification at %s level.";
    private static final String TRACKS_ZH = "专业方向：";
    private static final String TRACKS_EN = "Tracks: ";
    private static final String NUMBER_ZH = "证书编号";
    private static final String NUMBER_EN = "Certificate No.";
    private static final String ISSUED_ZH = "发证日期";
    private static final String ISSUED_EN = "Date of issue";
    private static final String EXPIRES_ZH = "到期日";
    private static final String EXPIRES_EN = "Expires on";
    private static final String REGISTRY_ZH = "技术经纪人资格登记处";
    private static final String REGISTRY_EN = "Technology Broker Qualification Registry";
    private static final String NOTICE_ZH = "本证书经登记处数字签名，任何改动都会使签名失效。证书当前状态以登记处记录为准，请扫描二维码查验。";
    private static final String NOTICE_EN =
            "This certificate is digitally signed by the registry; any change invalidates the"
                    + " signature. The registry's record is authoritative: scan the QR code to check its current status.";
    private static final String VERIFY_ZH = "扫码查验";
    private static final String VERIFY_EN = "Scan to verify";
    private static final String SIGN_REASON = "Certificate issued by the Technology Broker Qualification Registry";

    private static final Map<QualificationLevel, String[]> LEVELS = new EnumMap<>(Map.of(
            QualificationLevel.JUNIOR, new String[] {"初级", "Junior"},
            QualificationLevel.INTERMEDIATE, new String[] {"中级", "Intermediate"},
            QualificationLevel.SENIOR, new String[] {"高级", "Senior"}));

    /** The same words as the application's pages use for tracks, so a certificate reads like its page. */
    private static final Map<Track, String[]> TRACKS = new EnumMap<>(Map.of(
            Track.SERVICE, new String[] {"服务方向", "Service"},
            Track.REVIEW, new String[] {"评审方向", "Review"},
            Track.MANAGEMENT, new String[] {"管理方向", "Management"},
            Track.JUDICIAL, new String[] {"司法方向", "Judicial"}));

    @Inject
    @ConfigProperty(name = "techbroker.certificate.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "techbroker.certificate.keystore-password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "techbroker.certificate.key-alias")
    Optional<String> keyAlias;

    private volatile SigningKey key;

    protected ITextCertificateDocuments() {
        // for CDI: the key comes from configuration on first use
    }

    /** Documents signed with this key, outside CDI (tests, benchmarks). */
    public ITextCertificateDocuments(SigningKey key) {
        this.key = key;
    }

    @Override
    public byte[] render(CertificateContent content) {
        return sign(layout(content), content.number());
    }

    /** The certificate's PDF before it is signed. */
    byte[] layout(CertificateContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PageSize size = PageSize.A4.rotate();
        try (PdfDocument pdf =
                        new PdfDocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)));
                Document document = new Document(pdf, size, false)) {
            PdfFont font = PdfFontFactory.createFont(
                    CertificateFont.PROGRAM, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
            pdf.getDocumentInfo()
                    .setTitle(TITLE_ZH + " " + content.number() + " — Technology Broker Certificate")
                    .setAuthor(REGISTRY_EN)
                    .setSubject(content.names().zh() + " / " + content.names().latin());
            document.setFont(font).setFontColor(INK);
            document.setMargins(50, 84, 40, 84);

            document.add(centred(TITLE_ZH, 34)
                    .simulateBold()
                    .setFontColor(NAVY)
                    .setCharacterSpacing(12)
                    .setMarginTop(0)
                    .setMarginBottom(0));
            document.add(centred(TITLE_EN, 13)
                    .setFontColor(GOLD)
                    .setCharacterSpacing(3.2f)
                    .setMarginTop(0));
            LineSeparator rule = new LineSeparator(new SolidLine(0.8f));
            rule.setStrokeColor(GOLD);
            document.add(rule.setWidth(UnitValue.createPercentValue(22))
                    .setHorizontalAlignment(HorizontalAlignment.CENTER)
                    .setMarginTop(4)
                    .setMarginBottom(10));

            document.add(centred(CERTIFY_ZH + "   " + CERTIFY_EN, 11).setFontColor(MUTED));
            document.add(centred(content.names().zh(), 30)
                    .simulateBold()
                    .setCharacterSpacing(4)
                    .setMarginTop(2)
                    .setMarginBottom(0));
            document.add(
                    centred(content.names().latin(), 17).setCharacterSpacing(1).setMarginTop(0));

            String[] level = LEVELS.get(content.level());
            document.add(centred(QUALIFIED_ZH.formatted(level[0]), 14)
                    .setMarginTop(10)
                    .setMarginBottom(0));
            document.add(centred(QUALIFIED_EN.formatted(level[1]), 11)
                    .setFontColor(MUTED)
                    .setMarginTop(1));
            if (!content.tracks().isEmpty()) {
                List<String[]> tracks =
                        content.tracks().stream().sorted().map(TRACKS::get).toList();
                document.add(centred(TRACKS_ZH + tracks.stream().map(t -> t[0]).collect(Collectors.joining("、")), 13)
                        .setMarginTop(6)
                        .setMarginBottom(0));
                document.add(centred(TRACKS_EN + tracks.stream().map(t -> t[1]).collect(Collectors.joining(", ")), 11)
                        .setFontColor(MUTED)
                        .setMarginTop(1));
            }

            float width = size.getWidth() - 2 * 84;
            document.add(footer(content, pdf).setFixedPosition(84, 42, width));

            PdfPage page = pdf.getFirstPage();
            drawFrame(new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf), size);
        }
        return out.toByteArray();
    }

    /** The details on the left, the notice in the middle and the QR code on the right. */
    private static Table footer(CertificateContent content, PdfDocument pdf) {
        Table details = new Table(UnitValue.createPercentArray(new float[] {48, 52})).useAllAvailableWidth();
        detail(details, NUMBER_ZH, NUMBER_EN, content.number());
        detail(details, ISSUED_ZH, ISSUED_EN, content.issuedOn().toString());
        detail(details, EXPIRES_ZH, EXPIRES_EN, content.expiresOn().toString());

        Cell notice = plain().setVerticalAlignment(VerticalAlignment.BOTTOM)
                .setPaddingLeft(16)
                .setPaddingRight(16)
                .add(new Paragraph(REGISTRY_ZH)
                        .setFontSize(12)
                        .setFontColor(NAVY)
                        .setTextAlignment(TextAlignment.CENTER)
                        .setMargin(0))
                .add(new Paragraph(REGISTRY_EN)
                        .setFontSize(9)
                        .setFontColor(NAVY)
                        .setTextAlignment(TextAlignment.CENTER)
                        .setMarginTop(0)
                        .setMarginBottom(6))
                .add(new Paragraph(NOTICE_ZH)
                        .setFontSize(7.5f)
                        .setFontColor(MUTED)
                        .setTextAlignment(TextAlignment.CENTER)
                        .setMargin(0))
                .add(new Paragraph(NOTICE_EN)
                        .setFontSize(6.5f)
                        .setFontColor(MUTED)
                        .setTextAlignment(TextAlignment.CENTER)
                        .setMarginTop(2)
                        .setMarginBottom(0));

        String url = content.verificationUrl().toString();
        BarcodeQRCode qr = new BarcodeQRCode(url, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        Cell code = plain().setVerticalAlignment(VerticalAlignment.BOTTOM)
                .add(new Image(qr.createFormXObject(INK, pdf))
                        .setWidth(96)
                        .setHeight(96)
                        .setHorizontalAlignment(HorizontalAlignment.CENTER))
                .add(new Paragraph(VERIFY_ZH + " · " + VERIFY_EN)
                        .setFontSize(7.5f)
                        .setFontColor(MUTED)
                        .setTextAlignment(TextAlignment.CENTER)
                        .setMargin(0))
                .add(new Paragraph(url)
                        .setFontSize(6)
                        .setFontColor(NAVY)
                        .setTextAlignment(TextAlignment.CENTER)
                        .setMarginTop(1)
                        .setMarginBottom(0));

        return new Table(UnitValue.createPercentArray(new float[] {35, 35, 30}))
                .useAllAvailableWidth()
                .addCell(plain().setVerticalAlignment(VerticalAlignment.BOTTOM).add(details))
                .addCell(notice)
                .addCell(code);
    }

    private static void detail(Table details, String zh, String en, String value) {
        details.addCell(plain().setPaddingTop(3)
                .setPaddingBottom(3)
                .add(new Paragraph()
                        .add(new Text(zh).setFontSize(10.5f))
                        .add(new Text("  " + en).setFontSize(8).setFontColor(MUTED))
                        .setMargin(0)));
        details.addCell(plain().setPaddingTop(3)
                .setPaddingBottom(3)
                .setBorderBottom(new SolidBorder(GOLD, 0.5f))
                .add(new Paragraph(value).setFontSize(11).setMargin(0)));
    }

    private static Cell plain() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
    }

    private static Paragraph centred(String text, float size) {
        return new Paragraph(text).setFontSize(size).setTextAlignment(TextAlignment.CENTER);
    }

    /** Paper tone, a double frame and corner marks, beneath the text. */
    private static void drawFrame(PdfCanvas canvas, PageSize size) {
        float w = size.getWidth();
        float h = size.getHeight();
        canvas.saveState().setFillColor(PAPER).rectangle(0, 0, w, h).fill();
        canvas.setStrokeColor(NAVY)
                .setLineWidth(3)
                .rectangle(18, 18, w - 36, h - 36)
                .stroke();
        canvas.setStrokeColor(GOLD)
                .setLineWidth(0.9f)
                .rectangle(27, 27, w - 54, h - 54)
                .stroke();
        canvas.setStrokeColor(GOLD)
                .setLineWidth(0.5f)
                .rectangle(31, 31, w - 62, h - 62)
                .stroke();
        float mark = 16;
        canvas.setFillColor(GOLD);
        for (Rectangle corner : List.of(
                new Rectangle(27, 27, mark, mark),
                new Rectangle(w - 27 - mark, 27, mark, mark),
                new Rectangle(27, h - 27 - mark, mark, mark),
                new Rectangle(w - 27 - mark, h - 27 - mark, mark, mark))) {
            canvas.rectangle(corner).fill();
        }
        canvas.restoreState();
    }

    /** Signs the PDF with a PAdES baseline B signature (an invisible signature field). */
    private byte[] sign(byte[] unsigned, String number) {
        SigningKey signer = key();
        ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 16 * 1024);
        try {
            PdfPadesSigner pades = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(unsigned)), out);
            SignerProperties properties = new SignerProperties()
                    .setFieldName(SIGNATURE_FIELD)
                    .setReason(SIGN_REASON + ": " + number)
                    .setLocation(REGISTRY_EN);
            IExternalSignature signature = new PrivateKeySignature(signer.privateKey(), DigestAlgorithms.SHA256, null);
            pades.signWithBaselineBProfile(properties, signer.chain().toArray(Certificate[]::new), signature);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the certificate " + number, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the certificate " + number, e);
        }
        return out.toByteArray();
    }

    @Override
    public SignatureCheck checkSignature(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return SignatureCheck.UNSIGNED;
        }
        // Outside the try: a key that cannot be loaded is a configuration error, not an unsigned file.
        Certificate registryCertificate = key().certificate();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil signatures = new SignatureUtil(document);
            List<String> names = signatures.getSignatureNames();
            if (names.isEmpty()) {
                return SignatureCheck.UNSIGNED;
            }
            // The one that covers the whole file if any, otherwise the last one made.
            String name = names.stream()
                    .filter(signatures::signatureCoversWholeDocument)
                    .findFirst()
                    .orElse(names.get(names.size() - 1));
            boolean whole = signatures.signatureCoversWholeDocument(name);
            try {
                PdfPKCS7 pkcs7 = signatures.readSignatureData(name);
                boolean intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
                boolean registry = registryCertificate.equals(pkcs7.getSigningCertificate());
                return new SignatureCheck(true, intact, whole, registry);
            } catch (Exception e) {
                // A signature whose container cannot be read or verified is there, but not intact.
                return new SignatureCheck(true, false, whole, false);
            }
        } catch (Exception e) {
            // Anything unreadable is no signed certificate.
            return SignatureCheck.UNSIGNED;
        }
    }

    /** The signing key: the configured one, or the demonstration key; loaded once. */
    SigningKey key() {
        SigningKey current = key;
        if (current == null) {
            synchronized (this) {
                current = key;
                if (current == null) {
                    current = loadKey();
                    key = current;
                }
            }
        }
        return current;
    }

    private SigningKey loadKey() {
        Optional<String> file = keystore.filter(value -> !value.isBlank());
        if (file.isPresent()) {
            SigningKey loaded = SigningKey.fromPkcs12(
                    Path.of(file.get()), keystorePassword.orElse("").toCharArray(), keyAlias.orElse(null));
            LOG.info(() -> "Certificates are signed with the key of "
                    + loaded.certificate().getSubjectX500Principal() + " from " + file.get());
            return loaded;
        }
        String output = System.getProperty("server.output.dir");
        Path folder = output != null
                ? Path.of(output, "resources", "security")
                : Path.of(System.getProperty("java.io.tmpdir"), "techbroker");
        Path demoFile = folder.resolve(DEMO_KEY_FILE).toAbsolutePath();
        SigningKey demo = SigningKey.demo(demoFile);
        LOG.warning(
                () -> "Certificates are signed with a self-signed DEMONSTRATION key (" + demoFile
                        + "). Set techbroker.certificate.keystore, techbroker.certificate.keystore-password and"
                        + " techbroker.certificate.key-alias to the registry's own PKCS#12 key before issuing real certificates.");
        return demo;
    }

    /** The embedded font, read and parsed once; iText shares a font program across documents. */
    private static final class CertificateFont {

        static final FontProgram PROGRAM = load();

        private static FontProgram load() {
            try (InputStream in = ITextCertificateDocuments.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The certificate font " + FONT_RESOURCE
                            + " is not on the class path: build the certification module with Maven");
                }
                return FontProgramFactory.createFont(in.readAllBytes(), false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the certificate font " + FONT_RESOURCE, e);
            }
        }
    }
}
