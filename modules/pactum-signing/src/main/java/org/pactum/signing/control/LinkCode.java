package org.pactum.signing.control;

import java.util.BitSet;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.pactum.pdf.signature.VerificationCode;

/**
 * The QR code of a link, as modules for the stamp to draw (pactum-pdf knows no QR codes). Error correction level M: a
 * stamp printed, stamped over by a seal or folded still reads, and the code stays small enough for its box.
 */
public final class LinkCode {

    private LinkCode() {
    }

    public static VerificationCode of(String link) {
        try {
            QRCode code = Encoder.encode(link, ErrorCorrectionLevel.M);
            ByteMatrix matrix = code.getMatrix();
            BitSet dark = new BitSet(matrix.getWidth() * matrix.getHeight());
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row) == 1) {
                        dark.set(row * matrix.getWidth() + column);
                    }
                }
            }
            return new VerificationCode(link, matrix.getWidth(), dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("A link of " + link.length() + " characters does not fit a QR code", e);
        }
    }
}
