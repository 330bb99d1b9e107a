package io.printflow.workflows.vendor;

/** A vendor as the rest of the system knows it: its id in the API and configuration, and what it can do. */
public record VendorProfile(String id, String name, VendorCapabilities capabilities) {}
