package io.printflow.sandbox.printfileoms;

import io.printflow.sandbox.printfileoms.PrintFileOmsOrderBook.Placed;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The print files the sandbox OMS's {@code url}s point at, {@code /print-file-oms/files/<item uid>.pdf}:
 * served without credentials, as a storage link would be, once the item's print file is ready.
 */
@RestController
class PrintFileDownloadController {

  private static final int MAX_CONFIG_SHOWN = 80;

  private final PrintFileOmsOrderBook book;
  private final PrintFileOmsCatalog catalog;
  private final Clock clock;

  PrintFileDownloadController(PrintFileOmsOrderBook book, PrintFileOmsCatalog catalog, Clock clock) {
    this.book = book;
    this.catalog = catalog;
    this.clock = clock;
  }

  @GetMapping("/print-file-oms/files/{itemUid}.pdf")
  ResponseEntity<byte[]> download(@PathVariable String itemUid) {
    Placed placed =
        book.findItemByUid(itemUid)
            .filter(p -> book.stage(p.order(), p.item(), clock.instant()) == PrintFileStage.READY)
            .orElseThrow(() -> PrintFileOmsErrors.notFound("Print file"));
    PrintFileOmsOrder.Item item = placed.item();
    String config = URLDecoder.decode(item.templateConfig(), StandardCharsets.UTF_8);
    byte[] pdf = PrintFilePdf.render(List.of(
        "Print file (printflow vendor sandbox)",
        "Order: " + placed.order().ecommerceOrderId,
        "Item: " + item.ecommerceOrderItemId(),
        "Variant: " + catalog.variantName(item.ecommerceVariantId()).orElse(item.ecommerceVariantId()),
        "Quantity: " + item.quantity(),
        "Template: " + (config.length() > MAX_CONFIG_SHOWN ? config.substring(0, MAX_CONFIG_SHOWN) + "..." : config)));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + itemUid + ".pdf\"")
        .body(pdf);
  }
}
