package io.printflow.sandbox.printfileoms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page A4 PDF naming the item it was rendered for: small, but a real PDF that a production
 * vendor (or a person) can download and open.
 */
final class PrintFilePdf {

  private PrintFilePdf() {}

  static byte[] render(List<String> lines) {
    StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 770 Td 18 TL\n");
    for (String line : lines) {
      text.append('(').append(escaped(line)).append(") Tj T*\n");
    }
    text.append("ET\n");
    byte[] content = text.toString().getBytes(StandardCharsets.US_ASCII);
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length + " >>\nstream\n" + new String(content, StandardCharsets.US_ASCII) + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(pdf, "%PDF-1.4\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = pdf.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    write(pdf, table.toString());
    return pdf.toByteArray();
  }

  /** PDF string literal text: ASCII only, with its delimiters escaped. */
  private static String escaped(String line) {
    StringBuilder out = new StringBuilder();
    for (char c : line.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(c >= 32 && c < 127 ? c : '?');
      }
    }
    return out.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
