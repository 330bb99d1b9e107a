package io.printflow.workflows.vendor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a vendor can do, which decides the steps an order takes there.
 *
 * @param quote the vendor prices an order before it is placed
 * @param lookupByReference a placed order can be found again by the shop's order reference, so a
 *     create whose answer was lost is recovered without an operator
 * @param uploadsArtwork artwork is uploaded per item after the order is placed (else the vendor
 *     downloads it from the URL given at creation)
 * @param releaseAfterArtwork the order must be released (submitted) once its artwork is in
 * @param cancel the vendor cancels a placed order on request
 * @param webhooks the vendor reports progress by webhook, so polling can be infrequent
 * @param producesPrintFiles the vendor renders print files instead of shipping parcels
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendorCapabilities(
    boolean quote,
    boolean lookupByReference,
    boolean uploadsArtwork,
    boolean releaseAfterArtwork,
    boolean cancel,
    boolean webhooks,
    boolean producesPrintFiles) {}
